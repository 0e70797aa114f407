import type { Exercise } from '../../../../../src/checker/grading/exercise';
import type { ImageModel, KeyValue, RunStep } from '../../../../../src/checker/dockerfile/model';
import starter from './starter.Dockerfile?raw';
import solution from './solution.Dockerfile?raw';

const SECRET_NAME = /token|secret|passw|api_?key|credential|auth/i;

function secretDeclarations(image: ImageModel): { kind: 'ARG' | 'ENV'; entry: KeyValue }[] {
  const args = [...image.globalArgs, ...image.stages.flatMap((s) => s.args)].map((entry) => ({ kind: 'ARG' as const, entry }));
  const envs = image.stages.flatMap((s) => s.env).map((entry) => ({ kind: 'ENV' as const, entry }));
  return [...args, ...envs].filter(({ entry }) => SECRET_NAME.test(entry.name));
}

function installsPackages(run: RunStep): boolean {
  return run.commands.some((c) => c.program === 'npm' && ['ci', 'install', 'i'].includes(c.args[0] ?? ''));
}

export const exercise: Exercise = {
  id: 'build-secrets-and-supply-chain/secret-mount',
  lesson: 'build-secrets-and-supply-chain',
  title: 'Pass the npm token as a build secret',
  task:
    'The build needs an npm token to install private packages, and passes it as `ARG` and `ENV`, so anyone who pulls ' +
    'the image can read it. Remove both and give `npm ci` the token through a BuildKit secret mount of an `.npmrc` file ' +
    '(built with `docker build --secret id=npmrc,src=$HOME/.npmrc .`).',
  files: [{ name: 'Dockerfile', kind: 'dockerfile', starter, solution }],
  rules: ['secrets-in-env-or-arg', 'secret-file-in-layer', 'runs-as-root', 'latest-or-untagged-base-image'],
  goals: [
    {
      id: 'no-secret-variables',
      title: 'No credential in ARG or ENV',
      why: 'ENV is stored in the image config and ARG values show up in the image history.',
      check(ctx) {
        const found = secretDeclarations(ctx.image())[0];
        return found
          ? { pass: false, message: `Remove \`${found.kind} ${found.entry.name}\`: its value ends up in the image for anyone to read.`, line: found.entry.line }
          : { pass: true, message: 'No credential is declared as ARG or ENV.' };
      },
    },
    {
      id: 'install-uses-secret-mount',
      title: 'npm ci reads the token from a secret mount',
      why: 'A secret mount exists only while that RUN executes; it is never written to a layer or the history.',
      check(ctx) {
        const runs = ctx.image().stages.flatMap((s) => s.runs);
        const install = runs.find(installsPackages);
        if (!install) return { pass: false, message: 'Keep the `npm ci` step: the app still needs its dependencies.' };
        return install.mounts.some((m) => m.type === 'secret')
          ? { pass: true, message: 'npm ci gets its credentials from a secret mount.' }
          : { pass: false, message: 'Give the RUN that calls npm ci a secret mount: type secret, id npmrc, target /root/.npmrc.', line: install.line };
      },
    },
    {
      id: 'no-npmrc-in-layers',
      title: 'No .npmrc is written into the image',
      why: 'A file written in one step stays in that layer even if a later step deletes it.',
      check(ctx) {
        const image = ctx.image();
        for (const run of image.stages.flatMap((s) => s.runs)) {
          const writes = run.commands.some((c) => c.redirects.some((r) => /(^|\/)\.npmrc$/.test(r.target)));
          if (writes) return { pass: false, message: 'This RUN writes the token into `.npmrc`; let the secret mount provide the file instead.', line: run.line };
        }
        const copied = image.stages.flatMap((s) => s.adds).find((a) => a.sources.some((src) => /(^|\/)\.npmrc$/.test(src)));
        return copied
          ? { pass: false, message: 'Do not copy `.npmrc` into the image; mount it as a secret.', line: copied.line }
          : { pass: true, message: 'No .npmrc reaches a layer.' };
      },
    },
  ],
  hints: [
    'ARG and ENV are both visible to anyone holding the image (`docker history`, `docker inspect`). The token must never be one of them.',
    'BuildKit can mount a file for a single RUN: `RUN --mount=type=secret,id=ID,target=PATH command`. npm reads `/root/.npmrc` when it runs as root.',
    'Delete the `ARG` and `ENV` lines and use `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev`.',
  ],
  demo: ['docker build --build-arg NPM_TOKEN=npm_Xy7demo0token -t app .', 'docker history app', 'docker inspect app', 'docker run --rm app env'],
  context: {
    'package.json': '{\n  "name": "shop-api",\n  "version": "1.0.0",\n  "dependencies": { "@example/payments": "2.3.1" }\n}\n',
    'package-lock.json': '{\n  "name": "shop-api",\n  "lockfileVersion": 3\n}\n',
    'server.js': "require('http').createServer((req, res) => res.end('ok')).listen(8080);\n",
  },
};
