import type { Span } from '../core/types';
import type { AccountChange, KnownGroup, KnownUser, ShellCommand, UserSpec } from './model';

/** uids and gids the daemon accepts (moby/sys/user: "uids and gids must be in range 0-2147483647"). */
export const MAX_ID = 2147483647;
export const RANGE_ERROR = `uids and gids must be in range 0-${MAX_ID}`;

interface UserEntry {
  uid: number | null;
  gid: number | null;
}

interface GroupEntry {
  gid: number | null;
  members: string[];
}

/**
 * Names a stage can resolve: its base image's accounts plus those its RUNs create (a uid may be
 * unknown). `complete` says the table is the image's whole /etc/passwd and /etc/group, so a name
 * missing from it makes the daemon refuse the container, and the next free id can be worked out.
 */
export interface UserTable {
  /** In /etc/passwd order: the daemon takes the first match. */
  users: Map<string, UserEntry>;
  groups: Map<string, GroupEntry>;
  complete: boolean;
  /** Which adduser the image has: BusyBox's (Alpine, busybox) or Debian's; null when unknown. */
  dialect: 'busybox' | 'debian' | null;
}

export function tableOf(
  known: readonly KnownUser[],
  knownGroups: readonly KnownGroup[] = [],
  complete = false,
  dialect: UserTable['dialect'] = null,
): UserTable {
  const users = new Map<string, UserEntry>();
  const groups = new Map<string, GroupEntry>();
  for (const g of knownGroups) if (!groups.has(g.name)) groups.set(g.name, { gid: g.gid, members: [...g.members] });
  for (const u of known) {
    if (!users.has(u.name)) users.set(u.name, { uid: u.uid, gid: u.gid });
    if (!complete && !groups.has(u.name)) groups.set(u.name, { gid: u.gid, members: [] });
  }
  if (!complete) {
    if (!users.has('root')) users.set('root', { uid: 0, gid: 0 });
    if (!groups.has('root')) groups.set('root', { gid: 0, members: [] });
  }
  return { users, groups, complete, dialect };
}

export function copyTable(table: UserTable): UserTable {
  const groups = new Map<string, GroupEntry>([...table.groups].map(([name, g]) => [name, { gid: g.gid, members: [...g.members] }]));
  return { users: new Map(table.users), groups, complete: table.complete, dialect: table.dialect };
}

