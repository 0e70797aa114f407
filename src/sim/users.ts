import type { FsNode } from './vfs/tree';

/** Anything that can look a path up: a process's view, or a bare tree during a build. */
export interface FileLookup {
  stat(path: string): FsNode | undefined;
}

export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  home: string;
  shell: string;
}

export interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

/** Who a process runs as. */
export interface Identity {
  uid: number;
  gid: number;
  /** Every group the process holds, primary included, sorted as the kernel keeps them. */
  groups: number[];
}

function readLines(vfs: FileLookup, path: string): string[][] {
  const node = vfs.stat(path);
  if (!node || node.type !== 'file') return [];
  return node.content.split('\n').filter((line) => line && !line.startsWith('#')).map((line) => line.split(':'));
}

export function readPasswd(vfs: FileLookup): PasswdEntry[] {
  return readLines(vfs, '/etc/passwd').flatMap(([name, , uid, gid, , home, shell]) =>
    name && uid !== undefined && gid !== undefined
      ? [{ name, uid: Number(uid), gid: Number(gid), home: home ?? '/', shell: shell ?? '' }]
      : []);
}

export function readGroups(vfs: FileLookup): GroupEntry[] {
  return readLines(vfs, '/etc/group').flatMap(([name, , gid, members]) =>
    name && gid !== undefined ? [{ name, gid: Number(gid), members: members ? members.split(',').filter(Boolean) : [] }] : []);
}

const NUMERIC = /^\d+$/;

/**
 * Resolves `user[:group]` the way the Docker daemon does: numbers need no passwd entry, names must
 * exist, a user without a group gets its passwd group (or 0), plus the groups that list it.
 */
export function resolveUser(spec: string, vfs: FileLookup): Identity | { error: string } {
  const [userPart = '', groupPart] = spec.split(':');
  const passwd = readPasswd(vfs);
  const groups = readGroups(vfs);
  const entry = NUMERIC.test(userPart) ? passwd.find((p) => p.uid === Number(userPart)) : passwd.find((p) => p.name === userPart);
  if (!entry && !NUMERIC.test(userPart)) return { error: `unable to find user ${userPart}: no matching entries in passwd file` };
  const uid = entry?.uid ?? Number(userPart);
  if (groupPart !== undefined && groupPart !== '') {
    const group = NUMERIC.test(groupPart) ? { gid: Number(groupPart) } : groups.find((g) => g.name === groupPart);
    if (!group) return { error: `unable to find group ${groupPart}: no matching entries in group file` };
    return { uid, gid: group.gid, groups: [group.gid] };
  }
  const gid = entry?.gid ?? 0;
  const extra = entry ? groups.filter((g) => g.members.includes(entry.name)).map((g) => g.gid) : [];
  return { uid, gid, groups: [...new Set([gid, ...extra])].sort((a, b) => a - b) };
}

export function userName(vfs: FileLookup, uid: number): string | undefined {
  return readPasswd(vfs).find((p) => p.uid === uid)?.name;
}

export function groupName(vfs: FileLookup, gid: number): string | undefined {
  return readGroups(vfs).find((g) => g.gid === gid)?.name;
}

function labelled(id: number, name: string | undefined): string {
  return name === undefined ? String(id) : `${id}(${name})`;
}

/** The output of `id`, e.g. `uid=10001 gid=10001 groups=10001`. */
export function formatId(identity: Identity, vfs: FileLookup): string {
  // id lists the primary group first, then the supplementary ones.
  const ordered = [identity.gid, ...identity.groups.filter((g) => g !== identity.gid)];
  const groups = ordered.map((g) => labelled(g, groupName(vfs, g))).join(',');
  return `uid=${labelled(identity.uid, userName(vfs, identity.uid))} gid=${labelled(identity.gid, groupName(vfs, identity.gid))} groups=${groups}`;
}
