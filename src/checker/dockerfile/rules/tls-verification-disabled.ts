import type { Hit, Rule, Span } from '../../core/types';
import type { ImageModel, ShellCommand } from '../model';
import { allCommands, argSpan, placeInRun, programIndex, wordsSpan } from './helpers';

/** curl short options that take a value: a `k` after one of them in a bundle is that value, not --insecure. */
const CURL_VALUE_LETTERS = new Set([...'oHduXAeTxbcEFmrwyYzKCQUDPt']);

/** Index of the argument that turns verification off, or -1. */
function curlInsecure(args: readonly string[]): number {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--insecure' || a === '--proxy-insecure') return i;
    if (a.startsWith('--')) continue;
    if (!/^-[a-zA-Z]+$/.test(a)) continue;
    for (const letter of a.slice(1)) {
      if (letter === 'k') return i;
      if (CURL_VALUE_LETTERS.has(letter)) { i++; break; }
    }
  }
  return -1;
}

const INSECURE_ENV = new Map<string, RegExp>([
  ['NODE_TLS_REJECT_UNAUTHORIZED', /^0$/],
  ['PYTHONHTTPSVERIFY', /^0$/],
  ['GIT_SSL_NO_VERIFY', /^(1|true|yes)$/i],
  ['CURL_CA_BUNDLE', /^$/],
  ['NPM_CONFIG_STRICT_SSL', /^(false|0)$/i],
]);

/** Programs whose arguments this rule reads; assignments are checked for every command. */
const APK_FETCHING = new Set(['add', 'fetch', 'upgrade', 'update', 'fix']);
const ARGUMENT_PROGRAMS = new Set(['curl', 'wget', 'git', 'npm', 'yarn', 'pnpm', 'apk', 'apt-get', 'apt']);

/**
 * What turns verification off, and where: an option or assignment, written as code, or apt's
 * settings that turn off certificate or signature checks (a message of their own: no one option says it).
 */
type Insecure = { span: Span | null } & ({ messageId: 'insecureOption'; data: { option: string } } | { messageId: 'aptChecksOff'; data: { program: string } });

function option(what: string, span: Span | null): Insecure {
  return { messageId: 'insecureOption', data: { option: what }, span };
}

/** What turns verification off through the program's arguments, and where. */
function insecureArguments(command: ShellCommand): Insecure | null {
  const { program, args } = command;
  if (/^pip[0-9.]*$/.test(program)) {
    const trusted = args.findIndex((a) => a === '--trusted-host' || a.startsWith('--trusted-host='));
    return trusted === -1 ? null : option('pip --trusted-host', argSpan(command, trusted));
  }
  if (!ARGUMENT_PROGRAMS.has(program)) return null;
  const curl = program === 'curl' ? curlInsecure(args) : -1;
  if (curl !== -1) return option('curl -k/--insecure', argSpan(command, curl));
  if (program === 'wget' && args.includes('--no-check-certificate')) return option('wget --no-check-certificate', argSpan(command, args.indexOf('--no-check-certificate')));
  // `apk index --allow-untrusted` builds an index of local packages; only fetching sub-commands trust a download.
  if (program === 'apk' && args.includes('--allow-untrusted') && APK_FETCHING.has(args.find((a) => !a.startsWith('-')) ?? '')) return option('apk --allow-untrusted', argSpan(command, args.indexOf('--allow-untrusted')));
  if (program === 'curl' || program === 'wget' || program === 'apk') return null;
  const joined = args.join(' ').toLowerCase();
  if (program === 'git' && /http\.sslverify[= ](false|0|no)\b/.test(joined)) return option('git http.sslVerify=false', wordsSpan(command));
  if ((program === 'npm' || program === 'yarn' || program === 'pnpm') && /strict-ssl[= ]false\b/.test(joined)) return option(`${program} strict-ssl false`, wordsSpan(command));
  if ((program === 'apt-get' || program === 'apt') && /(verify-peer|verify-host|allowunauthenticated)[= ]*"?(false|true)/i.test(joined)) return { messageId: 'aptChecksOff', data: { program }, span: wordsSpan(command) };
  return null;
}

/** What turns verification off, and where: the flag or assignment, else the whole command. */
function insecureCommand(command: ShellCommand): Insecure | null {
  const found = insecureArguments(command);
  if (found) return found;
  for (const a of command.assignments) {
    if (!INSECURE_ENV.get(a.name)?.test(a.value)) continue;
    const at = command.words.findIndex((w, i) => i < programIndex(command) && w.startsWith(`${a.name}=`));
    return option(`${a.name}=${a.value}`, at === -1 ? wordsSpan(command) : wordsSpan(command, at, at));
  }
  return null;
}

const FIX = 'keep verification on and install the CA certificate the server needs (ca-certificates, or COPY the CA into the trust store)';
const TURNS_OFF = `turns off certificate checks, so a tampered download goes unnoticed; ${FIX}.`;

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
    messages: {
      insecureEnv: `ENV {{name}}={{value}} turns off certificate checks for every later download and for the running app; ${FIX}.`,
      insecureOption: `{{option}} ${TURNS_OFF}`,
      aptChecksOff: `{{program}} without certificate or signature checks ${TURNS_OFF}`,
    },
    examples: {
      bad: 'FROM alpine:3.24\nRUN apk add --no-cache curl && curl -k https://example.com/tool -o /usr/local/bin/tool\n',
      good: 'FROM alpine:3.24\nRUN apk add --no-cache ca-certificates curl && curl -fsSL https://example.com/tool -o /usr/local/bin/tool\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const stage of model.stages) {
      for (const kv of stage.env) {
        if (kv.value !== null && INSECURE_ENV.get(kv.name)?.test(kv.value)) {
          hits.push({ ...kv.span, messageId: 'insecureEnv', data: { name: kv.name, value: kv.value } });
        }
      }
    }
    for (const { run, command } of allCommands(model)) {
      const insecure = insecureCommand(command);
      if (insecure) hits.push({ ...placeInRun(run, command, insecure.span), messageId: insecure.messageId, data: insecure.data });
    }
    return hits.sort((a, b) => a.line - b.line);
  },
};
