import type { FsNode } from './vfs/tree';
import type { FileTree } from './vfs/tree';
import { file } from './vfs/tree';

/** One subordinate ID range of /etc/subuid or /etc/subgid: host IDs `first` .. `first + count - 1`. */
export interface IdRange {
  user: string;
  uid: number;
  gid: number;
  count: number;
}

/** The kernel's overflow IDs (/proc/sys/kernel/overflowuid and overflowgid): what an unmapped host ID looks like inside. */
export const OVERFLOW_ID = 65534;

/**
 * The dockremap user `"userns-remap": "default"` makes. The subordinate range is the one a real
 * Docker 20.10 daemon wrote on a host whose /etc/subuid had no entry yet (dockremap:100000:65536).
 */
const DOCKREMAP = { uid: 111, gid: 113, first: 100_000, count: 65_536 };

export type DaemonConfig = { remap: IdRange | null } | { error: string };

function subordinate(text: string, user: string): { first: number; count: number } | null {
  for (const line of text.split('\n')) {
    const [name, first, count] = line.split(':');
    if (name === user && first !== undefined && count !== undefined && /^\d+$/.test(first) && /^\d+$/.test(count)) {
      return { first: Number(first), count: Number(count) };
    }
  }
  return null;
}

function read(tree: FileTree, path: string): string {
  const node = tree.get(path);
  return node?.type === 'file' ? node.content : '';
}

/** Adds the dockremap user and its ranges, as dockerd does the first time it starts with `default`. */
function ensureDockremap(tree: FileTree): void {
  const passwd = read(tree, '/etc/passwd');
  if (!/^dockremap:/m.test(passwd)) {
    tree.set('/etc/passwd', { ...(tree.get('/etc/passwd') ?? file('')), content: `${passwd}dockremap:x:${DOCKREMAP.uid}:${DOCKREMAP.gid}::/nonexistent:/bin/false\n` });
    const group = read(tree, '/etc/group');
    tree.set('/etc/group', { ...(tree.get('/etc/group') ?? file('')), content: `${group}dockremap:x:${DOCKREMAP.gid}:\n` });
  }
  for (const path of ['/etc/subuid', '/etc/subgid']) {
    const text = read(tree, path);
    if (!subordinate(text, 'dockremap')) tree.set(path, file(`${text}dockremap:${DOCKREMAP.first}:${DOCKREMAP.count}\n`));
  }
}

/**
 * What the daemon makes of /etc/docker/daemon.json when it starts: no file or no `userns-remap`
 * means no remapping; `default` means dockremap; another name needs its own subordinate ranges.
 */
export function startDaemonConfig(tree: FileTree): DaemonConfig {
  const node = tree.get('/etc/docker/daemon.json');
  if (!node) return { remap: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(node.type === 'file' ? node.content : '');
  } catch {
    return { error: 'invalid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { error: 'not an object' };
  const value = (parsed as Record<string, unknown>)['userns-remap'];
  if (value === undefined || value === '') return { remap: null };
  if (typeof value !== 'string') return { error: 'userns-remap is not a string' };
  const [user = '', group = user] = value.split(':');
  if (user === 'default') ensureDockremap(tree);
  const name = user === 'default' ? 'dockremap' : user;
  const uids = subordinate(read(tree, '/etc/subuid'), name);
  const gids = subordinate(read(tree, '/etc/subgid'), group === 'default' ? 'dockremap' : group);
  if (!uids || !gids) return { error: `no subordinate ranges for ${name}` };
  return { remap: { user: name, uid: uids.first, gid: gids.first, count: Math.min(uids.count, gids.count) } };
}

/** A host ID as a process in the namespace sees it: inside the range it is shifted down, outside it is the overflow ID. */
export function idInside(hostId: number, first: number, count: number): number | null {
  return hostId >= first && hostId < first + count ? hostId - first : null;
}

/** The owner a node of a host file system has for a process in the namespace; `mapped` is false when either ID is outside the range. */
export function ownerInside(node: Pick<FsNode, 'uid' | 'gid'>, range: IdRange): { uid: number; gid: number; mapped: boolean } {
  const uid = idInside(node.uid, range.uid, range.count);
  const gid = idInside(node.gid, range.gid, range.count);
  return { uid: uid ?? OVERFLOW_ID, gid: gid ?? OVERFLOW_ID, mapped: uid !== null && gid !== null };
}

/** /proc/<pid>/uid_map: the kernel prints three fields of ten columns each. */
export function idMapText(inside: number, outside: number, count: number): string {
  return `${String(inside).padStart(10)} ${String(outside).padStart(10)} ${String(count).padStart(10)}\n`;
}
