import type { Exercise, GoalResult } from '../../../../../src/checker/grading/exercise';
import type { ImageModel } from '../../../../../src/checker/dockerfile/model';
import { numericNonRootGoal } from '../../../run-as-non-root/exercises/final-user';
import starter from './starter.Dockerfile?raw';
import solution from './solution.Dockerfile?raw';

const LIMIT_MB = 10;
const CERT_PATH = /ssl\/certs|ca-certificates/;

function smallBase(image: ImageModel): GoalResult {
  const base = image.final?.base;
  if (!base) return { pass: false, message: 'The Dockerfile has no FROM yet.' };
  if (base.kind === 'scratch') return { pass: true, message: 'scratch adds nothing at all.' };
  const size = base.info?.compressedMB ?? null;
  if (size === null) {
    return { pass: false, line: base.line, message: `${base.resolved} is not in the course's image catalogue, so its size is unknown. Pick alpine or a distroless image.` };
  }
  // Estimated sizes are only good for comparisons, so they are never quoted to the learner.
  const quoted = base.info?.sizeSource === 'estimate' ? `well over ${LIMIT_MB} MB` : `roughly ${size} MB`;
  if (size > LIMIT_MB) {
    return { pass: false, line: base.line, message: `${base.resolved} is ${quoted} compressed. A static binary runs on a base of a few MB, such as distroless static or alpine.` };
  }
  return { pass: true, message: `${base.resolved} is ${base.info?.sizeSource === 'estimate' ? `under ${LIMIT_MB} MB` : `roughly ${size} MB`} compressed.` };
}

function certificatesAvailable(image: ImageModel): GoalResult {
  const final = image.final;
  if (!final) return { pass: false, message: 'The Dockerfile has no FROM yet.' };
  if (final.base.kind !== 'scratch') return { pass: true, message: 'The base image provides CA certificates.' };
  const copied = final.adds.some((add) => CERT_PATH.test(add.dest) || add.sources.some((source) => CERT_PATH.test(source)));
  return copied
    ? { pass: true, message: 'CA certificates are copied into the scratch image.' }
    : { pass: false, line: final.line, message: 'scratch has no CA certificates, so the server\'s TLS calls would fail. Use distroless static, which includes them.' };
}

export const exercise: Exercise = {
  id: 'minimal-base-images/smaller-base',
  lesson: 'minimal-base-images',
  title: 'Trade a full distribution for a minimal base',
  task:
    'The server is a statically linked binary whose only runtime need is CA certificates for its outgoing TLS calls. It ' +
    'ships on full Debian with bash, apt and hundreds of packages. Move it to a base image under 10 MB that still has CA ' +
    'certificates, and keep it running as a numeric non-root user.',
  files: [{ name: 'Dockerfile', kind: 'dockerfile', starter, solution }],
  rules: ['runs-as-root'],
  goals: [
    { id: 'small-base', title: `The runtime base is under ${LIMIT_MB} MB`, why: 'Every package in the base is something to patch and something an attacker can use.', check: (ctx) => smallBase(ctx.image()) },
    { id: 'ca-certificates', title: 'CA certificates are still available', why: 'Without them every TLS connection the server makes fails verification.', check: (ctx) => certificatesAvailable(ctx.image()) },
    numericNonRootGoal,
  ],
  hints: [
    'A static binary needs no libc, no shell and no package manager. Which base images in the lesson\'s table are only a few MB?',
    'distroless `static` contains CA certificates, time zone data and a passwd file, and nothing to install packages with.',
    'Use `FROM gcr.io/distroless/static-debian13:nonroot` (it runs as UID 65532), drop the apt-get step, and keep the COPY and CMD.',
  ],
  demo: ['docker build -t app .', 'docker images', 'docker run --rm app ls -l /usr/local/bin'],
  context: {
    server: '#!/bin/sh\necho "fetching https://api.example.com"\n',
  },
};