/** Go's strconv.Atoi, which the daemon uses to tell numbers from names: "+0", "000" and "-1" are numbers. */
function atoi(text: string): number | null {
  if (!/^[+-]?\d+$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : null;
}

/** A numeric id as the runtime reads it (`0`, `000` and `+0` are 0); null for names and out-of-range numbers. */
export function numericId(text: string): number | null {
  const n = atoi(text);
  return n !== null && n >= 0 && n <= MAX_ID ? n : null;
}

function userByUid(table: UserTable, uid: number): [string, UserEntry] | undefined {
  for (const entry of table.users) if (entry[1].uid === uid) return entry;
  return undefined;
}

function groupByGid(table: UserTable, gid: number): GroupEntry | undefined {
  for (const entry of table.groups.values()) if (entry.gid === gid) return entry;
  return undefined;
}

/** The name of a uid in the table, as `id` would print it; undefined when passwd has none. */
export function userNameOf(table: UserTable, uid: number): string | undefined {
  return userByUid(table, uid)?.[0];
}

export interface ResolveOptions {
  /** The value as written, when it differs from the stored one (before substitution). */
  written?: string;
  unresolvedVariables?: boolean;
}

/**
 * Resolves `user[:group]` the way the daemon does when the container starts (moby/sys/user
 * GetExecUser): an empty user is root; a number is looked up by uid and, without a passwd entry,
 * runs with gid 0; a name must be in passwd; a group replaces the user's own.
 */
export function resolveUser(value: string, table: UserTable, span: Span, source: UserSpec['source'], options: ResolveOptions = {}): UserSpec {
  const base = { raw: value, written: options.written ?? value, source, line: span.line, span, unresolvedVariables: options.unresolvedVariables ?? false };
  if (value === '') return { ...base, user: '', group: null, uid: 0, gid: 0, isRoot: true, error: null };
  const [user = '', group = null] = value.split(':');
  const uidArg = atoi(user);
  let uid: number | null = null;
  let gid: number | null = table.complete ? 0 : null;
  let error: string | null = null;
  const entry = uidArg !== null ? userByUid(table, uidArg) : table.users.has(user) ? ([user, table.users.get(user) as UserEntry] as const) : undefined;
  if (entry) {
    uid = entry[1].uid;
    gid = entry[1].gid;
  } else if (uidArg === null) {
    if (table.complete) error = `unable to find user ${user}: no matching entries in passwd file`;
  } else if (uidArg < 0 || uidArg > MAX_ID) {
    error = RANGE_ERROR;
  } else {
    uid = uidArg;
  }
  if (group !== null && error === null) {
    const gidArg = atoi(group);
    const found = gidArg !== null ? groupByGid(table, gidArg) : table.groups.get(group);
    if (found) gid = found.gid;
    else if (gidArg === null) {
      gid = null;
      if (table.complete) error = `unable to find group ${group}: no matching entries in group file`;
    } else if (gidArg < 0 || gidArg > MAX_ID) error = RANGE_ERROR;
    else gid = gidArg;
  }
  if (error !== null) return { ...base, user, group, uid: null, gid: null, isRoot: false, error };
  const isRoot = uid !== null ? uid === 0 : user === 'root';
  return { ...base, user, group, uid, gid, isRoot, error: null };
}

/** The owner COPY/ADD --chown gives files; `error` is the builder's reason when a name does not resolve. */
export interface ChownOwner {
  uid: number | null;
  gid: number | null;
  error: string | null;
}

/**
 * Resolves `--chown=user[:group]` as the builders do: without a group the user's text is looked up as
 * the group too (so `--chown=10001` is 10001:10001 and `--chown=nobody` takes the group nobody),
 * numbers need no entry, names must be in the image's passwd and group.
 */
export function resolveChown(text: string, table: UserTable): ChownOwner {
  const parts = text.split(':');
  if (parts.length > 2) return { uid: null, gid: null, error: `invalid chown string format: ${text}` };
  const [user = '', group = user] = parts;
  const uidArg = atoi(user);
  const uid = uidArg ?? table.users.get(user)?.uid ?? null;
  if (uidArg === null && !table.users.has(user)) {
    return { uid: null, gid: null, error: table.complete ? `can't find uid for user ${user}: no such user: ${user}` : null };
  }
  const gidArg = atoi(group);
  const gid = gidArg ?? table.groups.get(group)?.gid ?? null;
  if (gidArg === null && !table.groups.has(group)) {
    return { uid, gid: null, error: table.complete ? `can't find gid for group ${group}: no such group: ${group}` : null };
  }
  return { uid, gid, error: null };
}

export function unknownUser(span: Span): UserSpec {
  return {
    raw: 'unknown', written: 'unknown', user: 'unknown', group: null, uid: null, gid: null, isRoot: null, error: null,
    unresolvedVariables: false, source: 'unknown', line: span.line, span,
  };
}

/** Options of useradd/adduser/groupadd/addgroup that take a value, long and short, both dialects. */
const VALUE_OPTIONS = new Set([
  '-u', '--uid', '-g', '--gid', '-G', '--groups', '-d', '--home', '--home-dir', '-h', '-s', '--shell',
  '-c', '--comment', '--gecos', '-k', '--skel', '-K', '--key', '-e', '--expiredate', '-f', '--inactive',
  '-p', '--password', '-b', '--base-dir', '-Z', '--selinux-user', '-R', '--root', '-P', '--prefix',
  '--ingroup', '--firstuid', '--lastuid', '--firstgid', '--lastgid', '--conf', '--add_extra_groups',
]);

interface ParsedOptions {
  values: Map<string, string>;
  flags: Set<string>;
  positional: string[];
}

function parseOptions(args: readonly string[]): ParsedOptions {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq !== -1) values.set(a.slice(0, eq), a.slice(eq + 1));
    else if (VALUE_OPTIONS.has(a)) { values.set(a, args[i + 1] ?? ''); i++; }
    else if (/^-[a-zA-Z]{2,}$/.test(a)) {
      // Bundled short flags such as `-rm` or `-DH`: the last letter may take the next word.
      const last = `-${a.slice(-1)}`;
      for (const letter of a.slice(1)) flags.add(`-${letter}`);
      if (VALUE_OPTIONS.has(last) && !['-D', '-S', '-H'].includes(last)) { values.set(last, args[i + 1] ?? ''); i++; }
    } else if (a.startsWith('-')) flags.add(a);
    else positional.push(a);
  }
  return { values, flags, positional };
}

