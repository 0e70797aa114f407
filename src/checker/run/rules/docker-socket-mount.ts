import { hitAt, inSyntax, runtimeRule } from '../runtime-rule';

const RUNTIME_SOCKETS = /(^|\/)(docker|containerd|crio|podman)\.sock$/;

export const rule = runtimeRule({
  id: 'docker-socket-mount',
  title: 'The container engine socket is mounted',
  severity: 'error',
  appliesTo: ['run', 'compose'],
  lesson: 'container-runtimes',
  why: 'Whoever can talk to docker.sock controls the daemon: it can start a privileged container that mounts the host\'s / and so become root on the host.',
  fix: 'Do not mount the socket; if a tool really needs the API, give it a restricted proxy or run it outside containers.',
  refs: { kics: ['d6355c88 Docker Socket Mounted In Container'], dockerBench: ['5.32'] },
  messages: {
    socketRun: 'This mount hands the container {{socket}}, i.e. full control of the engine and root on the host; remove it.',
    socketReadOnlyRun: 'This mount hands the container {{socket}}, i.e. full control of the engine and root on the host; remove it. Mounting it read-only does not help: the API works over the socket either way.',
    socketCompose: 'This volume hands the container {{socket}}, i.e. full control of the engine and root on the host; remove it.',
    socketReadOnlyCompose: 'This volume hands the container {{socket}}, i.e. full control of the engine and root on the host; remove it. Mounting it read-only does not help: the API works over the socket either way.',
  },
  examples: {
    bad: 'docker run -v /var/run/docker.sock:/var/run/docker.sock portainer/portainer',
    good: 'docker run -v portainer_data:/data portainer/portainer',
  },
}, (runtime) => runtime.mounts.flatMap((mount) => {
  const socket = mount.source?.replace(/\/+$/, '') ?? '';
  if (mount.type !== 'bind' || !RUNTIME_SOCKETS.test(socket)) return [];
  const messageId = mount.readOnly ? inSyntax(runtime, 'socketReadOnlyRun', 'socketReadOnlyCompose') : inSyntax(runtime, 'socketRun', 'socketCompose');
  return [hitAt(mount.span, messageId, { socket })];
}));
