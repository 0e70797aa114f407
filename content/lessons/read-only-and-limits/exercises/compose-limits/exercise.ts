import type { Exercise } from '../../../../../src/checker/grading/exercise';
import { COMPOSE_SPELLING, firstComposeService, limitGoals } from '../limit-goals';
import starter from './starter.yaml?raw';
import solution from './solution.yaml?raw';

export const exercise: Exercise = {
  id: 'read-only-and-limits/compose-limits',
  lesson: 'read-only-and-limits',
  title: 'The same limits in Compose',
  task:
    'The same web service, in `compose.yaml`. Give it a read-only root filesystem with a writable `/tmp`, a memory ' +
    'limit and a process limit, and a restart policy that gives up after a few failures. `docker compose up` must still start it.',
  files: [{ name: 'compose.yaml', kind: 'compose', starter, solution }],
  rules: ['writable-root-filesystem', 'no-memory-limit', 'no-pids-limit', 'privileged', 'run-as-root-user', 'dangerous-capability'],
  goals: limitGoals(firstComposeService, COMPOSE_SPELLING),
  run: {
    title: 'docker compose up starts the web service and it keeps running',
    why: 'This is what the terminal does with compose.yaml; a service that cannot start, or stops, with these settings is not a fix.',
    passed: 'docker compose up -d starts the web service and docker compose ps shows it up.',
    steps: [
      { command: 'docker compose up -d' },
      { command: 'docker compose ps', output: 'Up ', explain: 'docker compose logs' },
    ],
  },
  hints: [
    'The Compose keys are named after the flags: `read_only`, `tmpfs`, `mem_limit`, `pids_limit` and `restart`.',
    '`deploy.resources.limits` (`memory`, `pids`) works too. `restart: always` never gives up; `on-failure` takes a maximum.',
    'Under `web:`, add `read_only: true`, `tmpfs: [/tmp]`, `mem_limit: 256m` and `pids_limit: 200`, and change `restart` to `on-failure:5`.',
  ],
  demo: ['docker compose up -d', 'docker exec learner-web-1 touch /etc/x', 'docker stats --no-stream'],
};
