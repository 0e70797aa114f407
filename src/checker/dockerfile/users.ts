import type { Span } from '../core/types';
import type { CreatedUser, KnownUser, ShellCommand, UserSpec } from './model';

/** Names a stage can resolve: shipped by its base, or created by its RUNs (uid may be unknown). */
export interface UserTable {
  users: Map<string, { uid: number | null; gid: number | null }>;
  groups: Map<string, number | null>;
}

export function tableOf(known: readonly KnownUser[]): UserTable {
  const users = new Map<string, { uid: number | null; gid: number | null }>();
  const groups = new Map<string, number | null>();
  for (const u of known) {
    users.set(u.name, { uid: u.uid, gid: u.gid });
    groups.set(u.name, u.gid);
  }
  if (!users.has('root')) users.set('root', { uid: 0, gid: 0 });
  if (!groups.has('root')) groups.set('root', 0);
  return { users, groups };
}

export function copyTable(table: UserTable): UserTable {
  return { users: new Map(table.users), groups: new Map(table.groups) };
}

/** A numeric id as the runtime reads it (`0`, `000`, `+0` and `-0` all parse to 0); null for names. */
export function numericId(text: string): number | null {
  if (!/^[+-]?\d{1,10}$/.test(text)) return null;
  const n = Number.parseInt(text, 10);
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}

function resolveGroup(text: string, table: UserTable): number | null {
  return numericId(text) ?? table.groups.get(text) ?? null;
}

/** Resolves `user[:group]` against the stage's table; a name nobody created resolves to no uid. */
export function resolveUser(raw: string, table: UserTable, span: Span, source: UserSpec['source']): UserSpec {
  const text = raw.trim();
  const colon = text.indexOf(':');
  const user = colon === -1 ? text : text.slice(0, colon);
  const group = colon === -1 ? null : text.slice(colon + 1);
  const numeric = numericId(user);
  const entry = numeric === null ? table.users.get(user) : undefined;
  const uid = numeric ?? entry?.uid ?? null;
  const gid = group !== null ? resolveGroup(group, table) : entry ? entry.gid : uid;
  const isRoot = uid !== null ? uid === 0 : user === 'root';
  return { raw: text, user, group, uid, gid, isRoot, source, line: span.line, span };
}

export function unknownUser(span: Span): UserSpec {
  return { raw: 'unknown', user: 'unknown', group: null, uid: null, gid: null, isRoot: null, source: 'unknown', line: span.line, span };
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

/**
 * Applies `useradd`, `adduser`, `groupadd` and `addgroup` to the table and returns the users
 * user created, if any. BusyBox `adduser -g` is a comment (GECOS), not a group, so the dialect matters.
 */
export function applyAccountCommand(command: ShellCommand, table: UserTable): CreatedUser | null {
  const { program, args, line } = command;
  if (program === 'groupadd' || program === 'addgroup') {
    const options = parseOptions(args);
    // BusyBox `addgroup USER GROUP` puts an existing user in a group; it creates nothing.
    const name = options.positional.length === 1 ? options.positional[0] : undefined;
    if (name) table.groups.set(name, numericId(firstValue(options, ['-g', '--gid']) ?? '') ?? null);
    return null;
  }
  if (program !== 'useradd' && program !== 'adduser') return null;
  const options = parseOptions(args);
  const busybox = program === 'adduser' && [...options.flags].some((f) => f === '-D' || f === '-S' || f === '-H');
  const name = options.positional[0];
  if (!name) return null;
  const uid = numericId(firstValue(options, ['-u', '--uid']) ?? '');
  const groupOption = busybox
    ? firstValue(options, ['-G', '--ingroup'])
    : firstValue(options, program === 'adduser' ? ['--gid', '--ingroup'] : ['-g', '--gid']);
  let gid: number | null;
  if (groupOption !== undefined) gid = resolveGroup(groupOption, table);
  else if (table.groups.has(name)) gid = table.groups.get(name) ?? null;
  else gid = uid;
  table.users.set(name, { uid, gid });
  if (!table.groups.has(name)) table.groups.set(name, gid);
  return { name, uid, gid, line };
}
