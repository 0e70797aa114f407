import { DOCKER_GID } from '../host';
import { fail, ok, type Output } from '../shell/types';
import { build } from './build-verb';
import { composeCli } from './compose/cli';
import type { DockerContext, Verb } from './context';
import { info } from './info';
import { create, exec, logs, pull, rm, rmi, run, stopVerb } from './lifecycle';
import { history, images, inspect, ps } from './listing';
import { push, tag } from './push';
import { stats } from './stats';

const VERBS: Record<string, Verb> = {
  build, run, create, exec, ps, images, history, inspect, rm, rmi, pull, push, tag, logs, info, stats, stop: stopVerb, kill: stopVerb, compose: composeCli,
};

/** `docker container ls`, `docker image rm` and friends map onto the short verbs. */
const MANAGEMENT: Record<string, Record<string, string>> = {
  container: { stats: 'stats', run: 'run', create: 'create', ls: 'ps', list: 'ps', ps: 'ps', rm: 'rm', exec: 'exec', inspect: 'inspect', logs: 'logs', stop: 'stop', kill: 'kill' },
  image: { build: 'build', ls: 'images', list: 'images', rm: 'rmi', history: 'history', inspect: 'inspect', pull: 'pull', push: 'push', tag: 'tag' },
  buildx: { build: 'build' },
  system: { info: 'info' },
};

export const DOCKER_VERBS = [...Object.keys(VERBS), ...Object.keys(MANAGEMENT), 'version'];

const USAGE = `Usage:  docker [OPTIONS] COMMAND

Common Commands:
  run         Create and run a new container from an image
  exec        Execute a command in a running container
  ps          List containers
  build       Build an image from a Dockerfile
  pull        Download an image from a registry
  push        Upload an image to a registry
  images      List images
  inspect     Return low-level information on Docker objects
  history     Show the history of an image
  logs        Fetch the logs of a container
  rm, rmi     Remove containers or images
  info        Display system-wide information

Management Commands:
  compose     Docker Compose
`;

function canReachDaemon(ctx: DockerContext): Output | null {
  const { caller } = ctx;
  if (caller.kind === 'container') {
    const socket = caller.vfs.stat('/var/run/docker.sock') ?? caller.vfs.stat('/run/docker.sock');
    if (!socket || socket.type !== 'socket') {
      return fail('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n');
    }
    return null;
  }
  if (!ctx.engine.running) return fail('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n');
  if (caller.identity.uid === 0 || caller.identity.groups.includes(DOCKER_GID)) return null;
  return fail('permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.47/containers/json": dial unix /var/run/docker.sock: connect: permission denied\n');
}

/** The docker client: parses the verb, checks it can reach the daemon, runs the verb. */
export function dockerCli(ctx: DockerContext, args: string[]): Output {
  const [first = '', second = '', ...rest] = args;
  if (first === '' || first === '--help' || first === 'help') return ok(USAGE);
  if (first === '--version' || first === 'version') return ok('Docker version 27.3.1, build ce12230 (simulated engine)\n');
  const mapped = MANAGEMENT[first]?.[second];
  const verbName = mapped ?? first;
  const verbArgs = mapped ? rest : [second, ...rest].filter((_, i) => i > 0 || second !== '');
  const verb = VERBS[verbName];
  if (!verb) return fail(`docker: unknown command: docker ${first}\n\nRun 'docker --help' for more information\n`);
  return canReachDaemon(ctx) ?? verb(ctx, verbArgs);
}
