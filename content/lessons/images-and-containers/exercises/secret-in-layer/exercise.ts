import type { Exercise, GoalResult } from '../../../../../src/checker/grading/exercise';
import type { ImageModel } from '../../../../../src/checker/dockerfile/model';
import { contextCopyOf, installReadsSecret, installsPackages, NPM_SECRET, NPM_SECRET_MESSAGES, sourceMatches } from '../../../build-secrets-and-supply-chain/exercises/npm-secret';
import { sayFrom } from '../../../../../src/checker/grading/goal-messages';
import starter from './starter.Dockerfile?raw';
import solution from './solution.Dockerfile?raw';

const SECRET_FILE = '.npmrc';

/** What the goals say, by id; exercise.zh-cn.ts words the same ids. */
export const MESSAGES = {
  ...NPM_SECRET_MESSAGES,
  noFrom: 'The Dockerfile has no FROM yet.',
  missingOne: 'npm ci needs {{file}} in the image before it runs; without it the install stops with an error.',
  missingBoth: 'npm ci needs package.json and package-lock.json in the image before it runs; without them the install stops with an error.',
  fixPackageFiles: 'Copy them by name before the install: `COPY package.json package-lock.json ./`.',
  serverMissing: 'server.js is no longer copied, so `node server.js` has nothing to start.',
  fixServer: 'Copy it after the install: `COPY server.js ./`.',
  filesCopied: 'package.json, package-lock.json and server.js are copied by name, and nothing else.',
  notCopied: 'No COPY or ADD picks up .npmrc from the build context.',
  copied: 'This {{instruction}} takes .npmrc from the build context into a layer. The later rm only hides it: anyone who pulls the image can unpack that layer and read the token.',
  fixCopied: 'Replace `COPY . .` with COPY lines that name the files: `COPY package.json package-lock.json ./` before the install and `COPY server.js ./` after it.',
} as const;

const say = sayFrom(MESSAGES);

/** The files the image needs: the package files before the install, the server for CMD. */
function appFilesCopied(image: ImageModel): GoalResult {
  const final = image.final;
  if (!final) return say.fail('noFrom');
  const install = final.runs.find(installsPackages);
  const before = (path: string, line: number): boolean => final.adds.some((a) => a.line < line && a.from === null && a.sources.some((s) => sourceMatches(s, path)));
  if (install) {
    const missing = ['package.json', 'package-lock.json'].filter((f) => !before(f, install.line));
    if (missing.length > 0) {
      return say.fail(missing.length === 1 ? 'missingOne' : 'missingBoth', { line: install.line, fix: 'fixPackageFiles', data: { file: missing[0] ?? '' } });
    }
  }
  if (!before('server.js', Number.MAX_SAFE_INTEGER)) {
    return say.fail('serverMissing', { line: final.cmd?.line ?? final.line, fix: 'fixServer' });
  }
  return say.pass('filesCopied');
}

export const exercise: Exercise = {
  id: 'images-and-containers/secret-in-layer',
  lesson: 'images-and-containers',
  title: 'Get the registry token out of the image',
  task:
    'The build needs the token in `.npmrc` to install private packages, and the `rm` makes it look as if the file is gone. ' +
    'It is not: `COPY . .` stored it in a layer. Copy only the files the build needs, and give `npm ci` the token through ' +
    `a BuildKit secret mount with the id \`${NPM_SECRET.id}\` at \`${NPM_SECRET.target}\`, where npm looks for root's user configuration. ` +
    'The image is built with `docker build --secret id=npmrc,src=$HOME/.npmrc -t app .`.',
  files: [{ name: 'Dockerfile', kind: 'dockerfile', starter, solution }],
  rules: ['secret-file-in-layer'],
  goals: [
    {
      id: 'token-not-copied',
      title: '.npmrc stays out of every layer',
      why: 'A file copied into a layer stays in the image even when a later instruction deletes it.',
      messages: MESSAGES,
      rules: ['secret-file-in-layer'],
      check(ctx) {
        const add = contextCopyOf(ctx.image(), SECRET_FILE);
        if (!add) return say.pass('notCopied');
        return say.fail('copied', { line: add.line, fix: 'fixCopied', data: { instruction: add.instruction } });
      },
    },
    {
      id: 'token-mounted',
      title: 'npm ci gets the token from a secret mount',
      why: 'A secret mount exists only while one RUN executes and is never written to a layer or the history.',
      messages: MESSAGES,
      check: (ctx) => installReadsSecret(ctx.image()),
    },
    {
      id: 'app-files-copied',
      title: 'The build still has the files it needs',
      why: 'npm ci refuses to run without package.json and package-lock.json, and the container starts server.js.',
      messages: MESSAGES,
      check: (ctx) => appFilesCopied(ctx.image()),
    },
  ],
  run: {
    title: 'The image builds with the secret and the server starts',
    why: 'This is what the terminal does with your Dockerfile; a build or start that fails there fails here.',
    passed: 'docker build with the npmrc secret succeeds and the container is running.',
    steps: [
      { command: 'docker build --secret id=npmrc,src=$HOME/.npmrc -t app .' },
      { command: 'docker run -d --name app app' },
      { command: "docker inspect -f '{{.State.Status}}' app", output: 'running', explain: 'docker logs app' },
    ],
  },
  hints: [
    'Deleting a file in a later instruction hides it from the container but leaves it in the layer that added it.',
    'Replace `COPY . .` with COPY lines that name package.json, package-lock.json and server.js; copy server.js after npm ci so code changes keep the dependency layer cached.',
    `Write the install step as \`RUN --mount=type=secret,id=${NPM_SECRET.id},target=${NPM_SECRET.target} npm ci --omit=dev\` and drop the \`rm\`. The token is passed at build time with \`docker build --secret id=npmrc,src=$HOME/.npmrc .\`.`,
  ],
  demo: ['docker build -t app .', 'docker history app'],
  context: {
    '.npmrc': '//npm.example.com/:_authToken=example-token-do-not-use\n@example:registry=https://npm.example.com/\n',
    'package.json': '{\n  "name": "orders-api",\n  "version": "1.0.0",\n  "dependencies": { "@example/auth": "2.1.0" }\n}\n',
    'package-lock.json': '{\n  "name": "orders-api",\n  "lockfileVersion": 3,\n  "packages": {}\n}\n',
    'server.js': "require('node:http').createServer((req, res) => res.end('ok')).listen(8080);\n",
  },
};
