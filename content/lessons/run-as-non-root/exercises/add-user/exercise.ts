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
    'numeric user and group. The UID does not have to exist in /etc/passwd.',
  files: [{ name: 'Dockerfile', kind: 'dockerfile', starter, solution }],
  rules: ['runs-as-root', 'user-not-numeric'],
  goals: [numericNonRootGoal],
  hints: [
    'Without a USER instruction, the container runs as the base image\'s user, which is root for alpine.',
    'A USER instruction in the final stage sets the user for CMD and ENTRYPOINT. Numbers work even when no such user exists.',
    'Add the line `USER 10001:10001` after FROM, for example just before CMD.',
  ],
  demo: ['docker build -t app .', 'docker run --rm app id'],
  context: {
    server: '#!/bin/sh\necho "listening on :8080"\n',
  },
};
