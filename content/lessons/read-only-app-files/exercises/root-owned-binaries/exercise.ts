import type { Exercise, GoalContext, GoalResult } from '../../../../../src/checker/grading/exercise';
import type { Stage } from '../../../../../src/checker/dockerfile/model';
import { fileState, writableBy } from '../file-access';
import { sayFrom } from '../../../../../src/checker/grading/goal-messages';
import starter from './starter.Dockerfile?raw';
import solution from './solution.Dockerfile?raw';

const BINARY = '/app/server';
const DATA_DIR = '/app/data';

function runtimeUser(ctx: GoalContext): { stage: Stage; uid: number; gid: number | null } | null {
  const final = ctx.image().final;
  if (!final || final.user.uid === null || final.user.uid === 0) return null;
  return { stage: final, uid: final.user.uid, gid: final.user.gid };
}

/** What the goals say, by id; exercise.zh-cn.ts words the same ids. */
export const MESSAGES = {
  fixKeepUser: 'Keep `USER 10001:10001` at the end of the final stage.',
  rootBinary: 'The final stage no longer runs as a non-root user, and root ignores file modes, so no owner or mode can protect the binary.',
  noBinary: 'Nothing puts the server at {{binary}} any more, so the container has nothing to start.',
  fixNoBinary: 'Copy it there: `COPY --chown=0:0 --chmod=555 server {{binary}}`.',
  ownsBinary: '{{binary}} belongs to UID {{uid}}, the user the server runs as, and an owner can always change its own file: a compromised server could rewrite its code.',
  fixOwnsBinary: 'Let root own it: drop `--chown=10001:10001`, or write `--chown=0:0`.',
  contextMode: 'The mode of {{binary}} comes from the build context, which Docker copies as it is there, so it may well be writable for everyone.',
  fixContextMode: 'Set the mode in the COPY itself with `--chmod=555`.',
  writableBinary: '{{binary}} has mode {{mode}}, which lets UID {{uid}} write to it, so a compromised server could replace its own code.',
  fixWritableBinary: 'Give it mode 555: read and execute for everyone, write for no one.',
  notExecutable: '{{binary}} has mode {{mode}}, so UID {{uid}} can no longer execute it and the container cannot start.',
  fixNotExecutable: 'Mode 555 keeps read and execute for everyone.',
  binaryReadOnly: '{{binary}} is owned by UID {{owner}} with mode {{mode}}: the runtime user can run it but not change it.',
  rootData: 'The final stage no longer runs as a non-root user, so this cannot tell what that user may write.',
  noDataDir: 'The server stores uploads in {{dir}}, and no instruction creates that directory.',
  fixDataDir: 'Create the directory and hand only it to the user: `RUN mkdir -p {{dir}} && chown 10001:10001 {{dir}}`, before the USER line.',
  dataReadOnly: '{{dir}} belongs to UID {{owner}} with mode {{mode}}, so UID {{uid}} cannot store uploads there.',
  dataReadOnlyContextMode: '{{dir}} belongs to UID {{owner}} with a mode from the build context, so UID {{uid}} cannot store uploads there.',
  dataWritable: 'UID {{uid}} can write to {{dir}}.',
} as const;

const say = sayFrom(MESSAGES);

function octal(mode: number): string {
  return mode.toString(8).padStart(3, '0');
}

function binaryIsReadOnly(ctx: GoalContext): GoalResult {
  const runtime = runtimeUser(ctx);
  if (!runtime) return say.fail('rootBinary', { fix: 'fixKeepUser' });
  const binary = BINARY;
  const state = fileState(runtime.stage, BINARY);
  if (!state) return say.fail('noBinary', { fix: 'fixNoBinary', data: { binary } });
  const data = { binary, uid: runtime.uid };
  if (state.uid === runtime.uid) return say.fail('ownsBinary', { line: state.line, fix: 'fixOwnsBinary', data });
  if (state.mode === null) return say.fail('contextMode', { line: state.line, fix: 'fixContextMode', data });
  const mode = octal(state.mode);
  if (writableBy(state, runtime.uid, runtime.gid)) return say.fail('writableBinary', { line: state.line, fix: 'fixWritableBinary', data: { ...data, mode } });
  const executable = (state.mode & 0o001) !== 0 || (state.gid === runtime.gid && (state.mode & 0o010) !== 0);
  if (!executable) return say.fail('notExecutable', { line: state.line, fix: 'fixNotExecutable', data: { ...data, mode } });
  return say.pass('binaryReadOnly', { binary, owner: state.uid ?? '?', mode });
}

function dataDirIsWritable(ctx: GoalContext): GoalResult {
  const runtime = runtimeUser(ctx);
  if (!runtime) return say.fail('rootData', { fix: 'fixKeepUser' });
  const dir = DATA_DIR;
  const state = fileState(runtime.stage, DATA_DIR);
  if (!state) return say.fail('noDataDir', { fix: 'fixDataDir', data: { dir } });
  if (!writableBy(state, runtime.uid, runtime.gid)) {
    const data = { dir, owner: state.uid ?? '?', uid: runtime.uid, ...(state.mode !== null ? { mode: octal(state.mode) } : {}) };
    return say.fail(state.mode === null ? 'dataReadOnlyContextMode' : 'dataReadOnly', { line: state.line, fix: 'fixDataDir', data });
  }
  return say.pass('dataWritable', { uid: runtime.uid, dir });
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
      messages: MESSAGES,
      rules: ['app-files-writable-by-runtime-user'],
      check: binaryIsReadOnly,
    },
    {
      id: 'data-dir-writable',
      title: 'The runtime user can write to /app/data',
      why: 'The application still has to store its data; only that directory needs write access.',
      messages: MESSAGES,
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
