import type { Hit, Rule } from '../../core/types';
import type { RunScriptModel } from '../model';
import { isGuarded, substitute, type ImageVerification } from '../verify-steps';

/** Patterns that every identity or issuer matches: cosign matches them anywhere in the value. */
const MATCHES_ANYTHING = /^\^?(\.\*|\.\+|\.)?\$?$/;

/** One spelling per image: Docker Hub's implied names dropped, the digest when there is one, else name:tag. */
export function normaliseImage(raw: string): string {
  const at = raw.indexOf('@');
  const name = at < 0 ? raw : raw.slice(0, at);
  const digest = at < 0 ? null : raw.slice(at + 1);
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  const hasTag = colon > slash;
  let repository = hasTag ? name.slice(0, colon) : name;
  repository = repository.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
  if (digest !== null) return `${repository}@${digest}`;
  return `${repository}:${hasTag ? name.slice(colon + 1) : 'latest'}`;
}

function hasDigest(image: string): boolean {
  return /@sha256:[0-9a-f]{64}$/.test(image);
}

export const rule: Rule<RunScriptModel> = {
  meta: {
    id: 'image-verify-not-enforced',
    title: 'A signature check that does not stop the container',
    severity: 'error',
    appliesTo: ['run'],
    lesson: 'sign-scan-attest',
    why: 'A cosign verify only protects you when its failure stops the docker run, when it checks the same image that runs, and when it names who may have signed: otherwise a script that looks verified starts unsigned or re-tagged images.',
    fix: 'Start the script with set -eu (or join the steps with &&), verify the digest you run, name the signer with --certificate-identity and --certificate-oidc-issuer, then run that digest.',
    refs: {},
    messages: {
      notEnforced: 'The cosign verify on line {{line}} does not stop this docker run when it fails: add set -e at the top, or join the two with &&, so an unsigned {{image}} never starts.',
      verifiedAfterRun: '{{image}} starts here, before the cosign verify on line {{line}} checks it: verify first, then run.',
      runsUnverified: 'docker run starts {{image}}, which no verification in this script checked; verify this exact reference before running it.',
      tagVerified: '{{image}} is verified and run by tag: each command resolves the tag again, and it can point at another image by the time docker run pulls it. Verify and run {{image}}@sha256:<digest>.',
      anyIdentity: '{{flag}} {{pattern}} matches every signer, so a signature by anyone with a Sigstore login passes. Name the identity with --certificate-identity.',
    },
    examples: {
      bad: 'cosign verify --certificate-identity-regexp ".*" --certificate-oidc-issuer-regexp ".*" registry.example.com/app:1.0\ndocker run -d registry.example.com/app:1.0\n',
      good: 'set -eu\nIMAGE=registry.example.com/app@sha256:fb46758b77a59fc647dfa8414986bce4d533014f94508bea3d846bb5e2c7d008\ncosign verify --certificate-identity https://github.com/example/app/.github/workflows/release.yml@refs/tags/v1.0.0 \\\n  --certificate-oidc-issuer https://token.actions.githubusercontent.com "$IMAGE"\ndocker run -d "$IMAGE"\n',
    },
  },
  check(model) {
    const verifications = model.verifications ?? [];
    // A script with no signature check at all is not this rule's business: it reports checks that fail open.
    if (verifications.length === 0) return [];
    const hits: Hit[] = [];
    for (const v of verifications) {
      for (const flag of ['--certificate-identity-regexp', '--certificate-oidc-issuer-regexp']) {
        const set = v.flags.get(flag);
        if (set && MATCHES_ANYTHING.test(set.value)) hits.push({ ...set.span, messageId: 'anyIdentity', data: { flag, pattern: set.value } });
      }
    }
    const variables = model.variables ?? new Map<string, string>();
    for (const { command } of model.commands) {
      if (!command.image) continue;
      const image = substitute(command.image.value, variables);
      const wanted = normaliseImage(image);
      const matching = verifications.filter((v) => v.images.some((i) => normaliseImage(i.value) === wanted));
      const at = { line: command.span.line, column: command.span.column };
      const place = command.image.span;
      if (matching.length === 0) {
        hits.push({ ...place, messageId: 'runsUnverified', data: { image } });
        continue;
      }
      const before = matching.filter((v) => v.span.endLine < at.line || (v.span.endLine === at.line && v.span.endColumn <= at.column));
      const first: ImageVerification | undefined = matching[0];
      if (before.length === 0) {
        hits.push({ ...place, messageId: 'verifiedAfterRun', data: { image, line: first?.span.line ?? at.line } });
        continue;
      }
      if (!before.some((v) => isGuarded(v, at))) {
        hits.push({ ...place, messageId: 'notEnforced', data: { image, line: before[before.length - 1]?.span.line ?? at.line } });
      }
      if (!hasDigest(image)) hits.push({ ...place, messageId: 'tagVerified', data: { image } });
    }
    return hits;
  },
};
