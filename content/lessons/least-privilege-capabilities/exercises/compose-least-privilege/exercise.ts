import type { Exercise } from '../../../../../src/checker/grading/exercise';
import { COMPOSE_WORDING, firstComposeService, leastPrivilegeGoals } from '../runtime-goals';
import starter from './starter.yaml?raw';
import solution from './solution.yaml?raw';

export const exercise: Exercise = {
  id: 'least-privilege-capabilities/compose-least-privilege',
  lesson: 'least-privilege-capabilities',
  title: 'The same hardening in Compose',
  task:
    'The same web service, now defined in `compose.yaml`: it runs as a non-root user on port 8080 and writes temporary ' +
    'files to `/tmp`. Give the service no capabilities it does not need, block privilege escalation, and make its root ' +
    'filesystem read-only with a writable `/tmp`.',
  files: [{ name: 'compose.yaml', kind: 'compose', starter, solution }],
  rules: ['dangerous-capability', 'no-cap-drop', 'no-new-privileges-missing', 'privileged', 'run-as-root-user', 'seccomp-unconfined', 'apparmor-unconfined'],
  goals: leastPrivilegeGoals(firstComposeService, COMPOSE_WORDING),
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
    'Each `docker run` flag has a Compose key: `cap_drop`, `cap_add`, `security_opt`, `read_only` and `tmpfs`.',
    'Replace `cap_add: [SYS_ADMIN]` with `cap_drop: [ALL]`; the service needs nothing added back on port 8080.',
    'Add `cap_drop: [ALL]`, `security_opt: [no-new-privileges:true]`, `read_only: true` and `tmpfs: [/tmp]` under `web:`, and remove `cap_add`.',
  ],
};
