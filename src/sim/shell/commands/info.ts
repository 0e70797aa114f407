import { capshPrint } from '../../capabilities';
import { formatId, userName } from '../../users';
import { ok, fail, type Command } from '../types';

export const id: Command = ({ proc, args }) => {
  const name = userName(proc.vfs, proc.identity.uid);
  if (args.includes('-u')) return ok(`${args.includes('-n') ? name ?? proc.identity.uid : proc.identity.uid}\n`);
  return ok(`${formatId(proc.identity, proc.vfs)}\n`);
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

export const ps: Command = ({ proc }) => {
  if (proc.busybox) {
    const rows = proc.processes.map((p) => `${String(p.pid).padStart(5)} ${p.user.padEnd(8).slice(0, 8)} 0:00 ${p.command}`);
    return ok(`PID   USER     TIME  COMMAND\n${rows.join('\n')}\n`);
  }
  const rows = proc.processes.map((p) => `${p.user.padEnd(8).slice(0, 8)} ${String(p.pid).padStart(7)}  0.0  0.1   4300  3200 ?        S    12:00   0:00 ${p.command}`);
  return ok(`USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n${rows.join('\n')}\n`);
};

export const capsh: Command = ({ proc, args }) => {
  if (!args.includes('--print')) return fail('capsh: only --print is available here\n');
  return ok(`${capshPrint(proc.caps, proc.identity, proc.vfs)}\n`);
};

export const sleep: Command = () => ok();
export const trueCommand: Command = () => ok();
export const falseCommand: Command = () => fail('', 1);

/** `java -jar FILE`: the lab has no JVM, so a present archive starts silently and a missing one fails like Java does. */
export const java: Command = ({ proc, args }) => {
  const jar = args[args.indexOf('-jar') + 1];
  if (!args.includes('-jar') || jar === undefined) return ok();
  return proc.vfs.stat(jar.startsWith('/') ? jar : `${proc.cwd}/${jar}`) ? ok() : fail(`Error: Unable to access jarfile ${jar}\n`);
};
