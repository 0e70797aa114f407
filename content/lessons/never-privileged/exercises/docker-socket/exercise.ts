import type { Exercise, GoalContext } from '../../../../../src/checker/grading/exercise';
import type { ComposeService } from '../../../../../src/checker/compose/model';
import starter from './starter.yaml?raw';
import solution from './solution.yaml?raw';

const RUNTIME_SOCKET = /(^|\/)(docker|containerd|crio|podman)\.sock$/;

function dashboard(ctx: GoalContext): ComposeService | undefined {
  return ctx.compose().services[0];
}

const noService = { pass: false, message: 'compose.yaml needs the `dashboard` service under `services:`.' };

export const exercise: Exercise = {
  id: 'never-privileged/docker-socket',
  lesson: 'never-privileged',
  title: 'Take the Docker socket and privileged mode away from a dashboard',
  task:
    'The dashboard only renders the files in `./dashboards`, but someone gave it `privileged: true` and ' +
    'the host\'s Docker socket "to see the containers". Remove both, keep the read-only dashboards mount, ' +
    'and drop the capabilities it does not need.',
  files: [{ name: 'compose.yaml', kind: 'compose', starter, solution }],
  rules: ['privileged', 'docker-socket-mount', 'sensitive-host-mount', 'dangerous-capability'],
  goals: [
    {
      id: 'no-runtime-socket',
      title: 'No container runtime socket is mounted',
      why: 'Whoever can talk to the Docker socket can start a privileged container with the host\'s / inside: it is root on the host.',
      check(ctx) {
        const service = dashboard(ctx);
        if (!service) return noService;
        const socket = service.runtime.mounts.find((m) => RUNTIME_SOCKET.test(m.source ?? '') || RUNTIME_SOCKET.test(m.target));
        return socket
          ? { pass: false, message: `Remove the mount of ${socket.source ?? socket.target}; a read-only flag would not help, the API still accepts commands.`, line: socket.span.line }
          : { pass: true, message: 'No runtime socket reaches the container.' };
      },
    },
    {
      id: 'not-privileged',
      title: 'The service is not privileged',
      why: 'Privileged mode gives every capability and every host device.',
      check(ctx) {
        const service = dashboard(ctx);
        if (!service) return noService;
        const privileged = service.runtime.privileged;
        return privileged?.value
          ? { pass: false, message: 'Delete `privileged: true`.', line: privileged.span.line }
          : { pass: true, message: 'Not privileged.' };
      },
    },
    {
      id: 'dashboards-still-mounted',
      title: 'The dashboards are still mounted read-only',
      why: 'Hardening must not break the service: it renders the files in ./dashboards.',
      check(ctx) {
        const service = dashboard(ctx);
        if (!service) return noService;
        const mount = service.runtime.mounts.find((m) => m.target === '/etc/dashboard');
        if (!mount) return { pass: false, message: 'Keep `./dashboards:/etc/dashboard:ro`: the dashboard reads its files from there.', line: service.span.line };
        return mount.readOnly
          ? { pass: true, message: 'Dashboards mounted read-only.' }
          : { pass: false, message: 'Mount the dashboards read-only with `:ro`; the service never writes to them.', line: mount.span.line };
      },
    },
    {
      id: 'capabilities-dropped',
      title: 'All capabilities are dropped',
      why: 'Rendering files and serving HTTP on port 3000 needs no capability.',
      check(ctx) {
        const service = dashboard(ctx);
        if (!service) return noService;
        return service.runtime.capabilities.length === 0
          ? { pass: true, message: 'No capabilities left.' }
          : { pass: false, message: 'Add `cap_drop: [ALL]` to the service.', line: service.span.line };
      },
    },
  ],
  hints: [
    'Look at what the dashboard does: it reads files and serves a web page. Which settings go far beyond that?',
    'A mounted Docker socket is root-equivalent even with `:ro`. Both the socket volume and `privileged` have to go.',
    'Delete `privileged: true` and the `/var/run/docker.sock` line, then add `cap_drop:` with `- ALL`.',
  ],
  demo: [
    'docker run --rm -v /var/run/docker.sock:/var/run/docker.sock alpine:3.24 ls -l /var/run/docker.sock',
    'docker run --rm --privileged alpine:3.24 fdisk -l',
  ],
};