function firstValue(options: ParsedOptions, names: string[]): string | undefined {
  for (const n of names) {
    const v = options.values.get(n);
    if (v !== undefined) return v;
  }
  return undefined;
}

function has(options: ParsedOptions, ...names: string[]): boolean {
  return names.some((n) => options.flags.has(n));
}

/** Every id in use is known, so the next free one can be worked out as the tool would. */
function idsKnown(table: UserTable): boolean {
  return table.complete && [...table.users.values()].every((u) => u.uid !== null && u.gid !== null) && [...table.groups.values()].every((g) => g.gid !== null);
}

function uidTaken(table: UserTable, uid: number): boolean {
  return userByUid(table, uid) !== undefined;
}

function gidTaken(table: UserTable, gid: number): boolean {
  return groupByGid(table, gid) !== undefined;
}

/** BusyBox and Debian's adduser: the lowest free id from `from` (system accounts 100-999). */
function lowestFree(from: number, to: number, free: (id: number) => boolean): number | null {
  for (let id = from; id <= to; id++) if (free(id)) return id;
  return null;
}

/** shadow's useradd and groupadd: one above the highest id in 1000-60000; system accounts the highest free one below 1000. */
function shadowNext(ids: Iterable<number | null>, system: boolean, free: (id: number) => boolean): number | null {
  if (system) {
    for (let id = 999; id >= 100; id--) if (free(id)) return id;
    return null;
  }
  let highest = 999;
  for (const id of ids) if (id !== null && id >= 1000 && id <= 60000 && id > highest) highest = id;
  return highest + 1;
}

function resolveGroupId(text: string, table: UserTable): number | null {
  return numericId(text) ?? table.groups.get(text)?.gid ?? null;
}

function addMember(table: UserTable, group: string, user: string, line: number): AccountChange[] {
  const entry = table.groups.get(group);
  if (!entry || entry.members.includes(user)) return [];
  entry.members.push(user);
  return [{ kind: 'member', group, user, line }];
}

function refused(program: string, message: string, exitCode: number, line: number): AccountChange[] {
  return [{ kind: 'refused', program, message, exitCode, line }];
}

/** A new group, as `groupadd` (shadow) or BusyBox `addgroup` makes it, or why they refuse. */
function addGroup(table: UserTable, options: ParsedOptions, name: string, program: string, asRoot: boolean, line: number): AccountChange[] {
  const shadow = program === 'groupadd';
  if (!asRoot) {
    return shadow ? refused(program, 'groupadd: Permission denied.\ngroupadd: cannot lock /etc/group; try again later.', 1, line) : refused(program, 'addgroup: permission denied (are you root?)', 1, line);
  }
  const given = numericId(firstValue(options, ['-g', '--gid']) ?? '');
  if (table.groups.has(name)) {
    if (shadow && has(options, '-f', '--force')) return [];
    return table.complete ? refused(program, shadow ? `groupadd: group '${name}' already exists` : `addgroup: group '${name}' in use`, shadow ? 9 : 1, line) : [];
  }
  if (given !== null && table.complete && gidTaken(table, given) && !has(options, '-o', '--non-unique')) {
    return refused(program, shadow ? `groupadd: GID '${given}' already exists` : `addgroup: gid '${given}' in use`, shadow ? 4 : 1, line);
  }
  const system = has(options, '-S', '-r', '--system');
  let gid = given;
  if (gid === null && idsKnown(table)) {
    const free = (id: number): boolean => !gidTaken(table, id);
    gid = shadow ? shadowNext([...table.groups.values()].map((g) => g.gid), system, free) : lowestFree(system ? 100 : 1000, system ? 999 : 256000, free);
  }
  table.groups.set(name, { gid, members: [] });
  return [{ kind: 'group', name, gid, line }];
}

