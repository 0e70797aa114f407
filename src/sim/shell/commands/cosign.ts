import { parseImageRef, pinnedDigest } from '../../image-ref';
import type { ImageStore } from '../../image-store';
import { signaturesOf, type KeylessSignature } from '../../signatures';
import type { Command, Output } from '../types';

/**
 * `cosign verify` (cosign v3) against the lab's registry, keyless only: the image's signatures are
 * modelled in signatures.ts. The errors and exit codes are cosign's own (pkg/cosign/verify.go,
 * cmd/cosign/errors/exit_codes.go): 10 for an image without signatures, 11 for a tag the registry does
 * not have, 12 when no signature matches the identity asked for, 1 for usage errors.
 */

const VALUE_FLAGS = new Set([
  '--certificate-identity', '--certificate-identity-regexp', '--certificate-oidc-issuer', '--certificate-oidc-issuer-regexp', '--output', '-o',
]);
const BOOLEAN_FLAGS = new Set(['--check-claims', '--offline']);

/** Cobra prints the error, then main logs it once more before exiting. */
function cosignError(message: string, code = 1): Output {
  return { stdout: '', stderr: `Error: ${message}\nerror during command execution: ${message}\n`, code };
}

function notSimulated(what: string): Output {
  return { stdout: '', stderr: `shipshape simulator: ${what} is not simulated here: the lab has no keys and no network to Fulcio and Rekor; its registry's images are signed keylessly\n`, code: 1 };
}

interface VerifyOptions {
  flags: Map<string, string>;
  images: string[];
}

function parseVerify(args: readonly string[]): VerifyOptions | Output {
  const flags = new Map<string, string>();
  const images: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('-') || arg === '-') {
      images.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--key' || name === '--certificate' || name === '--sk') return notSimulated(`cosign verify ${name}`);
    if (BOOLEAN_FLAGS.has(name)) continue;
    if (!VALUE_FLAGS.has(name)) return cosignError(`unknown flag: ${name}`);
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined) return cosignError(`flag needs an argument: ${name}`);
    flags.set(name === '-o' ? '--output' : name, value);
  }
  return { flags, images };
}

/** How go-containerregistry names a reference: Docker Hub's registry is index.docker.io. */
function referenceName(raw: string): string {
  const ref = parseImageRef(raw);
  const repository = ref.registry ? `${ref.registry}/${ref.repository}` : `index.docker.io/${ref.repository.includes('/') ? ref.repository : `library/${ref.repository}`}`;
  const digest = pinnedDigest(raw);
  return digest === null ? `${repository}:${ref.tag}` : `${repository}@${digest}`;
}

function matches(expected: string | undefined, pattern: string | undefined, actual: string): boolean {
  if (expected !== undefined && expected !== '') return expected === actual;
  if (pattern === undefined) return false;
  try {
    // cosign matches the pattern anywhere in the value (regexp.MatchString), not anchored.
    return new RegExp(pattern).test(actual);
  } catch {
    return false;
  }
}

function payload(raw: string, digest: string, signature: KeylessSignature): unknown {
  const ref = parseImageRef(raw);
  return {
    critical: { identity: { 'docker-reference': ref.name }, image: { 'docker-manifest-digest': digest }, type: 'cosign container image signature' },
    optional: { Issuer: signature.issuer, Subject: signature.subject },
  };
}

function verify(images: ImageStore, args: readonly string[]): Output {
  const parsed = parseVerify(args);
  if ('code' in parsed) return parsed;
  const { flags, images: operands } = parsed;
  if (operands.length === 0) return cosignError('requires at least 1 arg(s), only received 0');
  const identity = flags.get('--certificate-identity');
  const identityRegexp = flags.get('--certificate-identity-regexp');
  const issuer = flags.get('--certificate-oidc-issuer');
  const issuerRegexp = flags.get('--certificate-oidc-issuer-regexp');
  if (!identity && !identityRegexp) return cosignError('--certificate-identity or --certificate-identity-regexp is required for verification in keyless mode');
  if (!issuer && !issuerRegexp) return cosignError('--certificate-oidc-issuer or --certificate-oidc-issuer-regexp is required for verification in keyless mode');
  let stderr = '';
  let stdout = '';
  for (const raw of operands) {
    const remote = images.remote(raw);
    const name = parseImageRef(raw).name;
    const digest = remote?.repoDigests?.find((d) => d.startsWith(`${name}@`))?.slice(name.length + 1);
    if (!remote || digest === undefined) {
      const ref = parseImageRef(raw);
      const host = ref.registry ?? 'index.docker.io';
      const path = referenceName(raw).slice(host.length + 1).replace(/[:@][^:@/]+$/, '');
      const wanted = pinnedDigest(raw) ?? ref.tag;
      // Docker Hub answers 401 for a repository it does not have; a registry that has the repository, 404.
      const failure = ref.registry === null
        ? cosignError(`GET https://${host}/v2/${path}/manifests/${wanted}: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:${path} Type:repository]]`)
        : cosignError(`image tag not found: GET https://${host}/v2/${path}/manifests/${wanted}: MANIFEST_UNKNOWN: manifest unknown; map[Tag:${wanted}]`, 11);
      return { ...failure, stderr: stderr + failure.stderr };
    }
    const signatures = signaturesOf(digest);
    if (signatures.length === 0) {
      const failure = cosignError('no signatures found', 10);
      return { ...failure, stderr: stderr + failure.stderr };
    }
    const good = signatures.filter((s) => matches(identity, identityRegexp, s.subject) && matches(issuer, issuerRegexp, s.issuer));
    if (good.length === 0) {
      const reasons = signatures.map((s) => `none of the expected identities matched what was in the certificate, got subjects [${s.subject}] with issuer ${s.issuer}`);
      const failure = cosignError(`no matching signatures: ${reasons.join('\n ')}`, 12);
      return { ...failure, stderr: stderr + failure.stderr };
    }
    stderr += `\nVerification for ${referenceName(raw)} --\nThe following checks were performed on each of these signatures:\n`
      + '  - The cosign claims were validated\n'
      + '  - Existence of the claims in the transparency log was verified offline\n'
      + '  - The code-signing certificate was verified using trusted certificate authority certificates\n';
    stdout += `${JSON.stringify(good.map((s) => payload(raw, digest, s)))}\n`;
  }
  return { stdout, stderr, code: 0, chunks: [{ fd: 2, text: stderr }, { fd: 1, text: stdout }] };
}

const USAGE = `A tool for Container Signing, Verification and Storage in an OCI registry

Usage:
  cosign [command]

Available Commands:
  sign        Sign the supplied container image.
  verify      Verify a signature on the supplied container image

Use "cosign [command] --help" for more information about a command.
`;

/** cosign on the lab host: `verify` against the lab's registry as it is now; signing needs what the lab lacks. */
export function cosign(images: () => ImageStore): Command {
  return ({ args }) => {
    const [sub = '', ...rest] = args;
    if (sub === '' || sub === '--help' || sub === '-h' || sub === 'help') return { stdout: USAGE, stderr: '', code: 0 };
    if (sub === 'verify') return verify(images(), rest);
    return notSimulated(`cosign ${sub}`);
  };
}
