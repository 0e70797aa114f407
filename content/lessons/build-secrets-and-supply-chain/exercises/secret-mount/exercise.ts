import type { Exercise } from '../../../../../src/checker/grading/exercise';
import type { ImageModel, KeyValue } from '../../../../../src/checker/dockerfile/model';
import { contextCopyOf, installReadsSecret, NPM_SECRET, NPM_SECRET_MESSAGES } from '../npm-secret';
import { sayFrom } from '../../../../../src/checker/grading/goal-messages';
import starter from './starter.Dockerfile?raw';
import solution from './solution.Dockerfile?raw';

const SECRET_NAME = /token|secret|passw|api_?key|credential|auth/i;

function secretDeclarations(image: ImageModel): { kind: 'ARG' | 'ENV'; entry: KeyValue }[] {
  const args = [...image.globalArgs, ...image.stages.flatMap((s) => s.args)].map((entry) => ({ kind: 'ARG' as const, entry }));
  const envs = image.stages.flatMap((s) => s.env).map((entry) => ({ kind: 'ENV' as const, entry }));
  return [...args, ...envs].filter(({ entry }) => SECRET_NAME.test(entry.name));
}

/** What the goals say, by id; exercise.zh-cn.ts words the same ids. */
export const MESSAGES = {
  ...NPM_SECRET_MESSAGES,
  secretEnv: '`ENV {{name}}` stores the token in the image config, where `docker inspect` and every process in the container can read it.',
  secretArg: '`ARG {{name}}` puts the token into the image history: every RUN after it records the value.',
  fixDeleteLine: 'Delete the `{{kind}} {{name}}` line.',
  noSecretVariables: 'No credential is declared as ARG or ENV.',
  npmrcWritten: 'This RUN writes the token into `.npmrc`, and that layer keeps the file even after the `rm`.',
  fixNpmrcWritten: 'Drop the `echo … > .npmrc` and the `rm`; the secret mount provides the file.',
  npmrcCopied: 'This {{instruction}} takes `.npmrc`, with the token, from the build context into a layer of the image.',
  fixNpmrcCopied: 'Copy only the files the app needs, by name: `COPY server.js ./`.',
  noNpmrc: 'No .npmrc reaches a layer.',
} as const;

const say = sayFrom(MESSAGES);

export const exercise: Exercise = {
  id: 'build-secrets-and-supply-chain/secret-mount',
  lesson: 'build-secrets-and-supply-chain',
  title: 'Pass the npm token as a build secret',
  task:
    'The build needs an npm token to install private packages, and passes it as `ARG` and `ENV`, so anyone who pulls ' +
    'the image can read it. Remove both and give `npm ci` the token through a BuildKit secret mount of an `.npmrc` file: ' +
    `id \`${NPM_SECRET.id}\`, mounted at \`${NPM_SECRET.target}\`, where npm looks for root's user configuration. The image is ` +
    'built with `docker build --secret id=npmrc,src=$HOME/.npmrc -t app .`.',
  files: [{ name: 'Dockerfile', kind: 'dockerfile', starter, solution }],
  rules: ['secrets-in-env-or-arg', 'secret-file-in-layer', 'runs-as-root', 'latest-or-untagged-base-image'],
  goals: [
    {
      id: 'no-secret-variables',
      title: 'No credential in ARG or ENV',
      why: 'ENV is stored in the image config and ARG values show up in the image history.',
      messages: MESSAGES,
      rules: ['secrets-in-env-or-arg'],
      check(ctx) {
        const found = secretDeclarations(ctx.image())[0];
        return found
          ? say.fail(found.kind === 'ENV' ? 'secretEnv' : 'secretArg', { fix: 'fixDeleteLine', data: { kind: found.kind, name: found.entry.name }, line: found.entry.line })
          : say.pass('noSecretVariables');
      },
    },
    {
      id: 'install-uses-secret-mount',
      title: 'npm ci reads the token from a secret mount',
      why: 'A secret mount exists only while that RUN executes; it is never written to a layer or the history.',
      messages: MESSAGES,
      check: (ctx) => installReadsSecret(ctx.image()),
    },
    {
      id: 'no-npmrc-in-layers',
      title: 'No .npmrc is written into the image',
      why: 'A file written in one step stays in that layer even if a later step deletes it.',
      messages: MESSAGES,
      rules: ['secret-file-in-layer'],
      check(ctx) {
        const image = ctx.image();
        for (const run of image.stages.flatMap((s) => s.runs)) {
          const writes = run.commands.some((c) => c.redirects.some((r) => /(^|\/)\.npmrc$/.test(r.target)));
          if (writes) return say.fail('npmrcWritten', { fix: 'fixNpmrcWritten', line: run.line });
        }
        const copied = contextCopyOf(image, '.npmrc');
        return copied
          ? say.fail('npmrcCopied', { fix: 'fixNpmrcCopied', data: { instruction: copied.instruction }, line: copied.line })
          : say.pass('noNpmrc');
      },
    },
  ],
  run: {
    title: 'The image builds with the secret and the server starts',
    why: 'This is what the terminal does with your Dockerfile and the task\'s build command; a build or start that fails there fails here.',
    passed: 'docker build with the npmrc secret succeeds and the container is running.',
    steps: [
      { command: 'docker build --secret id=npmrc,src=$HOME/.npmrc -t app .' },
      { command: 'docker run -d --name app app' },
      { command: "docker inspect -f '{{.State.Status}}' app", output: 'running', explain: 'docker logs app' },
    ],
  },
  hints: [
    'ARG and ENV are both visible to anyone holding the image (`docker history`, `docker inspect`). The token must never be one of them.',
    'BuildKit can mount a file for a single RUN: `RUN --mount=type=secret,id=ID,target=PATH command`. npm reads `/root/.npmrc` when it runs as root.',
    `Delete the \`ARG\` and \`ENV\` lines and use \`RUN --mount=type=secret,id=${NPM_SECRET.id},target=${NPM_SECRET.target} npm ci --omit=dev\`.`,
  ],
  demo: ['docker build --build-arg NPM_TOKEN=npm_Xy7demo0token -t app .', 'docker history app', 'docker inspect app', 'docker run --rm app env'],
  context: {
    '.npmrc': '//registry.npmjs.org/:_authToken=npm_Xy7demo0token\n',
    'package.json': '{\n  "name": "shop-api",\n  "version": "1.0.0",\n  "dependencies": { "@example/payments": "2.3.1" }\n}\n',
    'package-lock.json': '{\n  "name": "shop-api",\n  "lockfileVersion": 3\n}\n',
    'server.js': "require('http').createServer((req, res) => res.end('ok')).listen(8080);\n",
  },
};
