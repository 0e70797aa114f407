import type { Exercise, GoalResult } from '../../../../../src/checker/grading/exercise';
import type { ImageModel } from '../../../../../src/checker/dockerfile/model';
import { numericNonRootGoal } from '../../../run-as-non-root/exercises/final-user';
import starter from './starter.Dockerfile?raw';
import solution from './solution.Dockerfile?raw';

const EXEC_FIX = 'Write the command as a JSON array: `CMD ["/server", "--port", "8080"]`.';

/** The argv the container starts with: exec-form ENTRYPOINT followed by exec-form CMD. */
function startsServerDirectly(image: ImageModel): GoalResult {
  const final = image.final;
  if (!final) return { pass: false, message: 'The Dockerfile has no FROM yet.' };
  const parts = [final.entrypoint, final.cmd].filter((spec) => spec !== null);
  const shellForm = parts.find((spec) => spec.form === 'shell');
  if (shellForm) {
    return {
      pass: false,
      line: shellForm.line,
      message: 'This command is in shell form, so Docker runs it as `/bin/sh -c "…"`, and distroless has no /bin/sh: the container cannot start.',
      fix: EXEC_FIX,
    };
  }
  const argv = parts.flatMap((spec) => spec.args);
  if (argv.length === 0) return { pass: false, line: final.line, message: 'The final stage has no CMD or ENTRYPOINT any more, so the container has nothing to start.', fix: EXEC_FIX };
  const port = argv.slice(1).join(' ');
  if (argv[0] !== '/server' || !(port === '--port 8080' || port === '--port=8080')) {
    return {
      pass: false,
      line: parts[0]?.line ?? final.line,
      message: `The container starts \`${argv.join(' ')}\`, not \`/server --port 8080\`, which the task asks to keep.`,
      fix: EXEC_FIX,
    };
  }
  return { pass: true, message: `The container runs ${argv.join(' ')} directly, without a shell.` };
}

function namedTag(image: ImageModel): GoalResult {
  const base = image.final?.base;
  if (!base) return { pass: false, message: 'The Dockerfile has no FROM yet.' };
  if (base.kind !== 'image' || base.digest) return { pass: true, message: `The final stage names exactly what it starts from: ${base.resolved}.` };
  if (base.tag === null || base.tag === 'latest') {
    return {
      pass: false,
      line: base.line,
      message: `\`${base.resolved}\` ${base.tag === null ? 'has no tag, so it means :latest' : 'follows :latest'}: whatever is pushed there next is what you ship, and the plain tag runs as root.`,
      fix: 'Name the variant that runs as a non-root user: `FROM gcr.io/distroless/static-debian13:nonroot` (add `@sha256:…` to pin it for good).',
    };
  }
  return { pass: true, message: `The final stage names its tag, ${base.tag}.` };
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
      rules: ['shell-form-without-shell'],
      check: (ctx) => startsServerDirectly(ctx.image()),
    },
    {
      id: 'still-minimal',
      title: 'The final image still has no shell',
      why: 'Going back to a base with a shell would bring back the tools an attacker wants.',
      check(ctx) {
        const final = ctx.image().final;
        if (!final) return { pass: false, message: 'The Dockerfile has no FROM yet.' };
        if (final.hasShell === false) return { pass: true, message: `${final.base.resolved || 'The final base'} has no shell.` };
        const fix = 'Keep a distroless base without a shell, such as `gcr.io/distroless/static-debian13:nonroot`, and change the command instead.';
        return final.hasShell === null
          ? { pass: false, line: final.line, message: `The course does not know \`${final.base.resolved}\`, so it cannot tell whether the image has a shell.`, fix }
          : { pass: false, line: final.line, message: `\`${final.base.resolved}\` has a shell, and with it the tools an attacker wants; the point was to start the program without one.`, fix };
      },
    },
    {
      id: 'named-tag',
      title: 'The distroless tag is named, not left to latest',
      why: 'An untagged image is :latest, which the publisher moves; the plain distroless tag also runs as root.',
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
