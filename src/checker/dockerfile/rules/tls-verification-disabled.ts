import type { Hit, Rule } from '../../core/types';
import type { ImageModel, ShellCommand } from '../model';
import { allCommands, reportLine } from './helpers';

/** curl short options that take a value: a `k` after one of them in a bundle is that value, not --insecure. */
const CURL_VALUE_LETTERS = new Set([...'oHduXAeTxbcEFmrwyYzKCQUDPt']);

function curlInsecure(args: readonly string[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--insecure' || a === '--proxy-insecure') return true;
    if (a.startsWith('--')) continue;
    if (!/^-[a-zA-Z]+$/.test(a)) continue;
    for (const letter of a.slice(1)) {
      if (letter === 'k') return true;
      if (CURL_VALUE_LETTERS.has(letter)) { i++; break; }
    }
  }
  return false;
}

const INSECURE_ENV: Record<string, RegExp> = {
  NODE_TLS_REJECT_UNAUTHORIZED: /^0$/,
  PYTHONHTTPSVERIFY: /^0$/,
  GIT_SSL_NO_VERIFY: /^(1|true|yes)$/i,
  CURL_CA_BUNDLE: /^$/,
  NPM_CONFIG_STRICT_SSL: /^(false|0)$/i,
};

function insecureCommand(command: ShellCommand): string | null {
  const { program, args } = command;
  const joined = args.join(' ').toLowerCase();
  if (program === 'curl' && curlInsecure(args)) return 'curl -k/--insecure';
  if (program === 'wget' && args.includes('--no-check-certificate')) return 'wget --no-check-certificate';
  if (/^pip[0-9.]*$/.test(program) && args.some((a) => a === '--trusted-host' || a.startsWith('--trusted-host='))) return 'pip --trusted-host';
  if (program === 'git' && /http\.sslverify[= ](false|0|no)\b/.test(joined)) return 'git http.sslVerify=false';
  if ((program === 'npm' || program === 'yarn' || program === 'pnpm') && /strict-ssl[= ]false\b/.test(joined)) return `${program} strict-ssl false`;
  if (program === 'apk' && args.includes('--allow-untrusted')) return 'apk --allow-untrusted';
  if ((program === 'apt-get' || program === 'apt') && /(verify-peer|verify-host|allowunauthenticated)[= ]*"?(false|true)/i.test(joined)) return `${program} without certificate or signature checks`;
  for (const a of command.assignments) {
    if (INSECURE_ENV[a.name]?.test(a.value)) return `${a.name}=${a.value}`;
  }
  return null;
}

const FIX = 'keep verification on and install the CA certificate the server needs (ca-certificates, or COPY the CA into the trust store)';

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'tls-verification-disabled',
    title: 'TLS certificate verification turned off',
    severity: 'warning',
    appliesTo: ['dockerfile'],
    lesson: 'build-secrets-and-supply-chain',
    why: 'Without certificate checks anyone on the network path can swap the download, and the build bakes their code into the image.',
    fix: 'Remove -k, --insecure, --no-check-certificate, --trusted-host and friends; install the CA certificate the server needs instead.',
    refs: { checkov: ['CKV2_DOCKER_2', 'CKV2_DOCKER_3'] },
    examples: {
      bad: 'FROM alpine:3.20\nRUN curl -k https://example.com/tool -o /usr/local/bin/tool\n',
      good: 'FROM alpine:3.20\nRUN apk add --no-cache ca-certificates && curl -fsSL https://example.com/tool -o /usr/local/bin/tool\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const stage of model.stages) {
      for (const kv of stage.env) {
        if (kv.value !== null && INSECURE_ENV[kv.name]?.test(kv.value)) {
          hits.push({ line: kv.line, message: `ENV ${kv.name}=${kv.value} turns off certificate checks for every later download and for the running app; ${FIX}.` });
        }
      }
    }
    for (const { run, command } of allCommands(model)) {
      const what = insecureCommand(command);
      if (what) hits.push({ line: reportLine(run, command), message: `${what} turns off certificate checks, so a tampered download goes unnoticed; ${FIX}.` });
    }
    return hits.sort((a, b) => a.line - b.line);
  },
};
