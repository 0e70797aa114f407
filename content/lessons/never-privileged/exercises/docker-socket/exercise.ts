import type { Exercise, GoalContext } from '../../../../../src/checker/grading/exercise';
import type { ComposeService } from '../../../../../src/checker/compose/model';
import starter from './starter.yaml?raw';
import solution from './solution.yaml?raw';

const RUNTIME_SOCKET = /(^|\/)(docker|containerd|crio|podman)\.sock$/;

function dashboard(ctx: GoalContext): ComposeService | undefined {
  return ctx.compose().services[0];
}

const noService = { pass: false, message: 'compose.yaml no longer defines the `dashboard` service under `services:`.' };

export const exercise: Exercise = {
  id: 'never-privileged/docker-socket',
  lesson: 'never-privileged',
  title: 'Take the Docker socket and privileged mode away from a dashboard',
  task:
    'The dashboard only renders the files in `./dashboards`, but someone gave it `privileged: true` and ' +
    'the host\'s Docker socket "to see the containers". Remove both, keep the read-only dashboards mount, ' +
    'and drop the capabilities it does not need.',
  files: [{ name: 'compose.yaml', kind: 'compose', starter, solution }],
  rules: ['privileged', 'docker-socket-mount', 'sensitive-host-mount', 'dangerous-capability', 'seccomp-unconfined', 'apparmor-unconfined'],
  goals: [
    {
      id: 'no-runtime-socket',
      title: 'No container runtime socket is mounted',
      why: 'Whoever can talk to the Docker socket can start a privileged container with the host\'s / inside: it is root on the host.',
      rules: ['docker-socket-mount'],
      check(ctx) {
        const service = dashboard(ctx);
        if (!service) return noService;
        const socket = service.runtime.mounts.find((m) => RUNTIME_SOCKET.test(m.source ?? '') || RUNTIME_SOCKET.test(m.target));
        return socket
          ? {
            pass: false,
            message: `The dashboard gets ${socket.source ?? socket.target}, and whoever controls it can start a privileged container with the host's / inside. \`:ro\` would not help: the API still accepts every command.`,
            fix: `Delete the \`${socket.source ?? socket.target}\` volume line.`,
            line: socket.span.line,
          }
          : { pass: true, message: 'No runtime socket reaches the container.' };
      },
    },
    {
      id: 'not-privileged',
      title: 'The service is not privileged',
      why: 'Privileged mode gives every capability and every host device.',
      rules: ['privileged'],
      check(ctx) {
        const service = dashboard(ctx);
        if (!service) return noService;
        const privileged = service.runtime.privileged;
        return privileged?.value
          ? { pass: false, message: '`privileged: true` gives the dashboard every capability and every host device, for a job that only reads files.', fix: 'Delete `privileged: true`.', line: privileged.span.line }
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
        const mount = service.runtime.mounts.find((m) => m.target.replace(/\/+$/, '') === '/etc/dashboard');
        if (!mount) return { pass: false, message: 'The dashboard reads its files from /etc/dashboard, and nothing is mounted there any more.', fix: 'Keep `./dashboards:/etc/dashboard:ro` under `volumes:`.', line: service.span.line };
        return mount.readOnly
          ? { pass: true, message: 'Dashboards mounted read-only.' }
          : { pass: false, message: 'The dashboards are mounted writable, though the service only ever reads them.', fix: 'Add `:ro` to the mount.', line: mount.span.line };
      },
    },
    {
      id: 'capabilities-dropped',
      title: 'All capabilities are dropped',
      why: 'Rendering files and serving HTTP on port 3000 needs no capability.',
      rules: ['dangerous-capability'],
      check(ctx) {
        const service = dashboard(ctx);
        if (!service) return noService;
        const caps = service.runtime.capabilities;
        return caps.length === 0
          ? { pass: true, message: 'No capabilities left.' }
          : { pass: false, message: `The service still has ${caps.length === 1 ? 'one capability' : `${caps.length} capabilities`}, and rendering files and serving HTTP on port 3000 needs none.`, fix: 'Add `cap_drop: [ALL]` to the service.', line: service.span.line };
      },
    },
  ],
  run: {
    title: 'docker compose up starts the dashboard and it keeps running',
    why: 'This is what the terminal does with compose.yaml; a dashboard that cannot start without the socket would not be a fix.',
    passed: 'docker compose up -d starts the dashboard and docker compose ps shows it up.',
    steps: [
      { command: 'docker compose up -d' },
      { command: 'docker compose ps', output: 'Up ', explain: 'docker compose logs' },
    ],
  },
  hints: [
    'Look at what the dashboard does: it reads files and serves a web page. Which settings go far beyond that?',
    'A mounted Docker socket is root-equivalent even with `:ro`. Both the socket volume and `privileged` have to go.',
    'Delete `privileged: true` and the `/var/run/docker.sock` line, then add `cap_drop:` with `- ALL`.',
  ],
  context: {
    'dashboards/containers.json': '{\n  "title": "Containers",\n  "panels": [{ "type": "table", "query": "containers" }]\n}\n',
  },
  demo: [
    'docker run --rm -v /var/run/docker.sock:/var/run/docker.sock alpine:3.24 ls -l /var/run/docker.sock',
    'docker run --rm --privileged alpine:3.24 fdisk -l',
  ],
};
