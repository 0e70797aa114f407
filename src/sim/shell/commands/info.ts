import { capshDecode, capshPrint } from '../../capabilities';
import { formatId, groupName, identityOf, userName } from '../../users';
import { ok, fail, type Command } from '../types';
import { psColumns } from './ps-columns';

/** `id [-u|-g|-G] [-n] [USER]`: BusyBox on Alpine-like images, coreutils on Debian-like ones. */
export const id: Command = ({ proc, args }) => {
  const letters = new Set(args.filter((a) => /^-[a-zA-Z]+$/.test(a)).flatMap((a) => [...a.slice(1)]));
  const operand = args.find((a) => !a.startsWith('-'));
  let identity = proc.identity;
  if (operand !== undefined) {
    const found = identityOf(operand, proc.vfs);
    if (!found) return fail(proc.busybox ? `id: unknown user ${operand}\n` : `id: '${operand}': no such user\n`);
    identity = found;
  }
  const names = letters.has('n');
  const label = (id: number, name: string | undefined): string => (names ? name ?? String(id) : String(id));
  if (letters.has('u')) return ok(`${label(identity.uid, userName(proc.vfs, identity.uid))}\n`);
  if (letters.has('g')) return ok(`${label(identity.gid, groupName(proc.vfs, identity.gid))}\n`);
  if (letters.has('G')) {
    const ordered = proc.busybox ? identity.groups : [identity.gid, ...identity.groups.filter((g) => g !== identity.gid)];
    return ok(`${ordered.map((g) => label(g, groupName(proc.vfs, g))).join(' ')}\n`);
  }
  return ok(`${formatId(identity, proc.vfs, proc.busybox)}\n`);
};

export const whoami: Command = ({ proc }) => {
  const name = userName(proc.vfs, proc.identity.uid);
  if (name !== undefined) return ok(`${name}\n`);
  return proc.busybox
    ? fail(`whoami: unknown uid ${proc.identity.uid}\n`)
    : fail(`whoami: cannot find name for user ID ${proc.identity.uid}\n`);
};

export const hostname: Command = ({ proc }) => ok(`${proc.hostname}\n`);

export const env: Command = ({ proc }) =>
  ok(Object.entries(proc.env).map(([key, value]) => `${key}=${value}\n`).join(''));

export const uname: Command = ({ proc, args }) =>
  ok(args.includes('-a') ? `Linux ${proc.hostname} 6.8.0-45-generic #45-Ubuntu SMP x86_64 Linux\n` : 'Linux\n');

export const ps: Command = ({ proc, args }) => {
  const format = args.indexOf('-o');
  if (proc.busybox && format >= 0) {
    const result = psColumns(args[format + 1] ?? '', proc.processes);
    return 'text' in result ? ok(result.text) : fail(`ps: bad -o argument '${result.unknown}'\n`);
  }
  if (proc.busybox) {
    // BusyBox's default format is pid,user,time,args: TIME is 5 wide, minutes right-aligned (%2u:%02u).
    const rows = proc.processes.map((p) => `${String(p.pid).padStart(5)} ${p.user.padEnd(8).slice(0, 8)}  0:00 ${p.command}`);
    return ok(`PID   USER     TIME  COMMAND\n${rows.join('\n')}\n`);
  }
  const rows = proc.processes.map((p) => `${p.user.padEnd(8).slice(0, 8)} ${String(p.pid).padStart(7)}  0.0  0.1   4300  3200 ?        S    12:00   0:00 ${p.command}`);
  return ok(`USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n${rows.join('\n')}\n`);
};

/** `capsh --print` and `capsh --decode=MASK`, each option in the order given, as capsh handles them. */
export const capsh: Command = ({ proc, args }) => {
  const known = args.filter((a) => a === '--print' || a.startsWith('--decode='));
  if (known.length === 0) return fail('capsh: only --print and --decode=MASK are available here\n');
  const lines = known.map((a) => (a === '--print' ? capshPrint(proc.caps, proc.identity, proc.vfs) : capshDecode(a.slice('--decode='.length))));
  return ok(`${lines.join('\n')}\n`);
};

/**
 * Returns at once, as the terminal cannot wait; a sleep of a minute or more is still running when the
 * next command is typed, so a container whose shell ends in one stays up.
 */
export const sleep: Command = (ctx) => {
  const seconds = ctx.args.reduce((total, arg) => total + secondsOf(arg), 0);
  return seconds >= 60 ? { ...ok(), running: true } : ok();
};

function secondsOf(arg: string): number {
  if (arg === 'infinity') return Number.POSITIVE_INFINITY;
  const match = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg);
  if (!match) return 0;
  return Number(match[1]) * ({ '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] ?? ''] ?? 1);
}
export const trueCommand: Command = () => ok();
export const falseCommand: Command = () => fail('', 1);

/** `java -jar FILE`: the lab has no JVM, so a present archive starts silently and a missing one fails like Java does. */
export const java: Command = ({ proc, args }) => {
  const jar = args[args.indexOf('-jar') + 1];
  if (!args.includes('-jar') || jar === undefined) return ok();
  return proc.vfs.stat(jar.startsWith('/') ? jar : `${proc.cwd}/${jar}`) ? ok() : fail(`Error: Unable to access jarfile ${jar}\n`);
};
