import type { Exercise, GoalContext } from '../../../../../src/checker/grading/exercise';
import type { PortModel, RuntimeModel } from '../../../../../src/checker/run/model';
import { sayFrom } from '../../../../../src/checker/grading/goal-messages';
import starter from './starter.sh?raw';
import solution from './solution.sh?raw';

const APP_PORT = '8080';

function web(ctx: GoalContext): RuntimeModel | undefined {
  return ctx.run().commands[0]?.runtime;
}

function isLoopback(address: string | null): boolean {
  if (address === null) return false;
  const bare = address.replace(/^\[|\]$/g, '');
  return /^127(\.\d{1,3}){3}$/.test(bare) || bare === '::1' || bare === 'localhost';
}

function containerPortNumber(port: PortModel): string {
  return port.containerPort.split('/')[0] ?? port.containerPort;
}

/** What the goals say, by id; exercise.zh-cn.ts words the same ids. */
export const MESSAGES = {
  noCommand: 'run.sh no longer has a `docker run` line that starts the web app.',
  hostNetwork: "The container shares the host's network stack: it reaches every service the host binds to loopback, such as the admin API on 8500, and any -p is ignored.",
  fixHostNetwork: 'Remove `--net=host` (or `--network host`).',
  ownNetwork: 'The container has its own network namespace.',
  published: 'Container port 8080 is published.',
  hostPort: "On the host network the app listens on the host's port 8080 directly, for now.",
  notPublished: 'Nothing publishes container port 8080, so the reverse proxy on the host can no longer reach the app.',
  fixNotPublished: 'Publish it with `-p 127.0.0.1:8080:8080`.',
  publishAll: "`-P` publishes every exposed port on all of the host's interfaces, where anyone who can reach the host can connect.",
  fixPublishAll: 'Replace it with `-p 127.0.0.1:8080:8080`.',
  allInterfaces: '`{{port}}` listens on every interface of the host, usually including a public one, not only where the reverse proxy is.',
  fixAllInterfaces: 'Prefix it with `127.0.0.1:`, as in `-p 127.0.0.1:8080:8080`.',
  loopback: 'Every published port is bound to loopback.',
  hostNetworkEverywhere: 'On the host network the app listens on every interface of the host, and nothing limits it to loopback.',
  fixHostNetworkEverywhere: 'Leave the host network and publish with `-p 127.0.0.1:8080:8080`.',
  noPort: 'No port is published on any interface.',
} as const;

const say = sayFrom(MESSAGES);
const noCommand = say.fail('noCommand');

export const exercise: Exercise = {
  id: 'no-host-network/publish-on-loopback',
  lesson: 'no-host-network',
  title: 'Leave the host network and publish on loopback',
  task:
    'The web app runs with `--net=host` so that the reverse proxy on the same host can reach port 8080. ' +
    'Give it back its own network namespace and publish port 8080 on `127.0.0.1` only.',
  files: [{ name: 'run.sh', kind: 'run', starter, solution }],
  rules: ['host-network', 'port-on-all-interfaces', 'host-pid', 'host-ipc', 'privileged'],
  goals: [
    {
      id: 'own-network',
      title: 'The container has its own network namespace',
      why: 'On the host network the container reaches every loopback-only service of the host and -p is ignored.',
      messages: MESSAGES,
      rules: ['host-network'],
      check(ctx) {
        const runtime = web(ctx);
        if (!runtime) return noCommand;
        const shared = runtime.hostNamespaces.net;
        return shared
          ? say.fail('hostNetwork', { fix: 'fixHostNetwork', line: shared.line })
          : say.pass('ownNetwork');
      },
    },
    {
      id: 'app-port-published',
      title: 'Port 8080 is published',
      why: 'The reverse proxy must still reach the app once it leaves the host network.',
      messages: MESSAGES,
      check(ctx) {
        const runtime = web(ctx);
        if (!runtime) return noCommand;
        if (runtime.ports.some((p) => containerPortNumber(p) === APP_PORT)) return say.pass('published');
        if (runtime.hostNamespaces.net) return say.pass('hostPort');
        return say.fail('notPublished', { fix: 'fixNotPublished', line: runtime.span.line });
      },
    },
    {
      id: 'loopback-only',
      title: 'Published ports listen on loopback only',
      why: 'Without an address Docker publishes on every interface of the host, usually including a public one.',
      messages: MESSAGES,
      rules: ['port-on-all-interfaces'],
      check(ctx) {
        const runtime = web(ctx);
        if (!runtime) return noCommand;
        if (runtime.publishAll?.value) {
          return say.fail('publishAll', { fix: 'fixPublishAll', line: runtime.publishAll.span.line });
        }
        const open = runtime.ports.find((p) => !isLoopback(p.hostIp));
        if (open) {
          return say.fail('allInterfaces', { fix: 'fixAllInterfaces', data: { port: open.raw }, line: open.span.line });
        }
        return runtime.ports.length > 0
          ? say.pass('loopback')
          : runtime.hostNamespaces.net
            ? say.fail('hostNetworkEverywhere', { fix: 'fixHostNetworkEverywhere', line: runtime.hostNamespaces.net.line })
            : say.pass('noPort');
      },
    },
  ],
  run: {
    title: 'run.sh starts the app and the reverse proxy can reach it',
    why: 'This is what the terminal does with run.sh: the app must start and answer on 127.0.0.1:8080, where the proxy connects.',
    passed: 'sh run.sh starts the app and it answers on http://127.0.0.1:8080/.',
    steps: [
      { command: 'sh run.sh' },
      { command: "docker inspect -f '{{.State.Status}}' web", output: 'running', explain: 'docker logs web' },
      { command: 'curl -s http://127.0.0.1:8080/' },
    ],
  },
  hints: [
    'Host networking is not needed for a proxy on the same host to reach the app: a published port on loopback is enough.',
    'Drop `--net=host`, then publish with `-p HOST_IP:HOST_PORT:CONTAINER_PORT`.',
    'Use `docker run -d --name web -p 127.0.0.1:8080:8080 web:2.3`.',
  ],
  demo: [
    'docker run --rm --network host alpine:3.24 wget -qO- http://127.0.0.1:8500',
    'docker run --rm alpine:3.24 wget -qO- http://127.0.0.1:8500',
    'docker run --rm --network host alpine:3.24 netstat -lnt',
  ],
};
