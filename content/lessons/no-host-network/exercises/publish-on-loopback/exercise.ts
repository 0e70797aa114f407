import type { Exercise, GoalContext } from '../../../../../src/checker/grading/exercise';
import type { PortModel, RuntimeModel } from '../../../../../src/checker/run/model';
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

const noCommand = { pass: false, message: 'run.sh needs a `docker run` line that starts the web app.' };

export const exercise: Exercise = {
  id: 'no-host-network/publish-on-loopback',
  lesson: 'no-host-network',
  title: 'Leave the host network and publish on loopback',
  task:
    'The web app runs with `--net=host` so that the reverse proxy on the same host can reach port 8080. ' +
    'Give it back its own network namespace and publish port 8080 on `127.0.0.1` only.',
  files: [{ name: 'run.sh', kind: 'run', starter, solution }],
  rules: ['host-network', 'host-pid', 'host-ipc', 'privileged'],
  goals: [
    {
      id: 'own-network',
      title: 'The container has its own network namespace',
      why: 'On the host network the container reaches every loopback-only service of the host and -p is ignored.',
      check(ctx) {
        const runtime = web(ctx);
        if (!runtime) return noCommand;
        const shared = runtime.hostNamespaces.net;
        return shared
          ? { pass: false, message: 'Remove `--net=host` (or `--network host`) so the container gets its own network stack.', line: shared.line }
          : { pass: true, message: 'The container has its own network namespace.' };
      },
    },
    {
      id: 'app-port-published',
      title: 'Port 8080 is published',
      why: 'The reverse proxy must still reach the app once it leaves the host network.',
      check(ctx) {
        const runtime = web(ctx);
        if (!runtime) return noCommand;
        return runtime.ports.some((p) => containerPortNumber(p) === APP_PORT)
          ? { pass: true, message: 'Container port 8080 is published.' }
          : { pass: false, message: 'Publish the app\'s port with `-p 127.0.0.1:8080:8080`.', line: runtime.span.line };
      },
    },
    {
      id: 'loopback-only',
      title: 'Published ports listen on loopback only',
      why: 'Without an address Docker publishes on every interface of the host, usually including a public one.',
      check(ctx) {
        const runtime = web(ctx);
        if (!runtime) return noCommand;
        if (runtime.publishAll?.value) {
          return { pass: false, message: '`-P` publishes every exposed port on all interfaces; name each port with `-p 127.0.0.1:...` instead.', line: runtime.publishAll.span.line };
        }
        const open = runtime.ports.find((p) => !isLoopback(p.hostIp));
        if (open) {
          return { pass: false, message: `\`${open.raw}\` listens on every interface; prefix it with \`127.0.0.1:\`.`, line: open.span.line };
        }
        return runtime.ports.length > 0
          ? { pass: true, message: 'Every published port is bound to loopback.' }
          : { pass: false, message: 'No port is published yet.', line: runtime.span.line };
      },
    },
  ],
  hints: [
    'Host networking is not needed for a proxy on the same host to reach the app: a published port on loopback is enough.',
    'Drop `--net=host`, then publish with `-p HOST_IP:HOST_PORT:CONTAINER_PORT`.',
    'Use `docker run -d --name web -p 127.0.0.1:8080:8080 web:2.3`.',
  ],
  demo: [
    'docker run --rm --network host alpine:3.24 wget -qO- http://127.0.0.1:8500',
    'docker run --rm alpine:3.24 wget -qO- http://127.0.0.1:8500',
    'docker run --rm --network host alpine:3.24 ss -lnt',
  ],
};
