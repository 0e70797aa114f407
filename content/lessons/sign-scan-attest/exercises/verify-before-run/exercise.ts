import type { Exercise, GoalContext, GoalResult } from '../../../../../src/checker/grading/exercise';
import { normaliseImage } from '../../../../../src/checker/run/rules/image-verify-not-enforced';
import { substitute, type ImageVerification } from '../../../../../src/checker/run/verify-steps';
import starter from './starter.sh?raw';
import solution from './solution.sh?raw';

const REPOSITORY = 'registry.example.com/shop-web';
/** The digest the release workflow signed; the lab's registry serves it as shop-web:3.1. */
export const RELEASE_DIGEST = 'sha256:fb46758b77a59fc647dfa8414986bce4d533014f94508bea3d846bb5e2c7d008';
export const RELEASE_SUBJECT = 'https://github.com/example/shop-web/.github/workflows/release.yml@refs/tags/v3.1.0';
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/** A real signature on a neighbouring tag, by an identity the release must not accept. */
const LAPTOP_SUBJECT = 'alex@example.com';

interface ShopRun {
  image: string;
  line: number;
}

function shopRun(ctx: GoalContext): ShopRun | null {
  const model = ctx.run();
  const variables = model.variables ?? new Map<string, string>();
  for (const { command } of model.commands) {
    if (!command.image) continue;
    const image = substitute(command.image.value, variables);
    if (normaliseImage(image).startsWith(`${REPOSITORY}:`) || normaliseImage(image).startsWith(`${REPOSITORY}@`)) return { image, line: command.span.line };
  }
  return null;
}

function shopVerifications(ctx: GoalContext): ImageVerification[] {
  return (ctx.run().verifications ?? []).filter((v) => v.tool === 'cosign' && v.images.some((i) => normaliseImage(i.value).startsWith(REPOSITORY)));
}

export const VERIFIED_MESSAGES = {
  noRun: 'The script no longer starts shop-web: keep the docker run that starts it.',
  noVerify: 'Nothing checks a signature before docker run starts `{{image}}`: any image pushed under that name would run.',
  passed: 'cosign verify checks the image before docker run starts it, and a failure stops the script.',
  fix: 'Add `cosign verify` with the release identity before the docker run, and `set -eu` at the top.',
} as const;

export const IDENTITY_MESSAGES = {
  noVerify: 'There is no cosign verify of the shop-web image yet, so no identity is checked.',
  noIdentity: 'This cosign verify names no signer: cosign refuses a keyless verification without an identity and an issuer, and the deploy stops.',
  wrongIdentity: 'The verification accepts `{{identity}}`, which is not the release workflow: the image must be signed by the workflow that built release 3.1.',
  loosePattern: 'The pattern `{{pattern}}` also accepts the identity `{{other}}`, which is not your release workflow: cosign finds a pattern anywhere in the subject, so name the workflow exactly.',
  wrongIssuer: 'The issuer `{{issuer}}` is not the one that vouches for GitHub Actions workflows, so the release signature does not match.',
  passed: 'Only a signature by the release workflow, vouched for by GitHub\'s OIDC issuer, passes.',
  fix: 'Use `--certificate-identity https://github.com/example/shop-web/.github/workflows/release.yml@refs/tags/v3.1.0 --certificate-oidc-issuer https://token.actions.githubusercontent.com`.',
} as const;

export const DIGEST_MESSAGES = {
  noRun: 'The script no longer starts shop-web.',
  byTag: 'docker run starts `{{image}}`, a tag: it is resolved again after cosign checked it, and can point at another image by then.',
  wrongDigest: '`{{digest}}` is not the digest of release 3.1 in the registry; the verification fails and nothing starts.',
  notVerified: 'docker run starts `{{image}}`, but cosign verifies another reference; verify exactly what runs.',
  passed: 'The digest that cosign verified is the digest that runs.',
  fix: 'Verify and run `registry.example.com/shop-web@sha256:fb46758b77a59fc647dfa8414986bce4d533014f94508bea3d846bb5e2c7d008`.',
} as const;

/** Subjects and issuers that must not pass: the laptop's signature, a fork's workflow, a look-alike. */
const OTHER_SUBJECTS = [LAPTOP_SUBJECT, 'https://github.com/attacker/shop-web/.github/workflows/release.yml@refs/tags/v3.1.0', `https://evil.example/?${RELEASE_SUBJECT}`];
const OTHER_ISSUERS = ['https://accounts.google.com', 'https://token.actions.githubusercontent.com.evil.example'];

function compile(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern);
  } catch {
    return null;
  }
}

function identityCheck(v: ImageVerification): GoalResult {
  const identity = v.flags.get('--certificate-identity')?.value;
  const identityRegexp = v.flags.get('--certificate-identity-regexp')?.value;
  const issuer = v.flags.get('--certificate-oidc-issuer')?.value;
  const issuerRegexp = v.flags.get('--certificate-oidc-issuer-regexp')?.value;
  const line = v.span.line;
  if ((!identity && !identityRegexp) || (!issuer && !issuerRegexp)) return { pass: false, line, messageId: 'noIdentity', fixId: 'fix' };
  if (identity) {
    if (identity !== RELEASE_SUBJECT) return { pass: false, line, messageId: 'wrongIdentity', fixId: 'fix', data: { identity } };
  } else if (identityRegexp) {
    const pattern = compile(identityRegexp);
    if (!pattern || !pattern.test(RELEASE_SUBJECT)) return { pass: false, line, messageId: 'wrongIdentity', fixId: 'fix', data: { identity: identityRegexp } };
    // cosign searches the pattern anywhere in the subject; one that matches other people's identities is too wide.
    const other = OTHER_SUBJECTS.find((o) => pattern.test(o));
    if (other) return { pass: false, line, messageId: 'loosePattern', fixId: 'fix', data: { pattern: identityRegexp, other } };
  }
  if (issuer) {
    if (issuer !== GITHUB_ISSUER) return { pass: false, line, messageId: 'wrongIssuer', fixId: 'fix', data: { issuer } };
  } else if (issuerRegexp) {
    const pattern = compile(issuerRegexp);
    if (!pattern || !pattern.test(GITHUB_ISSUER) || OTHER_ISSUERS.some((o) => pattern.test(o))) {
      return { pass: false, line, messageId: 'wrongIssuer', fixId: 'fix', data: { issuer: issuerRegexp } };
    }
  }
  return { pass: true, messageId: 'passed' };
}

