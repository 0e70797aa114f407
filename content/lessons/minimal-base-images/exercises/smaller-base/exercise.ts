import type { Exercise, GoalResult } from '../../../../../src/checker/grading/exercise';
import type { ImageModel } from '../../../../../src/checker/dockerfile/model';
import { numericNonRootGoal } from '../../../run-as-non-root/exercises/final-user';
import starter from './starter.Dockerfile?raw';
import solution from './solution.Dockerfile?raw';

const LIMIT_MB = 10;
const CERT_PATH = /ssl\/certs|ca-certificates/;
/** Catalogue entries whose image ships a CA bundle: every distroless variant, and alpine's ca-certificates-bundle. */
const SHIPS_CA_CERTIFICATES = /^(distroless|alpine)/;
const SMALL_FIX = 'Use `FROM gcr.io/distroless/static-debian13:nonroot` and drop the apt-get step.';

function smallBase(image: ImageModel): GoalResult {
  const base = image.final?.base;
  if (!base) return { pass: false, message: 'The Dockerfile has no FROM yet.' };
  if (base.kind === 'scratch') return { pass: true, message: 'scratch adds nothing at all.' };
  const size = base.info?.compressedMB ?? null;
  if (size === null) {
    return { pass: false, line: base.line, message: `${base.resolved} is not in the course's image catalogue, so its size is unknown.`, fix: SMALL_FIX };
  }
  // Estimated sizes are only good for comparisons, so they are never quoted to the learner.
  const quoted = base.info?.sizeSource === 'estimate' ? `well over ${LIMIT_MB} MB` : `roughly ${size} MB`;
  if (size > LIMIT_MB) {
    return { pass: false, line: base.line, message: `${base.resolved} is ${quoted} compressed, with a shell, a package manager and libraries a static binary never calls.`, fix: SMALL_FIX };
  }
  return { pass: true, message: `${base.resolved} is ${base.info?.sizeSource === 'estimate' ? `under ${LIMIT_MB} MB` : `roughly ${size} MB`} compressed.` };
}

function certificatesAvailable(image: ImageModel): GoalResult {
  const final = image.final;
  if (!final) return { pass: false, message: 'The Dockerfile has no FROM yet.' };
  const copied = final.adds.some((add) => CERT_PATH.test(add.dest) || add.sources.some((source) => CERT_PATH.test(source)));
  if (copied) return { pass: true, message: 'CA certificates are copied into the image.' };
  const installed = final.runs.some((run) => run.commands.some((c) => ['apk', 'apt-get', 'apt'].includes(c.program) && c.args.includes('ca-certificates')));
  if (installed) return { pass: true, message: 'The image installs CA certificates.' };
  if (final.base.kind === 'image' && SHIPS_CA_CERTIFICATES.test(final.base.info?.id ?? '')) return { pass: true, message: `${final.base.resolved} ships CA certificates.` };
  const what = final.base.kind === 'scratch' ? 'scratch has' : `${final.base.resolved || 'This base'} ${final.base.info ? 'has' : 'may have'}`;
  return {
    pass: false,
    line: final.line,
    message: `${what} no CA certificates, so every TLS call the server makes would fail verification.`,
    fix: 'Use distroless static, which includes them: `FROM gcr.io/distroless/static-debian13:nonroot`.',
  };
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
    { id: 'small-base', title: `The runtime base is under ${LIMIT_MB} MB`, why: 'Every package in the base is something to patch and something an attacker can use.', check: (ctx) => smallBase(ctx.image()) },
    { id: 'ca-certificates', title: 'CA certificates are still available', why: 'Without them every TLS connection the server makes fails verification.', check: (ctx) => certificatesAvailable(ctx.image()) },
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
