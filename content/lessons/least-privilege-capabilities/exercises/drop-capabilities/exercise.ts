import type { Exercise } from '../../../../../src/checker/grading/exercise';
import { RUN_WORDING, firstRunCommand, leastPrivilegeGoals } from '../runtime-goals';
import starter from './starter.sh?raw';
import solution from './solution.sh?raw';

export const exercise: Exercise = {
  id: 'least-privilege-capabilities/drop-capabilities',
  lesson: 'least-privilege-capabilities',
  title: 'Start a container with the least privilege',
  task:
    'This web service runs as a non-root user on port 8080 and writes temporary files to `/tmp`. It was started with ' +
    '`SYS_ADMIN` and all of Docker\'s defaults. Rewrite the `docker run` line so it keeps no capability it does not need, ' +
    'cannot gain privileges, and has a read-only root filesystem with a writable `/tmp`.',
  files: [{ name: 'run.sh', kind: 'run', starter, solution }],
  rules: ['dangerous-capability', 'no-cap-drop', 'no-new-privileges-missing', 'privileged', 'run-as-root-user', 'seccomp-unconfined', 'apparmor-unconfined'],
  goals: leastPrivilegeGoals(firstRunCommand, RUN_WORDING),
  run: {
    title: 'run.sh starts the web service and it keeps running',
    why: 'This is what the terminal does with run.sh; a service that cannot start, or stops, with these settings is not a fix.',
    passed: 'sh run.sh starts the web container and it is still running.',
    steps: [
      { command: 'sh run.sh' },
      { command: "docker inspect -f '{{.State.Status}}' web", output: 'running', explain: 'docker logs web' },
    ],
  },
  hints: [
    'Adding one capability keeps the fourteen defaults too. Start from none and add back only what the service proves it needs.',
    'A non-root process listening on 8080 needs no capability at all. `--security-opt no-new-privileges` stops setuid binaries from raising privileges.',
    'Remove `--cap-add SYS_ADMIN` and add `--cap-drop ALL --security-opt no-new-privileges --read-only --tmpfs /tmp` before the image name.',
  ],
  demo: ['sh run.sh', 'docker exec web grep Cap /proc/self/status', 'capsh --decode=00000000a82425fb'],
};
