import type { Exercise, GoalResult } from '../../../../../src/checker/grading/exercise';
import type { ImageModel } from '../../../../../src/checker/dockerfile/model';
import { numericNonRootGoal } from '../../../run-as-non-root/exercises/final-user';
import { sayFrom } from '../../../../../src/checker/grading/goal-messages';
import starter from './starter.Dockerfile?raw';
import solution from './solution.Dockerfile?raw';

/** What the goals say, by id; exercise.zh-cn.ts words the same ids. */
export const MESSAGES = {
  noFrom: 'The Dockerfile has no FROM yet.',
  shellForm: 'This command is in shell form, so Docker runs it as `/bin/sh -c "…"`, and distroless has no /bin/sh: the container cannot start.',
  noCommand: 'The final stage has no CMD or ENTRYPOINT any more, so the container has nothing to start.',
  otherCommand: 'The container starts `{{argv}}`, not `/server --port 8080`, which the task asks to keep.',
  fixExecForm: 'Write the command as a JSON array: `CMD ["/server", "--port", "8080"]`.',
  direct: 'The container runs {{argv}} directly, without a shell.',
  noShell: '{{image}} has no shell.',
  unnamedNoShell: 'The final base has no shell.',
  unknownShell: 'The course does not know `{{image}}`, so it cannot tell whether the image has a shell.',
  hasShell: '`{{image}}` has a shell, and with it the tools an attacker wants; the point was to start the program without one.',
  fixNoShell: 'Keep a distroless base without a shell, such as `gcr.io/distroless/static-debian13:nonroot`, and change the command instead.',
  exactBase: 'The final stage names exactly what it starts from: {{image}}.',
  untagged: '`{{image}}` has no tag, so it means :latest: whatever is pushed there next is what you ship, and the plain tag runs as root.',
  latest: '`{{image}}` follows :latest: whatever is pushed there next is what you ship, and the plain tag runs as root.',
  fixTag: 'Name the variant that runs as a non-root user: `FROM gcr.io/distroless/static-debian13:nonroot` (add `@sha256:…` to pin it for good).',
  namedTag: 'The final stage names its tag, {{tag}}.',
} as const;

const say = sayFrom(MESSAGES);

/** The argv the container starts with: exec-form ENTRYPOINT followed by exec-form CMD. */
function startsServerDirectly(image: ImageModel): GoalResult {
  const final = image.final;
  if (!final) return say.fail('noFrom');
  const parts = [final.entrypoint, final.cmd].filter((spec) => spec !== null);
  const shellForm = parts.find((spec) => spec.form === 'shell');
  if (shellForm) {
    return say.fail('shellForm', { line: shellForm.line, fix: 'fixExecForm' });
  }
  const argv = parts.flatMap((spec) => spec.args);
  if (argv.length === 0) return say.fail('noCommand', { line: final.line, fix: 'fixExecForm' });
  const port = argv.slice(1).join(' ');
  if (argv[0] !== '/server' || !(port === '--port 8080' || port === '--port=8080')) {
    return say.fail('otherCommand', { line: parts[0]?.line ?? final.line, fix: 'fixExecForm', data: { argv: argv.join(' ') } });
  }
  return say.pass('direct', { argv: argv.join(' ') });
}

function namedTag(image: ImageModel): GoalResult {
  const base = image.final?.base;
  if (!base) return say.fail('noFrom');
  if (base.kind !== 'image' || base.digest) return say.pass('exactBase', { image: base.resolved });
  if (base.tag === null || base.tag === 'latest') {
    return say.fail(base.tag === null ? 'untagged' : 'latest', { line: base.line, fix: 'fixTag', data: { image: base.resolved } });
  }
  return say.pass('namedTag', { tag: base.tag });
}

export const exercise: Exercise = {
  id: 'minimal-base-images/distroless-entrypoint',
  lesson: 'minimal-base-images',
  title: 'Start a program in an image without a shell',
  task:
    'This Go service moved to a distroless image, and now the container will not start. Make it start `/server --port 8080` ' +
    'without a shell, and name a distroless tag instead of the implicit `latest`: the variant that runs as a non-root user. ' +
    'Keep the final image distroless. (`:nonroot` is still a moving tag; for reproducible builds you would add its digest.)',
  files: [{ name: 'Dockerfile', kind: 'dockerfile', starter, solution }],
  rules: ['shell-form-without-shell', 'runs-as-root', 'latest-or-untagged-base-image'],
  goals: [
    {
      id: 'exec-form',
      title: 'The server starts directly, without /bin/sh',
      why: 'Distroless images have no shell, so a shell-form command cannot start.',
      messages: MESSAGES,
      rules: ['shell-form-without-shell'],
      check: (ctx) => startsServerDirectly(ctx.image()),
    },
    {
      id: 'still-minimal',
      title: 'The final image still has no shell',
      why: 'Going back to a base with a shell would bring back the tools an attacker wants.',
      messages: MESSAGES,
      check(ctx) {
        const final = ctx.image().final;
        if (!final) return say.fail('noFrom');
        const data = { image: final.base.resolved };
        if (final.hasShell === false) return data.image ? say.pass('noShell', data) : say.pass('unnamedNoShell');
        return say.fail(final.hasShell === null ? 'unknownShell' : 'hasShell', { line: final.line, fix: 'fixNoShell', data });
      },
    },
    {
      id: 'named-tag',
      title: 'The distroless tag is named, not left to latest',
      why: 'An untagged image is :latest, which the publisher moves; the plain distroless tag also runs as root.',
      messages: MESSAGES,
      rules: ['latest-or-untagged-base-image'],
      check: (ctx) => namedTag(ctx.image()),
    },
    numericNonRootGoal,
  ],
  run: {
    title: 'The image builds and the server starts',
    why: 'This is what the terminal does with your Dockerfile; a container that cannot start there fails here.',
    passed: 'docker build succeeds, and the container starts /server without a shell and keeps running.',
    steps: [
      { command: 'docker build -t app .' },
      { command: 'docker run -d --name app app' },
      { command: "docker inspect -f '{{.State.Status}}' app", output: 'running', explain: 'docker logs app' },
    ],
  },
  hints: [
    'A command written as plain text (shell form) is run as /bin/sh -c "...". Which file does distroless not have?',
    'The exec form is a JSON array of strings, one per argument. Distroless images have a tag that runs as UID 65532.',
    'Use `FROM gcr.io/distroless/static-debian13:nonroot` and `CMD ["/server", "--port", "8080"]`.',
  ],
  demo: ['docker build -t app .', 'docker run --rm app', 'docker images'],
  context: {
    'go.mod': 'module example.com/server\n\ngo 1.27\n',
    'main.go':
      'package main\n\nimport (\n\t"flag"\n\t"net/http"\n)\n\nfunc main() {\n\tport := flag.String("port", "8080", "port to listen on")\n\tflag.Parse()\n\thttp.ListenAndServe(":"+*port, nil)\n}\n',
  },
};
