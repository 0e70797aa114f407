import type { Exercise } from '../../../../../src/checker/grading/exercise';
import { numericNonRootGoal } from '../final-user';
import starter from './starter.Dockerfile?raw';
import solution from './solution.Dockerfile?raw';

export const exercise: Exercise = {
  id: 'run-as-non-root/add-user',
  lesson: 'run-as-non-root',
  title: 'Stop running as root',
  task:
    'The `alpine` base image sets no user, so this server runs as root. Make the container run as an unprivileged, ' +
    'numeric user and group, written `UID:GID`. The UID does not have to exist in /etc/passwd.',
  files: [{ name: 'Dockerfile', kind: 'dockerfile', starter, solution }],
  rules: ['runs-as-root', 'user-not-numeric'],
  goals: [numericNonRootGoal],
  run: {
    title: 'The image builds and the server starts',
    why: 'This is what the terminal does with your Dockerfile; a build or start that fails there fails here.',
    passed: 'docker build succeeds and the server prints "listening on :8080".',
    steps: [
      { command: 'docker build -t app .' },
      { command: 'docker run --rm app', output: 'listening on :8080' },
    ],
  },
  hints: [
    'Without a USER instruction, the container runs as the base image\'s user, which is root for alpine.',
    'A USER instruction in the final stage sets the user for CMD and ENTRYPOINT. Numbers work even when no such user exists, but a user alone, without a group, runs in group 0.',
    'Add the line `USER 10001:10001` after FROM, for example just before CMD.',
  ],
  demo: ['docker build -t app .', 'docker run --rm app id'],
  context: {
    server: '#!/bin/sh\necho "listening on :8080"\n',
  },
};
