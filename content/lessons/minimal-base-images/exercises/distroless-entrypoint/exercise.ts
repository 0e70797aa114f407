import type { Exercise, GoalResult } from '../../../../../src/checker/grading/exercise';
import type { ImageModel } from '../../../../../src/checker/dockerfile/model';
import { numericNonRootGoal } from '../../../run-as-non-root/exercises/final-user';
import starter from './starter.Dockerfile?raw';
import solution from './solution.Dockerfile?raw';

/** The argv the container starts with: exec-form ENTRYPOINT followed by exec-form CMD. */
function startsServerDirectly(image: ImageModel): GoalResult {
  const final = image.final;
  if (!final) return { pass: false, message: 'The Dockerfile has no FROM yet.' };
  const parts = [final.entrypoint, final.cmd].filter((spec) => spec !== null);
  const shellForm = parts.find((spec) => spec.form === 'shell');
  if (shellForm) {
    return { pass: false, line: shellForm.line, message: 'This line is in shell form, which runs /bin/sh -c. Write it as a JSON array, for example CMD ["/server", "--port", "8080"].' };
  }
  const argv = parts.flatMap((spec) => spec.args);
  if (argv[0] !== '/server') {
    return { pass: false, line: parts[0]?.line ?? final.line, message: 'The container should still start /server (with --port 8080) as its first argument.' };
  }
  return { pass: true, message: `The container runs ${argv.join(' ')} without a shell.` };
}

export const exercise: Exercise = {
  id: 'minimal-base-images/distroless-entrypoint',
  lesson: 'minimal-base-images',
  title: 'Start a program in an image without a shell',
  task:
    'This Go service moved to a distroless image, and now the container will not start. Make it start `/server --port 8080` ' +
    'without a shell, and give the distroless image an explicit tag: the one that runs as a non-root user. Keep the final image distroless. ' +
    '(`:nonroot` is still a moving tag; for reproducible builds you would add its digest.)',
  files: [{ name: 'Dockerfile', kind: 'dockerfile', starter, solution }],
  rules: ['shell-form-without-shell', 'runs-as-root', 'latest-or-untagged-base-image'],
  goals: [
    {
      id: 'exec-form',
      title: 'The server starts directly, without /bin/sh',
      why: 'Distroless images have no shell, so a shell-form command cannot start.',
      check: (ctx) => startsServerDirectly(ctx.image()),
    },
    {
      id: 'still-minimal',
      title: 'The final image still has no shell',
      why: 'Going back to a base with a shell would bring back the tools an attacker wants.',
      check(ctx) {
        const final = ctx.image().final;
        if (!final) return { pass: false, message: 'The Dockerfile has no FROM yet.' };
        if (final.hasShell === false) return { pass: true, message: 'The final base has no shell.' };
        return { pass: false, line: final.line, message: 'Keep a distroless base without a shell (not a :debug tag) and fix the command instead.' };
      },
    },
    numericNonRootGoal,
  ],
  hints: [
    'A command written as plain text (shell form) is run as /bin/sh -c "...". Which file does distroless not have?',
    'The exec form is a JSON array of strings, one per argument. Distroless images have a tag that runs as UID 65532.',
    'Use `FROM gcr.io/distroless/static-debian13:nonroot` and `CMD ["/server", "--port", "8080"]`.',
  ],
  demo: ['docker build -t app .', 'docker run --rm app', 'docker images'],
  context: {
    'go.mod': 'module example.com/server\n\ngo 1.23\n',
    'main.go':
      'package main\n\nimport (\n\t"flag"\n\t"net/http"\n)\n\nfunc main() {\n\tport := flag.String("port", "8080", "port to listen on")\n\tflag.Parse()\n\thttp.ListenAndServe(":"+*port, nil)\n}\n',
  },
};