/** BusyBox `adduser [-h DIR] [-g GECOS] [-s SHELL] [-G GROUP] [-S] [-D] [-H] [-u UID] USER` (loginutils/adduser.c). */
function busyboxAdduser(table: UserTable, options: ParsedOptions, name: string, asRoot: boolean, line: number): AccountChange[] {
  if (!asRoot) return refused('adduser', 'adduser: permission denied (are you root?)', 1, line);
  const system = has(options, '-S', '--system');
  const usegroup = firstValue(options, ['-G', '--ingroup']) ?? (system ? 'nogroup' : undefined);
  if (usegroup !== undefined && table.complete && !table.groups.has(usegroup)) return refused('adduser', `adduser: unknown group ${usegroup}`, 1, line);
  if (table.users.has(name)) return table.complete ? refused('adduser', `adduser: user '${name}' in use`, 1, line) : [];
  const ownGroup = usegroup === undefined;
  let uid = numericId(firstValue(options, ['-u', '--uid']) ?? '');
  if (uid !== null && table.complete && (uidTaken(table, uid) || (ownGroup && gidTaken(table, uid)))) return refused('adduser', `adduser: uid '${uid}' in use`, 1, line);
  if (uid === null && idsKnown(table)) {
    // BusyBox also wants the uid free as a gid when it makes the user's own group.
    uid = lowestFree(system ? 100 : 1000, system ? 999 : 256000, (id) => !uidTaken(table, id) && (!ownGroup || !gidTaken(table, id)));
  }
  if (ownGroup && table.complete && table.groups.has(name)) return refused('adduser', `adduser: group '${name}' in use`, 1, line);
  const gid = ownGroup ? uid : resolveGroupId(usegroup ?? '', table);
  const changes: AccountChange[] = [];
  table.users.set(name, { uid, gid });
  changes.push({
    kind: 'user', user: { name, uid, gid, line }, line, gecos: firstValue(options, ['-g', '--gecos']) ?? 'Linux User,,,',
    home: firstValue(options, ['-h', '--home']) ?? `/home/${name}`,
    shell: firstValue(options, ['-s', '--shell']) ?? (system ? '/bin/false' : '/bin/sh'),
    homeMode: has(options, '-H', '--no-create-home') ? null : 0o2755, ownGroup,
  });
  if (ownGroup) table.groups.set(name, { gid, members: [] });
  else changes.push(...addMember(table, usegroup ?? '', name, line));
  return changes;
}

/** shadow's `useradd` with Debian's defaults (USERGROUPS_ENAB yes, SHELL=/bin/sh, no home unless -m, HOME_MODE 0700). */
function shadowUseradd(table: UserTable, options: ParsedOptions, name: string, asRoot: boolean, line: number): AccountChange[] {
  if (!asRoot) return refused('useradd', 'useradd: Permission denied.\nuseradd: cannot lock /etc/passwd; try again later.', 1, line);
  if (table.users.has(name)) return table.complete ? refused('useradd', `useradd: user '${name}' already exists`, 9, line) : [];
  const groupOption = firstValue(options, ['-g', '--gid']) ?? (has(options, '-N', '--no-user-group') ? 'users' : undefined);
  let gid: number | null = groupOption !== undefined ? resolveGroupId(groupOption, table) : null;
  if (groupOption !== undefined && gid === null && table.complete) return refused('useradd', `useradd: group '${groupOption}' does not exist`, 6, line);
  const ownGroup = groupOption === undefined;
  if (ownGroup && table.complete && table.groups.has(name)) {
    return refused('useradd', `useradd: group ${name} exists - if you want to add this user to that group, use -g.`, 9, line);
  }
  const system = has(options, '-r', '--system');
  let uid = numericId(firstValue(options, ['-u', '--uid']) ?? '');
  if (uid !== null && table.complete && uidTaken(table, uid) && !has(options, '-o', '--non-unique')) return refused('useradd', `useradd: UID ${uid} is not unique`, 4, line);
  if (uid === null && idsKnown(table)) uid = shadowNext([...table.users.values()].map((u) => u.uid), system, (id) => !uidTaken(table, id));
  if (ownGroup) {
    // shadow prefers a gid equal to the new uid when it is free.
    if (uid !== null && !gidTaken(table, uid)) gid = uid;
    else if (idsKnown(table)) gid = shadowNext([...table.groups.values()].map((g) => g.gid), system, (id) => !gidTaken(table, id));
    else gid = uid;
  }
  const changes: AccountChange[] = [];
  table.users.set(name, { uid, gid });
  if (ownGroup) table.groups.set(name, { gid, members: [] });
  changes.push({
    kind: 'user', user: { name, uid, gid, line }, line, gecos: firstValue(options, ['-c', '--comment']) ?? '',
    home: firstValue(options, ['-d', '--home-dir']) ?? `/home/${name}`, shell: firstValue(options, ['-s', '--shell']) ?? '/bin/sh',
    homeMode: has(options, '-m', '--create-home') && !has(options, '-M', '--no-create-home') ? 0o700 : null, ownGroup,
  });
  for (const extra of (firstValue(options, ['-G', '--groups']) ?? '').split(',').filter(Boolean)) changes.push(...addMember(table, extra, name, line));
  return changes;
}

