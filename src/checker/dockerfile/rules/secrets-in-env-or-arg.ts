import type { Hit, Rule } from '../../core/types';
import type { ImageModel, KeyValue } from '../model';

/** Splits FOO_BAR, foo-bar and fooBar into lower-case words. */
function nameWords(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[_\-.]+/).filter(Boolean);
}

const SECRET_WORDS = new Set([
  'password', 'passwd', 'pwd', 'passphrase', 'htpasswd', 'secret', 'secrets', 'token', 'apikey', 'credential', 'credentials',
  'privkey', 'dsn',
]);
const KEY_QUALIFIERS = new Set(['api', 'private', 'access', 'secret', 'encryption', 'auth', 'client', 'master']);
/**
 * `*_KEY` names a secret (STRIPE_KEY, SSH_KEY, LICENSE_KEY) unless it is a public one: official
 * images set GPG_KEY (python) and GPG_KEYS (php, httpd) to release-key fingerprints, which anyone may read.
 */
const PUBLIC_KEY_WORDS = new Set(['public', 'pub', 'gpg', 'pgp', 'signing', 'sort', 'partition', 'cache', 'primary', 'foreign', 'idempotency', 'routing']);
/** A name that points at a secret (a file, a URL, a length, an endpoint) is not the secret itself. */
const REFERENCE_SUFFIXES = new Set([
  'file', 'path', 'url', 'uri', 'dir', 'location', 'length', 'len', 'name', 'header', 'env', 'endpoint', 'host', 'port',
  'ttl', 'expiry', 'expires', 'timeout', 'type', 'fingerprint', 'fingerprints', 'format', 'policy', 'algorithm',
]);

export function isSecretName(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1] ?? '';
  if (REFERENCE_SUFFIXES.has(last)) return false;
  if (last === 'key' && words.length > 1 && !PUBLIC_KEY_WORDS.has(words[words.length - 2] ?? '')) return true;
  return words.some((w, i) => SECRET_WORDS.has(w) || (w === 'key' && KEY_QUALIFIERS.has(words[i - 1] ?? '')));
}

/** A URL or DSN with a password in it (`mysql://root:pass@db/app`), whatever the variable is called. */
const CREDENTIALS_IN_URL = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@$]+@/i;
function credentialsInValue(value: string | null): boolean {
  return value !== null && CREDENTIALS_IN_URL.test(value);
}

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'secrets-in-env-or-arg',
    title: 'Secret passed through ENV or ARG',
    severity: 'error',
    appliesTo: ['dockerfile'],
    lesson: 'build-secrets-and-supply-chain',
    why: 'ENV values are stored in the image config and ARG values in its build history: anyone who can pull the image can read them with docker inspect or docker history.',
    fix: 'Mount the secret only for the step that needs it: RUN --mount=type=secret,id=token ... and docker build --secret id=token,src=token.txt; give runtime secrets at run time, not in the image.',
    refs: { hadolint: ['DL3064'], kics: ['a88baa34-e2ad-44ea-ad6f-8cac87bc7c71'], semgrep: ['dockerfile.security.secret-in-build-arg'] },
    messages: {
      envUrlWithPassword: 'ENV {{name}} holds a URL with a password in it, which docker inspect shows to anyone with the image. Pass the password as a secret at build or run time instead.',
      argUrlWithPassword: 'ARG {{name}} holds a URL with a password in it, which docker history shows to anyone with the image. Pass the password as a secret at build or run time instead.',
      envSecret: 'ENV {{name}} stores a secret in the image config, where docker inspect shows it to anyone with the image. Use RUN --mount=type=secret for build steps, and pass runtime secrets when the container starts.',
      argSecret: 'ARG {{name}} passes a secret as a build argument, which docker history keeps in the image. Use RUN --mount=type=secret,id=... and docker build --secret instead.',
    },
    examples: {
      bad: 'FROM node:24-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > .npmrc && npm ci --omit=dev && rm .npmrc\n',
      good: '# syntax=docker/dockerfile:1\nFROM node:24-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    const report = (kv: KeyValue, keyword: 'ENV' | 'ARG'): void => {
      if (credentialsInValue(kv.value)) {
        hits.push({ ...kv.span, messageId: keyword === 'ENV' ? 'envUrlWithPassword' : 'argUrlWithPassword', data: { name: kv.name } });
        return;
      }
      if (!isSecretName(kv.name)) return;
      if (keyword === 'ENV') {
        if (kv.value === null || kv.value === '') return;
        hits.push({ ...kv.span, messageId: 'envSecret', data: { name: kv.name } });
      } else {
        hits.push({ ...kv.span, messageId: 'argSecret', data: { name: kv.name } });
      }
    };
    for (const kv of model.globalArgs) report(kv, 'ARG');
    for (const stage of model.stages) {
      for (const kv of stage.args) report(kv, 'ARG');
      for (const kv of stage.env) report(kv, 'ENV');
    }
    return hits.sort((a, b) => a.line - b.line);
  },
};
