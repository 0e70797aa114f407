import type { Exercise } from '../../../../../src/checker/grading/exercise';
import { firstRunCommand, limitGoals, RUN_SPELLING } from '../limit-goals';
import starter from './starter.sh?raw';
import solution from './solution.sh?raw';

export const exercise: Exercise = {
  id: 'read-only-and-limits/harden-run',
  lesson: 'read-only-and-limits',
  title: 'Read-only, with limits, and still running',
  task:
    'This web service runs as a non-root user on port 8080 and creates temporary files under `/tmp` when it starts. ' +
    'Change the `docker run` line so its root filesystem is read-only with a writable `/tmp` that cannot run programs, ' +
    'its memory and number of processes are limited, and it is not restarted for ever. The service must still start.',
  files: [{ name: 'run.sh', kind: 'run', starter, solution }],
  rules: ['writable-root-filesystem', 'no-memory-limit', 'no-pids-limit', 'privileged', 'run-as-root-user', 'dangerous-capability'],
  goals: limitGoals(firstRunCommand, RUN_SPELLING),
  run: {
    title: 'run.sh starts the web service and it keeps running',
    why: 'This is what the terminal does with run.sh; a service that cannot start, or stops, with these settings is not a fix.',
    passed: 'sh run.sh starts the web container and it is still running, read-only and within its limits.',
    steps: [
      { command: 'sh run.sh' },
      { command: "docker inspect -f '{{.State.Status}}' web", output: 'running', explain: 'docker logs web' },
    ],
  },
  hints: [
    'Each of the four problems has its own flag: one for the root filesystem, one for a writable /tmp, one for memory, one for processes. The restart policy takes a maximum count.',
    '`--ulimit nproc` is not the process limit you want: it counts per user across the host. `--tmpfs /tmp` is noexec unless you add `exec`.',
    'Add `--read-only --tmpfs /tmp --memory 256m --pids-limit 200` and replace `--restart always` with `--restart on-failure:5`.',
  ],
  demo: ['sh run.sh', 'docker exec web touch /etc/x', "docker inspect -f '{{.HostConfig.ReadonlyRootfs}} {{.HostConfig.Memory}} {{.HostConfig.PidsLimit}}' web", 'docker stats --no-stream web'],
};