export const exercise: Exercise = {
  id: 'sign-scan-attest/verify-before-run',
  lesson: 'sign-scan-attest',
  title: 'Run only what the release workflow signed',
  task:
    'This deploy script starts whatever `registry.example.com/shop-web:3.1` points to. Release 3.1 was signed keylessly by the ' +
    'workflow `https://github.com/example/shop-web/.github/workflows/release.yml@refs/tags/v3.1.0` through GitHub\'s OIDC issuer ' +
    '`https://token.actions.githubusercontent.com`. Make the script verify that signature with cosign, stop if it fails, and start ' +
    'the exact image it verified. The terminal has `cosign` and the registry.',
  files: [{ name: 'run.sh', kind: 'run', starter, solution }],
  rules: ['privileged', 'port-on-all-interfaces', 'docker-socket-mount'],
  goals: [
    {
      id: 'verified-first',
      title: 'A failing verification stops the script before docker run',
      why: 'A check whose failure does not stop the deploy only prints an error next to a running, unsigned container.',
      rules: ['image-verify-not-enforced'],
      messages: VERIFIED_MESSAGES,
      check(ctx): GoalResult {
        const run = shopRun(ctx);
        if (!run) return { pass: false, messageId: 'noRun' };
        return shopVerifications(ctx).length > 0
          ? { pass: true, messageId: 'passed' }
          : { pass: false, line: run.line, messageId: 'noVerify', fixId: 'fix', data: { image: run.image } };
      },
    },
    {
      id: 'release-identity',
      title: 'Only the release workflow\'s signature is accepted',
      why: 'Anyone can get a Sigstore certificate for their own identity; a signature only means something when you name whose you accept.',
      messages: IDENTITY_MESSAGES,
      check(ctx): GoalResult {
        const verifications = shopVerifications(ctx);
        if (verifications.length === 0) return { pass: false, messageId: 'noVerify' };
        for (const v of verifications) {
          const result = identityCheck(v);
          if (!result.pass) return result;
        }
        return { pass: true, messageId: 'passed' };
      },
    },
    {
      id: 'runs-verified-digest',
      title: 'The verified digest is what runs',
      why: 'A tag is resolved again by every command; only a digest makes the checked image and the started image the same.',
      messages: DIGEST_MESSAGES,
      check(ctx): GoalResult {
        const run = shopRun(ctx);
        if (!run) return { pass: false, messageId: 'noRun' };
        const at = run.image.indexOf('@');
        if (at < 0) return { pass: false, line: run.line, messageId: 'byTag', fixId: 'fix', data: { image: run.image } };
        const digest = run.image.slice(at + 1);
        if (digest !== RELEASE_DIGEST) return { pass: false, line: run.line, messageId: 'wrongDigest', fixId: 'fix', data: { digest } };
        const verified = shopVerifications(ctx).some((v) => v.images.some((i) => normaliseImage(i.value) === normaliseImage(run.image)));
        return verified ? { pass: true, messageId: 'passed' } : { pass: false, line: run.line, messageId: 'notVerified', fixId: 'fix', data: { image: run.image } };
      },
    },
  ],
  run: {
    title: 'The script verifies the release and starts it',
    why: 'This is what the terminal does with your script: cosign checks the registry\'s signature, and a failed check must leave nothing running.',
    passed: 'cosign verifies the release signature, and shop-web runs from the verified digest.',
    steps: [
      { command: 'sh run.sh' },
      { command: "docker inspect -f '{{.State.Status}}' shop-web", output: 'running', explain: 'docker logs shop-web' },
    ],
  },
  hints: [
    'cosign verify exits non-zero when the signature is missing or by someone else; the script must stop then, which `set -e` does for every command.',
    'Keyless verification needs two flags, the identity and the issuer. `docker pull` prints the digest of shop-web:3.1; put it in a variable and use it for both commands.',
    'Add `set -eu`, `IMAGE=registry.example.com/shop-web@sha256:fb46758b77a59fc647dfa8414986bce4d533014f94508bea3d846bb5e2c7d008`, then `cosign verify --certificate-identity https://github.com/example/shop-web/.github/workflows/release.yml@refs/tags/v3.1.0 --certificate-oidc-issuer https://token.actions.githubusercontent.com "$IMAGE"` before `docker run ... "$IMAGE"`.',
  ],
  demo: [
    'docker pull registry.example.com/shop-web:3.1',
    `cosign verify --certificate-identity ${RELEASE_SUBJECT} --certificate-oidc-issuer ${GITHUB_ISSUER} registry.example.com/shop-web:3.1-hotfix`,
    'sh run.sh',
    'docker ps',
  ],
};
