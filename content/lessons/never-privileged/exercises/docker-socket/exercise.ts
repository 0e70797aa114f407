import type { Exercise, GoalContext } from '../../../../../src/checker/grading/exercise';
import type { ComposeService } from '../../../../../src/checker/compose/model';
import { sayFrom } from '../../../../../src/checker/grading/goal-messages';
import starter from './starter.yaml?raw';
import solution from './solution.yaml?raw';

const RUNTIME_SOCKET = /(^|\/)(docker|containerd|crio|podman)\.sock$/;

function dashboard(ctx: GoalContext): ComposeService | undefined {
  return ctx.compose().services[0];
}

/** What the goals say, by id; exercise.zh-cn.ts words the same ids. */
export const MESSAGES = {
  noService: 'compose.yaml no longer defines the `dashboard` service under `services:`.',
  socket: "The dashboard gets {{socket}}, and whoever controls it can start a privileged container with the host's / inside. `:ro` would not help: the API still accepts every command.",
  fixSocket: 'Delete the `{{socket}}` volume line.',
  noSocket: 'No runtime socket reaches the container.',
  privileged: '`privileged: true` gives the dashboard every capability and every host device, for a job that only reads files.',
  fixPrivileged: 'Delete `privileged: true`.',
  notPrivileged: 'Not privileged.',
  dashboardsMissing: 'The dashboard reads its files from /etc/dashboard, and nothing is mounted there any more.',
  fixDashboardsMissing: 'Keep `./dashboards:/etc/dashboard:ro` under `volumes:`.',
  dashboardsReadOnly: 'Dashboards mounted read-only.',
  dashboardsWritable: 'The dashboards are mounted writable, though the service only ever reads them.',
  fixDashboardsWritable: 'Add `:ro` to the mount.',
  noCapabilities: 'No capabilities left.',
  oneCapability: 'The service still has one capability, and rendering files and serving HTTP on port 3000 needs none.',
  capabilities: 'The service still has {{count}} capabilities, and rendering files and serving HTTP on port 3000 needs none.',
  fixDropAll: 'Add `cap_drop: [ALL]` to the service.',
} as const;

const say = sayFrom(MESSAGES);
const noService = say.fail('noService');

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
      messages: MESSAGES,
      rules: ['docker-socket-mount'],
      check(ctx) {
        const service = dashboard(ctx);
        if (!service) return noService;
        const socket = service.runtime.mounts.find((m) => RUNTIME_SOCKET.test(m.source ?? '') || RUNTIME_SOCKET.test(m.target));
        return socket
          ? say.fail('socket', { fix: 'fixSocket', data: { socket: socket.source ?? socket.target }, line: socket.span.line })
          : say.pass('noSocket');
      },
    },
    {
      id: 'not-privileged',
      title: 'The service is not privileged',
      why: 'Privileged mode gives every capability and every host device.',
      messages: MESSAGES,
      rules: ['privileged'],
      check(ctx) {
        const service = dashboard(ctx);
        if (!service) return noService;
        const privileged = service.runtime.privileged;
        return privileged?.value
          ? say.fail('privileged', { fix: 'fixPrivileged', line: privileged.span.line })
          : say.pass('notPrivileged');
      },
    },
    {
      id: 'dashboards-still-mounted',
      title: 'The dashboards are still mounted read-only',
      why: 'Hardening must not break the service: it renders the files in ./dashboards.',
      messages: MESSAGES,
      check(ctx) {
        const service = dashboard(ctx);
        if (!service) return noService;
        const mount = service.runtime.mounts.find((m) => m.target.replace(/\/+$/, '') === '/etc/dashboard');
        if (!mount) return say.fail('dashboardsMissing', { fix: 'fixDashboardsMissing', line: service.span.line });
        return mount.readOnly ? say.pass('dashboardsReadOnly') : say.fail('dashboardsWritable', { fix: 'fixDashboardsWritable', line: mount.span.line });
      },
    },
    {
      id: 'capabilities-dropped',
      title: 'All capabilities are dropped',
      why: 'Rendering files and serving HTTP on port 3000 needs no capability.',
      messages: MESSAGES,
      rules: ['dangerous-capability'],
      check(ctx) {
        const service = dashboard(ctx);
        if (!service) return noService;
        const caps = service.runtime.capabilities;
        return caps.length === 0
          ? say.pass('noCapabilities')
          : say.fail(caps.length === 1 ? 'oneCapability' : 'capabilities', { fix: 'fixDropAll', data: { count: caps.length }, line: service.span.line });
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
