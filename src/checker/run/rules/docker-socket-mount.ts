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
  examples: {
    bad: 'docker run -v /var/run/docker.sock:/var/run/docker.sock portainer/portainer',
    good: 'docker run -v portainer_data:/data portainer/portainer',
  },
}, (runtime) => runtime.mounts.flatMap((mount) => {
  const source = mount.source?.replace(/\/+$/, '') ?? '';
  if (mount.type !== 'bind' || !RUNTIME_SOCKETS.test(source)) return [];
  const readOnly = mount.readOnly ? ' Mounting it read-only does not help: the API works over the socket either way.' : '';
  return [hitAt(mount.span, `${inSyntax(runtime, 'This mount', 'This volume')} hands the container ${source}, i.e. full control of the engine and root on the host; remove it.${readOnly}`)];
}));
