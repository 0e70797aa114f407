import { normalizePosixPath } from '../../core/posix-path';
import type { MountModel } from '../model';
import { hitAt, inSyntax, runtimeRule } from '../runtime-rule';

/** Host directories whose contents are credentials, kernel interfaces or the engine's own state. */
const SENSITIVE_EXACT = new Set(['/', '/etc', '/proc', '/sys', '/var/run', '/run', '/root', '/home', '/boot', '/dev', '/var/lib/docker', '/usr', '/lib', '/var']);
/** Directories where any subpath is just as sensitive; the host's kernel modules among them, which a module loaded by the host would run from. */
const SENSITIVE_TREES = ['/proc/', '/sys/', '/boot/', '/lib/modules/', '/usr/lib/modules/', '/root/', '/var/lib/docker/', '/etc/ssh/', '/etc/sudoers', '/etc/shadow', '/etc/kubernetes/'];

function isSensitive(mount: MountModel): string | null {
  if (mount.type !== 'bind' || !mount.source?.startsWith('/')) return null;
  const source = normalizePosixPath(mount.source);
  if (SENSITIVE_EXACT.has(source) || SENSITIVE_TREES.some((tree) => source.startsWith(tree) || source === tree.replace(/\/$/, ''))) return source;
  return null;
}

export const rule = runtimeRule({
  id: 'sensitive-host-mount',
  title: 'A sensitive host directory is mounted',
  severity: 'error',
  appliesTo: ['run', 'compose'],
  lesson: 'never-privileged',
  why: 'Host directories such as /, /etc, /proc or /var/lib/docker hold password hashes, keys, kernel interfaces and other containers\' data; mounted into a container they can be read and often changed.',
  fix: 'Mount only the specific application directory the container needs, or use a named volume.',
  refs: { dockerBench: ['5.6'] },
  messages: {
    writableRun: `This mount exposes the host's {{source}} to the container. The container can read and change the host's files there; mount only the directory the app needs, or a named volume.`,
    readOnlyRun: `This mount exposes the host's {{source}} to the container. Read-only still leaks its contents (keys, password hashes, other containers' files); mount only the directory the app needs, or a named volume.`,
    writableCompose: `This volume exposes the host's {{source}} to the container. The container can read and change the host's files there; mount only the directory the app needs, or a named volume.`,
    readOnlyCompose: `This volume exposes the host's {{source}} to the container. Read-only still leaks its contents (keys, password hashes, other containers' files); mount only the directory the app needs, or a named volume.`,
  },
  examples: {
    bad: 'docker run -v /etc:/host/etc:ro alpine',
    good: 'docker run -v app_data:/data alpine',
  },
}, (runtime) => runtime.mounts.flatMap((mount) => {
  const source = isSensitive(mount);
  if (source === null) return [];
  const messageId = mount.readOnly ? inSyntax(runtime, 'readOnlyRun', 'readOnlyCompose') : inSyntax(runtime, 'writableRun', 'writableCompose');
  return [hitAt(mount.span, messageId, { source })];
}));
