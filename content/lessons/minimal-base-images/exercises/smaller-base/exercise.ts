import type { Exercise, GoalResult } from '../../../../../src/checker/grading/exercise';
import type { ImageModel } from '../../../../../src/checker/dockerfile/model';
import { numericNonRootGoal } from '../../../run-as-non-root/exercises/final-user';
import { sayFrom } from '../../../../../src/checker/grading/goal-messages';
import starter from './starter.Dockerfile?raw';
import solution from './solution.Dockerfile?raw';

const LIMIT_MB = 10;
const CERT_PATH = /ssl\/certs|ca-certificates/;
/** Catalogue entries whose image ships a CA bundle: every distroless variant, and alpine's ca-certificates-bundle. */
const SHIPS_CA_CERTIFICATES = /^(distroless|alpine)/;
/** What the goals say, by id; exercise.zh-cn.ts words the same ids. */
export const MESSAGES = {
  noFrom: 'The Dockerfile has no FROM yet.',
  scratch: 'scratch adds nothing at all.',
  unknownSize: "{{image}} is not in the course's image catalogue, so its size is unknown.",
  tooBig: '{{image}} is roughly {{size}} MB compressed, with a shell, a package manager and libraries a static binary never calls.',
  tooBigEstimated: '{{image}} is well over {{limit}} MB compressed, with a shell, a package manager and libraries a static binary never calls.',
  fixSmall: 'Use `FROM gcr.io/distroless/static-debian13:nonroot` and drop the apt-get step.',
  small: '{{image}} is roughly {{size}} MB compressed.',
  smallEstimated: '{{image}} is under {{limit}} MB compressed.',
  certsCopied: 'CA certificates are copied into the image.',
  certsInstalled: 'The image installs CA certificates.',
  baseShipsCerts: '{{image}} ships CA certificates.',
  scratchNoCerts: 'scratch has no CA certificates, so every TLS call the server makes would fail verification.',
  baseNoCerts: '{{image}} has no CA certificates, so every TLS call the server makes would fail verification.',
  baseMayLackCerts: '{{image}} may have no CA certificates, so every TLS call the server makes would fail verification.',
  unnamedBaseNoCerts: 'This base has no CA certificates, so every TLS call the server makes would fail verification.',
  unnamedBaseMayLackCerts: 'This base may have no CA certificates, so every TLS call the server makes would fail verification.',
  fixCerts: 'Use distroless static, which includes them: `FROM gcr.io/distroless/static-debian13:nonroot`.',
} as const;

const say = sayFrom(MESSAGES);

function smallBase(image: ImageModel): GoalResult {
  const base = image.final?.base;
  if (!base) return say.fail('noFrom');
  if (base.kind === 'scratch') return say.pass('scratch');
  const size = base.info?.compressedMB ?? null;
  if (size === null) return say.fail('unknownSize', { line: base.line, fix: 'fixSmall', data: { image: base.resolved } });
  // Estimated sizes are only good for comparisons, so they are never quoted to the learner.
  const estimated = base.info?.sizeSource === 'estimate';
  const data: Record<string, string | number> = estimated ? { image: base.resolved, limit: LIMIT_MB } : { image: base.resolved, size };
  if (size > LIMIT_MB) return say.fail(estimated ? 'tooBigEstimated' : 'tooBig', { line: base.line, fix: 'fixSmall', data });
  return say.pass(estimated ? 'smallEstimated' : 'small', data);
}

function certificatesAvailable(image: ImageModel): GoalResult {
  const final = image.final;
  if (!final) return say.fail('noFrom');
  const copied = final.adds.some((add) => CERT_PATH.test(add.dest) || add.sources.some((source) => CERT_PATH.test(source)));
  if (copied) return say.pass('certsCopied');
  const installed = final.runs.some((run) => run.commands.some((c) => ['apk', 'apt-get', 'apt'].includes(c.program) && c.args.includes('ca-certificates')));
  if (installed) return say.pass('certsInstalled');
  const data = { image: final.base.resolved };
  if (final.base.kind === 'image' && SHIPS_CA_CERTIFICATES.test(final.base.info?.id ?? '')) return say.pass('baseShipsCerts', data);
  const known = Boolean(final.base.info);
  const messageId = final.base.kind === 'scratch'
    ? 'scratchNoCerts'
    : data.image ? (known ? 'baseNoCerts' : 'baseMayLackCerts') : (known ? 'unnamedBaseNoCerts' : 'unnamedBaseMayLackCerts');
  return say.fail(messageId, { line: final.line, fix: 'fixCerts', data });
}

export const exercise: Exercise = {
  id: 'minimal-base-images/smaller-base',
  lesson: 'minimal-base-images',
  title: 'Trade a full distribution for a minimal base',
  task:
    'The server is a statically linked binary whose only runtime need is CA certificates for its outgoing TLS calls. It ' +
    'ships on full Debian with bash, apt and hundreds of packages. Move it to a base image under 10 MB that still has CA ' +
    'certificates, name its tag instead of relying on `latest`, and keep it running as a numeric non-root user and group.',
  files: [{ name: 'Dockerfile', kind: 'dockerfile', starter, solution }],
  rules: ['runs-as-root', 'latest-or-untagged-base-image'],
  goals: [
    { id: 'small-base', title: `The runtime base is under ${LIMIT_MB} MB`, why: 'Every package in the base is something to patch and something an attacker can use.', messages: MESSAGES, check: (ctx) => smallBase(ctx.image()) },
    { id: 'ca-certificates', title: 'CA certificates are still available', why: 'Without them every TLS connection the server makes fails verification.', messages: MESSAGES, check: (ctx) => certificatesAvailable(ctx.image()) },
    numericNonRootGoal,
  ],
  run: {
    title: 'The image builds and the server starts',
    why: 'This is what the terminal does with your Dockerfile; a binary that cannot start on its new base fails here.',
    passed: 'docker build succeeds and the server starts on the new base.',
    steps: [
      { command: 'docker build -t app .' },
      { command: 'docker run --rm app' },
    ],
  },
  hints: [
    'A static binary needs no libc, no shell and no package manager. Which base images in the lesson\'s table are only a few MB?',
    'distroless `static` contains CA certificates, time zone data and a passwd file, and nothing to install packages with.',
    'Use `FROM gcr.io/distroless/static-debian13:nonroot` (it runs as UID 65532), drop the apt-get step, and keep the COPY and CMD.',
  ],
  demo: ['docker build -t app .', 'docker images', 'docker run --rm app ls -l /usr/local/bin'],
  context: {
    // A statically linked program, not a script: distroless has no /bin/sh to run a script with.
    server: '\x7fELF static binary: calls https://api.example.com over TLS\n',
  },
};
