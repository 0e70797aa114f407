import type { Exercise } from '../../../../../src/checker/grading/exercise';
import type { FileAdd, ImageModel } from '../../../../../src/checker/dockerfile/model';
import starter from './starter.Dockerfile?raw';
import solution from './solution.Dockerfile?raw';

const SECRET_FILE = '.npmrc';

/** Turns a COPY source pattern into a test on context paths; Docker's globs do not treat dotfiles specially. */
function sourceMatches(source: string, path: string): boolean {
  const cleaned = source.replace(/^\.\//, '').replace(/\/+$/, '');
  if (cleaned === '' || cleaned === '.' || cleaned === '/') return true;
  const pattern = cleaned
    .split('')
    .map((ch) => (ch === '*' ? '[^/]*' : ch === '?' ? '[^/]' : /[.+^${}()|[\]\\]/.test(ch) ? `\\${ch}` : ch))
    .join('');
  // A directory source copies everything below it, so a match on any parent counts.
  return new RegExp(`^${pattern}(/.*)?$`).test(path);
}

function contextCopyOf(image: ImageModel, path: string): FileAdd | undefined {
  return image.stages
    .flatMap((stage) => stage.adds)
    .find((add) => add.from === null && add.sources.some((source) => sourceMatches(source, path)));
}

export const exercise: Exercise = {
  id: 'images-and-containers/secret-in-layer',
  lesson: 'images-and-containers',
  title: 'Get the registry token out of the image',
  task:
    'The build needs the token in `.npmrc` to install private packages, and the `rm` makes it look as if the file is gone. ' +
    'It is not: `COPY . .` stored it in a layer. Copy only the files the build needs and give `npm ci` the token through ' +
    'a BuildKit secret mount (`RUN --mount=type=secret,...`) instead.',
  files: [{ name: 'Dockerfile', kind: 'dockerfile', starter, solution }],
  rules: ['secret-file-in-layer'],
  goals: [
    {
      id: 'token-not-copied',
      title: '.npmrc is not copied into any layer',
      why: 'A file copied into a layer stays in the image even when a later instruction deletes it.',
      check(ctx) {
        const add = contextCopyOf(ctx.image(), SECRET_FILE);
        if (!add) return { pass: true, message: 'No COPY or ADD picks up .npmrc.' };
        return {
          pass: false,
          line: add.line,
          message: `This ${add.instruction} includes .npmrc from the build context. Copy package.json, package-lock.json and server.js by name instead.`,
        };
      },
    },
    {
      id: 'token-mounted',
      title: 'npm ci gets the token from a secret mount',
      why: 'A secret mount exists only while one RUN executes and is never written to a layer.',
      check(ctx) {
        const npmRuns = ctx.image().stages.flatMap((stage) => stage.runs).filter((run) => run.commands.some((c) => c.program === 'npm'));
        const first = npmRuns[0];
        if (!first) return { pass: false, message: 'The image still needs its dependencies: keep a RUN that calls npm ci.' };
        if (npmRuns.some((run) => run.mounts.some((mount) => mount.type === 'secret'))) {
          return { pass: true, message: 'npm reads the token from a secret mount.' };
        }
        return {
          pass: false,
          line: first.line,
          message: 'Give the RUN that calls npm a secret mount (type secret, id npmrc, target /app/.npmrc), so the token is there only during that step.',
        };
      },
    },
  ],
  hints: [
    'Deleting a file in a later instruction hides it from the container but leaves it in the layer that added it.',
    'Replace `COPY . .` with COPY lines that name package.json, package-lock.json and server.js; copy server.js after npm ci so code changes keep the dependency layer cached.',
    'Write the install step as `RUN --mount=type=secret,id=npmrc,target=/app/.npmrc npm ci --omit=dev` and drop the `rm`. The token is passed at build time with `docker build --secret id=npmrc,src=$HOME/.npmrc .`.',
  ],
  demo: ['docker build -t app .', 'docker history app'],
  context: {
    '.npmrc': '//npm.example.com/:_authToken=example-token-do-not-use\n@example:registry=https://npm.example.com/\n',
    'package.json': '{\n  "name": "orders-api",\n  "version": "1.0.0",\n  "dependencies": { "@example/auth": "2.1.0" }\n}\n',
    'package-lock.json': '{\n  "name": "orders-api",\n  "lockfileVersion": 3,\n  "packages": {}\n}\n',
    'server.js': "require('node:http').createServer((req, res) => res.end('ok')).listen(8080);\n",
  },
};
