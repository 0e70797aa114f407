import type { Exercise, GoalContext, GoalResult } from '../../../../../src/checker/grading/exercise';
import type { RuntimeModel } from '../../../../../src/checker/run/model';
import starter from './starter.yaml?raw';
import solution from './solution.yaml?raw';

/** What the checks say, by id; exercise.zh-cn.ts words the same ids. */
export const MESSAGES = {
  noService: 'compose.yaml no longer defines the `web` service under `services:`.',
  usernsHost: '`userns_mode: {{mode}}` takes the service out of the daemon\'s remapping, so root in it is the host\'s root again, the one container that most needs the remapping.',
  usernsFix: 'Delete `userns_mode: {{mode}}`.',
  remapped: 'The daemon\'s user namespace remapping applies to the service.',
  privileged: '`privileged: true` gives the service every capability and every host device; a remapped daemon refuses it, and the opt-out that gets it accepted makes it the host\'s root.',
  privilegedFix: 'Delete `privileged: true`.',
  notPrivileged: 'Not privileged.',
  hostNetwork: '`network_mode: host` puts the service in the host\'s network namespace, which a remapped daemon refuses for a remapped container, and which a web server does not need.',
  hostNetworkFix: 'Delete `network_mode: host` and publish the port instead: `ports: ["127.0.0.1:8080:8080"]`.',
  ownNetwork: 'The service has a network namespace of its own.',
  notPublished: 'The web server listens on 8080 in the container, and without the host network nothing publishes that port, so the host cannot reach it.',
  publishFix: 'Publish it on loopback: `ports: ["127.0.0.1:8080:8080"]`.',
  published: 'Port 8080 is published on the host as {{address}}.',
} as const;

type MessageId = keyof typeof MESSAGES;

const id = (pass: boolean, messageId: MessageId, extra: Omit<GoalResult, 'pass' | 'messageId'> & { fixId?: MessageId } = {}): GoalResult => ({ pass, messageId, ...extra });

function web(ctx: GoalContext): RuntimeModel | undefined {
  return ctx.compose().services[0]?.runtime;
}

function withWeb(ctx: GoalContext, check: (runtime: RuntimeModel) => GoalResult): GoalResult {
  const runtime = web(ctx);
  return runtime ? check(runtime) : id(false, 'noService');
}

export const exercise: Exercise = {
  id: 'user-namespaces/no-userns-host',
  lesson: 'user-namespaces',
  title: 'Let the daemon\'s remapping apply to a web service',
  task:
    'The host\'s daemon was switched to `userns-remap`, the web service stopped starting, and someone added ' +
    '`userns_mode: host`, `privileged: true` and `network_mode: host` until it started again. A web server on port 8080 needs none ' +
    'of them. Remove all three so the service runs remapped, and publish port 8080 on 127.0.0.1 so the host can still reach it.',
  files: [{ name: 'compose.yaml', kind: 'compose', starter, solution }],
  rules: ['host-userns', 'privileged', 'host-network', 'host-pid', 'port-on-all-interfaces', 'dangerous-capability'],
  goals: [
    {
      id: 'remapped',
      title: 'The service is not taken out of the remapping',
      why: 'userns_mode: host gives the container the host\'s user namespace: root inside is the host\'s root.',
      rules: ['host-userns'],
      messages: MESSAGES,
      check: (ctx) => withWeb(ctx, (runtime) => {
        const mode = runtime.usernsMode;
        return mode && mode.value === 'host'
          ? id(false, 'usernsHost', { fixId: 'usernsFix', data: { mode: mode.value }, line: mode.span.line })
          : id(true, 'remapped');
      }),
    },
    {
      id: 'not-privileged',
      title: 'The service is not privileged',
      why: 'Privileged mode gives every capability and every host device, and needs the host user namespace on a remapped daemon.',
      rules: ['privileged'],
      messages: MESSAGES,
      check: (ctx) => withWeb(ctx, (runtime) => (runtime.privileged?.value
        ? id(false, 'privileged', { fixId: 'privilegedFix', line: runtime.privileged.span.line })
        : id(true, 'notPrivileged'))),
    },
    {
      id: 'own-network',
      title: 'The service does not use the host network',
      why: 'The host network removes network isolation, and a remapped container may not join it.',
      rules: ['host-network'],
      messages: MESSAGES,
      check: (ctx) => withWeb(ctx, (runtime) => (runtime.networkMode?.value === 'host'
        ? id(false, 'hostNetwork', { fixId: 'hostNetworkFix', line: runtime.networkMode.span.line })
        : id(true, 'ownNetwork'))),
    },
    {
      id: 'port-published',
      title: 'Port 8080 is still reachable from the host',
      why: 'The service must keep working: the host reaches it on port 8080.',
      rules: ['port-on-all-interfaces'],
      messages: MESSAGES,
      check: (ctx) => withWeb(ctx, (runtime) => {
        if (runtime.networkMode?.value === 'host') return id(true, 'published', { data: { address: '0.0.0.0:8080' } });
        const port = runtime.ports.find((p) => p.containerPort.split('/')[0] === '8080' && p.hostPort === '8080');
        return port
          ? id(true, 'published', { data: { address: `${port.hostIp ?? '0.0.0.0'}:8080` } })
          : id(false, 'notPublished', { fixId: 'publishFix', line: compose(ctx) });
      }),
    },
  ],
  run: {
    title: 'On a remapped daemon, docker compose up starts the web service',
    why: 'This turns on userns-remap in the terminal\'s daemon, as on the team\'s host, and then starts compose.yaml there: a service the remapped daemon refuses is not a fix.',
    passed: 'With userns-remap on, docker compose up -d starts the web service, it stays up, and it answers on 127.0.0.1:8080.',
    steps: [
      { command: 'echo \'{"userns-remap": "default"}\' | sudo tee /etc/docker/daemon.json' },
      { command: 'sudo systemctl restart docker' },
      { command: 'docker compose up -d' },
      { command: 'docker compose ps', output: 'Up ', explain: 'docker compose logs' },
      { command: 'curl -s http://127.0.0.1:8080/', explain: 'docker compose ps' },
    ],
  },
  hints: [
    'Each of the three lines was added to get past one refusal of the remapped daemon. What does a web server on port 8080 actually need from the host?',
    'A remapped daemon refuses privileged mode and the host network unless the container opts out of the remapping; without those two, the opt-out has no reason left.',
    'Delete `userns_mode: host`, `privileged: true` and `network_mode: host`, and add `ports: ["127.0.0.1:8080:8080"]`.',
  ],
  demo: [
    'echo \'{"userns-remap": "default"}\' | sudo tee /etc/docker/daemon.json',
    'sudo systemctl restart docker',
    'docker run --rm --privileged example/web:1.4 id',
    'docker run --rm example/web:1.4 cat /proc/self/uid_map',
  ],
};

/** The line of the service's name, where a missing setting is reported. */
function compose(ctx: GoalContext): number | undefined {
  return ctx.compose().services[0]?.span.line;
}
