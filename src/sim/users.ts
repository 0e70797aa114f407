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

/** uids and gids the daemon accepts. */
const MAX_ID = 2147483647;
const RANGE_ERROR = `uids and gids must be in range 0-${MAX_ID}`;

/** Go's strconv.Atoi, which the daemon uses to tell numbers from names ("+0" and "000" are 0). */
function atoi(text: string): number | null {
  if (!/^[+-]?\d+$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : null;
}

function groupsListing(groups: readonly GroupEntry[], name: string): number[] {
  return groups.filter((g) => g.members.includes(name)).map((g) => g.gid);
}

/**
 * Resolves `user[:group]` the way the Docker daemon does (moby/sys/user GetExecUser): a number is
 * looked up by uid and needs no passwd entry (then its group is 0), a name must exist, a named group
 * replaces the user's own and its supplementary groups.
 */
export function resolveUser(spec: string, vfs: FileLookup): Identity | { error: string } {
  const [userPart = '', groupPart] = spec.split(':');
  const passwd = readPasswd(vfs);
  const groups = readGroups(vfs);
  const uidArg = atoi(userPart);
  const entry = uidArg !== null ? passwd.find((p) => p.uid === uidArg) : passwd.find((p) => p.name === userPart);
  if (!entry && uidArg === null) return { error: `unable to find user ${userPart}: no matching entries in passwd file` };
  if (!entry && uidArg !== null && (uidArg < 0 || uidArg > MAX_ID)) return { error: RANGE_ERROR };
  const uid = entry?.uid ?? uidArg ?? 0;
  if (groupPart !== undefined && groupPart !== '') {
    const gidArg = atoi(groupPart);
    const group = gidArg !== null ? groups.find((g) => g.gid === gidArg) : groups.find((g) => g.name === groupPart);
    if (!group && gidArg === null) return { error: `unable to find group ${groupPart}: no matching entries in group file` };
    const gid = group?.gid ?? gidArg ?? 0;
    if (gid < 0 || gid > MAX_ID) return { error: RANGE_ERROR };
    return { uid, gid, groups: [gid] };
  }
  const gid = entry?.gid ?? 0;
  const extra = entry ? groupsListing(groups, entry.name) : [];
  return { uid, gid, groups: [...new Set([gid, ...extra])].sort((a, b) => a - b) };
}

/** `--group-add` values: numbers as they are, names through /etc/group (the daemon's GetAdditionalGroups). */
export function additionalGroups(values: readonly string[], vfs: FileLookup): number[] | { error: string } {
  const groups = readGroups(vfs);
  const gids: number[] = [];
  for (const value of values) {
    const gidArg = atoi(value);
    const group = gidArg !== null ? groups.find((g) => g.gid === gidArg) : groups.find((g) => g.name === value);
    if (!group && gidArg === null) return { error: `unable to find group ${value}: no matching entries in group file` };
    const gid = group?.gid ?? gidArg ?? 0;
    if (gid < 0 || gid > MAX_ID) return { error: RANGE_ERROR };
    gids.push(gid);
  }
  return gids;
}

/** Who `id NAME` describes: the passwd entry and the groups a login would get (its own and those listing it). */
export function identityOf(name: string, vfs: FileLookup): Identity | null {
  const entry = readPasswd(vfs).find((p) => p.name === name) ?? (atoi(name) !== null ? readPasswd(vfs).find((p) => p.uid === atoi(name)) : undefined);
  if (!entry) return null;
  const extra = groupsListing(readGroups(vfs), entry.name);
  return { uid: entry.uid, gid: entry.gid, groups: [...new Set([entry.gid, ...extra])].sort((a, b) => a - b) };
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

/**
 * The output of `id`, e.g. `uid=10001 gid=10001 groups=10001`. BusyBox prints the process's groups
 * in the kernel's (sorted) order; coreutils puts the primary group first.
 */
export function formatId(identity: Identity, vfs: FileLookup, busybox = false): string {
  const ordered = busybox ? identity.groups : [identity.gid, ...identity.groups.filter((g) => g !== identity.gid)];
  const groups = ordered.map((g) => labelled(g, groupName(vfs, g))).join(',');
  return `uid=${labelled(identity.uid, userName(vfs, identity.uid))} gid=${labelled(identity.gid, groupName(vfs, identity.gid))} groups=${groups}`;
}
