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

const KEEP_USER = 'Keep `USER 10001:10001` at the end of the final stage.';
const DATA_FIX = `Create the directory and hand only it to the user: \`RUN mkdir -p ${DATA_DIR} && chown 10001:10001 ${DATA_DIR}\`, before the USER line.`;

function modeText(mode: number | null): string {
  return mode === null ? 'a mode from the build context' : `mode ${mode.toString(8).padStart(3, '0')}`;
}

function binaryIsReadOnly(ctx: GoalContext): GoalResult {
  const runtime = runtimeUser(ctx);
  if (!runtime) return { pass: false, message: 'The final stage no longer runs as a non-root user, and root ignores file modes, so no owner or mode can protect the binary.', fix: KEEP_USER };
  const state = fileState(runtime.stage, BINARY);
  if (!state) return { pass: false, message: `Nothing puts the server at ${BINARY} any more, so the container has nothing to start.`, fix: `Copy it there: \`COPY --chown=0:0 --chmod=555 server ${BINARY}\`.` };
  if (state.uid === runtime.uid) {
    return { pass: false, line: state.line, message: `${BINARY} belongs to UID ${runtime.uid}, the user the server runs as, and an owner can always change its own file: a compromised server could rewrite its code.`, fix: 'Let root own it: drop `--chown=10001:10001`, or write `--chown=0:0`.' };
  }
  if (state.mode === null) {
    return { pass: false, line: state.line, message: `The mode of ${BINARY} comes from the build context, which Docker copies as it is there, so it may well be writable for everyone.`, fix: 'Set the mode in the COPY itself with `--chmod=555`.' };
  }
  if (writableBy(state, runtime.uid, runtime.gid)) {
    return { pass: false, line: state.line, message: `${BINARY} has ${modeText(state.mode)}, which lets UID ${runtime.uid} write to it, so a compromised server could replace its own code.`, fix: 'Give it mode 555: read and execute for everyone, write for no one.' };
  }
  const executable = (state.mode & 0o001) !== 0 || (state.gid === runtime.gid && (state.mode & 0o010) !== 0);
  if (!executable) {
    return { pass: false, line: state.line, message: `${BINARY} has ${modeText(state.mode)}, so UID ${runtime.uid} can no longer execute it and the container cannot start.`, fix: 'Mode 555 keeps read and execute for everyone.' };
  }
  return { pass: true, message: `${BINARY} is owned by UID ${state.uid ?? '?'} with ${modeText(state.mode)}: the runtime user can run it but not change it.` };
}

function dataDirIsWritable(ctx: GoalContext): GoalResult {
  const runtime = runtimeUser(ctx);
  if (!runtime) return { pass: false, message: 'The final stage no longer runs as a non-root user, so this cannot tell what that user may write.', fix: KEEP_USER };
  const state = fileState(runtime.stage, DATA_DIR);
  if (!state) return { pass: false, message: `The server stores uploads in ${DATA_DIR}, and no instruction creates that directory.`, fix: DATA_FIX };
  if (!writableBy(state, runtime.uid, runtime.gid)) {
    return { pass: false, line: state.line, message: `${DATA_DIR} belongs to UID ${state.uid ?? '?'} with ${modeText(state.mode)}, so UID ${runtime.uid} cannot store uploads there.`, fix: DATA_FIX };
  }
  return { pass: true, message: `UID ${runtime.uid} can write to ${DATA_DIR}.` };
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
      rules: ['app-files-writable-by-runtime-user'],
      check: binaryIsReadOnly,
    },
    {
      id: 'data-dir-writable',
      title: 'The runtime user can write to /app/data',
      why: 'The application still has to store its data; only that directory needs write access.',
      check: dataDirIsWritable,
    },
  ],
  run: {
    title: 'The image builds and the server can store uploads',
    why: 'This is what the terminal does with your Dockerfile: the server starts as UID 10001 and writes to /app/data.',
    passed: 'docker build succeeds, and the server starts and writes to /app/data.',
    steps: [
      { command: 'docker build -t app .' },
      { command: 'docker run --rm app', output: 'ready for uploads' },
    ],
  },
  hints: [
    'COPY makes files owned by root unless you pass --chown, but it keeps the file mode from the build context.',
    'Remove `--chown=10001:10001` and `chmod -R 777`; use `COPY --chmod=555` to set the mode of the binary.',
    'Write `COPY --chown=0:0 --chmod=555 server /app/server`, then `RUN mkdir -p /app/data && chown 10001:10001 /app/data` before the USER line.',
  ],
  demo: ['docker build -t app .', 'docker run --rm app ls -l /app', 'docker run --rm app touch /app/server'],
  context: {
    server: '#!/bin/sh\necho "storing uploads in /app/data"\ntouch /app/data/.write-test && echo "ready for uploads"\n',
  },
};
