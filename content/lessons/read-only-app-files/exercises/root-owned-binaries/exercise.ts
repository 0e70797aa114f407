import type { Exercise, GoalContext, GoalResult } from '../../../../../src/checker/grading/exercise';
import type { Stage } from '../../../../../src/checker/dockerfile/model';
import { fileState, writableBy } from '../file-access';
import starter from './starter.Dockerfile?raw';
import solution from './solution.Dockerfile?raw';

const BINARY = '/app/server';
const DATA_DIR = '/app/data';

function runtimeUser(ctx: GoalContext): { stage: Stage; uid: number; gid: number | null } | null {
  const final = ctx.image().final;
  if (!final || final.user.uid === null || final.user.uid === 0) return null;
  return { stage: final, uid: final.user.uid, gid: final.user.gid };
}

function binaryIsReadOnly(ctx: GoalContext): GoalResult {
  const runtime = runtimeUser(ctx);
  if (!runtime) return { pass: false, message: 'Keep the final stage running as the numeric non-root user, USER 10001:10001.' };
  const state = fileState(runtime.stage, BINARY);
  if (!state) return { pass: false, message: `Copy the server binary to ${BINARY}.` };
  if (state.uid === runtime.uid) {
    return { pass: false, line: state.line, message: `${BINARY} belongs to the runtime user, who could rewrite it. Let root own it (drop --chown or use --chown=0:0).` };
  }
  if (state.mode === null) {
    return { pass: false, line: state.line, message: `The mode of ${BINARY} comes from the build context, which may be writable. Set it with --chmod=555.` };
  }
  if (writableBy(state, runtime.uid, runtime.gid)) {
    return { pass: false, line: state.line, message: `${BINARY} is writable by UID ${runtime.uid}. Give it mode 555: read and execute, no write bits.` };
  }
  const executable = (state.mode & 0o001) !== 0 || (state.gid === runtime.gid && (state.mode & 0o010) !== 0);
  if (!executable) {
    return { pass: false, line: state.line, message: `${BINARY} is no longer executable by UID ${runtime.uid}. Mode 555 keeps read and execute for everyone.` };
  }
  return { pass: true, message: `${BINARY} is owned by UID ${state.uid ?? '?'} and the runtime user can only read and run it.` };
}

function dataDirIsWritable(ctx: GoalContext): GoalResult {
  const runtime = runtimeUser(ctx);
  if (!runtime) return { pass: false, message: 'Keep the final stage running as the numeric non-root user, USER 10001:10001.' };
  const state = fileState(runtime.stage, DATA_DIR);
  if (!state) return { pass: false, message: `The server stores uploads in ${DATA_DIR}: create that directory in a RUN instruction.` };
  if (!writableBy(state, runtime.uid, runtime.gid)) {
    return { pass: false, line: state.line, message: `UID ${runtime.uid} cannot write to ${DATA_DIR}. Hand that one directory to it, for example with chown 10001:10001 ${DATA_DIR}.` };
  }
  return { pass: true, message: `${DATA_DIR} is the only place the runtime user can write.` };
}

export const exercise: Exercise = {
  id: 'read-only-app-files/root-owned-binaries',
  lesson: 'read-only-app-files',
  title: 'Make the application read-only for its own user',
  task:
    'The server runs as UID 10001, but it owns its own binary and everything under `/app` is mode 777. Make ' +
    '`/app/server` owned by root with mode 555, and give UID 10001 write access only to `/app/data`, where the server ' +
    'stores uploads.',
  files: [{ name: 'Dockerfile', kind: 'dockerfile', starter, solution }],
  rules: ['app-files-writable-by-runtime-user', 'runs-as-root'],
  goals: [
    {
      id: 'binary-read-only',
      title: 'The runtime user can run /app/server but not change it',
      why: 'Code the running user cannot modify cannot be backdoored by an attacker who takes over that user.',
      check: binaryIsReadOnly,
    },
    {
      id: 'data-dir-writable',
      title: 'The runtime user can write to /app/data',
      why: 'The application still has to store its data; only that directory needs write access.',
      check: dataDirIsWritable,
    },
  ],
  hints: [
    'COPY makes files owned by root unless you pass --chown, but it keeps the file mode from the build context.',
    'Remove `--chown=10001:10001` and `chmod -R 777`; use `COPY --chmod=555` to set the mode of the binary.',
    'Write `COPY --chown=0:0 --chmod=555 server /app/server`, then `RUN mkdir -p /app/data && chown 10001:10001 /app/data` before the USER line.',
  ],
  demo: ['docker build -t app .', 'docker run --rm app ls -l /app', 'docker run --rm app touch /app/server'],
  context: {
    server: '#!/bin/sh\necho "storing uploads in /app/data"\n',
  },
};