/** Debian's `adduser` (a Perl wrapper): the lowest free id from 1000 (system 100-999), a home unless --no-create-home. */
function debianAdduser(table: UserTable, options: ParsedOptions, name: string, line: number): AccountChange[] {
  if (table.users.has(name)) return [];
  const system = has(options, '--system');
  const groupOption = firstValue(options, ['--gid', '--ingroup']) ?? (system && !has(options, '--group') ? 'nogroup' : undefined);
  let gid: number | null = groupOption !== undefined ? resolveGroupId(groupOption, table) : null;
  const ownGroup = groupOption === undefined;
  let uid = numericId(firstValue(options, ['-u', '--uid']) ?? '');
  if (uid === null && idsKnown(table)) uid = lowestFree(system ? 100 : 1000, system ? 999 : 59999, (id) => !uidTaken(table, id) && (!ownGroup || !gidTaken(table, id)));
  if (ownGroup) gid = table.groups.get(name)?.gid ?? uid;
  table.users.set(name, { uid, gid });
  if (ownGroup && !table.groups.has(name)) table.groups.set(name, { gid, members: [] });
  return [{
    kind: 'user', user: { name, uid, gid, line }, line, gecos: firstValue(options, ['--gecos', '--comment']) ?? '',
    home: firstValue(options, ['--home']) ?? (system ? '/nonexistent' : `/home/${name}`), shell: firstValue(options, ['--shell']) ?? (system ? '/usr/sbin/nologin' : '/bin/bash'),
    homeMode: has(options, '--no-create-home') || system ? null : 0o700, ownGroup,
  }];
}

/**
 * Applies `useradd`, `adduser`, `groupadd` and `addgroup` to the table and says what each changes,
 * with the ids the tool would pick when the image's accounts are known, or why it refuses. BusyBox
 * `adduser -g` is a comment (GECOS), not a group, so the dialect matters.
 */
export function applyAccountCommand(command: ShellCommand, table: UserTable, asRoot = true): AccountChange[] {
  const { program, args, line } = command;
  const options = parseOptions(args);
  const busybox = table.dialect === 'busybox' || (table.dialect === null && program === 'adduser' && has(options, '-D', '-S', '-H'));
  const [first, second] = options.positional;
  if (program === 'groupadd' || program === 'addgroup') {
    // BusyBox `addgroup USER GROUP` puts an existing user in a group.
    if (first && second && program === 'addgroup') return addMember(table, second, first, line);
    return first ? addGroup(table, options, first, program, asRoot, line) : [];
  }
  if ((program !== 'useradd' && program !== 'adduser') || !first) return [];
  if (program === 'adduser' && second && options.values.size === 0 && options.flags.size === 0) return addMember(table, second, first, line);
  if (program === 'useradd') return shadowUseradd(table, options, first, asRoot, line);
  return busybox ? busyboxAdduser(table, options, first, asRoot, line) : debianAdduser(table, options, first, line);
}
