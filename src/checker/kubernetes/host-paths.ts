import { normalizePosixPath } from '../core/posix-path';

/** Host paths whose exposure hands a container control of the node. */

/** Collapses `//`, `.` and `..` and a trailing slash, and maps /var/run to /run (a symlink on current distributions). */
export function normaliseHostPath(raw: string): string {
  const path = normalizePosixPath(raw.trim());
  return path === '/var/run' || path.startsWith('/var/run/') ? path.slice(4) : path;
}

/** Container runtime API sockets, after normalisation: whoever reaches one can start privileged containers. */
export const RUNTIME_SOCKETS = [
  '/run/docker.sock',
  '/run/containerd/containerd.sock',
  '/run/crio/crio.sock',
  '/run/cri-dockerd.sock',
  '/run/k3s/containerd/containerd.sock',
];

/** Paths that are sensitive on their own and in everything below them. */
const SENSITIVE_TREES = ['/proc', '/sys', '/root', '/var/lib/kubelet', '/etc/kubernetes', '/boot', '/dev'];

/** Paths that are sensitive themselves, and through anything that contains them. */
const SENSITIVE_EXACT = ['/', '/etc', ...RUNTIME_SOCKETS];

function isInside(path: string, tree: string): boolean {
  return tree === '/' ? true : path === tree || path.startsWith(`${tree}/`);
}

/** True when the path is, contains or lies under a location that gives control of the node. */
export function isSensitiveHostPath(raw: string): boolean {
  const path = normaliseHostPath(raw);
  return SENSITIVE_TREES.some((tree) => isInside(path, tree) || isInside(tree, path))
    || SENSITIVE_EXACT.some((exact) => isInside(exact, path));
}

/** The runtime socket a host path exposes (the socket itself or a directory holding it), if any. */
export function exposedRuntimeSocket(raw: string): string | undefined {
  const path = normaliseHostPath(raw);
  if (path === '/') return undefined;
  return RUNTIME_SOCKETS.find((socket) => isInside(socket, path));
}
