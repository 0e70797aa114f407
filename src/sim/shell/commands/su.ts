import { capable } from '../../access';
import type { Proc } from '../../process';
import { readPasswd, resolveUser } from '../../users';
import type { ShellRuntime } from '../run';
import { fail, type Command } from '../types';

interface SuArgs {
  user: string;
  shell: string | null;
  command: string | null;
  login: boolean;
}

function parse(args: string[]): SuArgs | null {
  const parsed: SuArgs = { user: 'root', shell: null, command: null, login: false };
  let named = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '-s') parsed.shell = args[++i] ?? null;
    else if (arg === '-c') parsed.command = args[++i] ?? null;
    else if (arg === '-' || arg === '-l' || arg === '--login') parsed.login = true;
    else if (arg === '-m' || arg === '-p') continue;
    else if (arg.startsWith('-')) return null;
    else if (!named) {
      parsed.user = arg;
      named = true;
    }
  }
  return parsed;
}

/**
 * BusyBox su: only root may use it without a password (the applet is not setuid in the images), and it
 * changes groups, gid and uid in that order, each of which needs its capability (CAP_SETGID, CAP_SETUID).
 */
export function su(runtime: () => ShellRuntime): Command {
  return ({ proc, args, services, session, stdin }) => {
    const options = parse(args);
    if (!options) return fail('BusyBox v1.37.0 multi-call binary.\n\nUsage: su [-lmp] [-s SH] [-] [USER [FILE ARGS | -c \'CMD\' [ARG0 ARGS]]]\n');
    const entry = readPasswd(proc.vfs).find((p) => p.name === options.user);
    // util-linux su (Debian, Ubuntu) words the same failures its own way.
    const gnu = !proc.busybox;
    if (!entry) return fail(gnu ? `su: user ${options.user} does not exist or the user entry does not contain all the required fields\n` : `su: unknown user ${options.user}\n`);
    if (proc.identity.uid !== 0) return fail(gnu ? 'Password: \nsu: Authentication failure\n' : 'su: must be suid to work properly\n');
    if (!capable(proc, 'SETGID')) return fail(`su: ${gnu ? 'cannot' : "can't"} set groups: Operation not permitted\n`);
    if (entry.uid !== proc.identity.uid && !capable(proc, 'SETUID')) return fail(`su: ${gnu ? 'cannot' : "can't"} set ${gnu ? 'user id' : 'uid'}: Operation not permitted\n`);
    const identity = resolveUser(entry.name, proc.vfs);
    if ('error' in identity) return fail(`su: unknown user ${options.user}\n`);
    const shell = options.shell ?? (entry.shell || '/bin/sh');
    const env = { ...proc.env, HOME: entry.home, SHELL: shell, ...(entry.uid !== 0 ? { USER: entry.name, LOGNAME: entry.name } : {}) };
    const caps = { bounding: proc.caps.bounding, effective: entry.uid === 0 ? proc.caps.effective : new Set<string>() };
    const child: Proc = { ...proc, identity, caps, env, cwd: options.login ? entry.home : proc.cwd };
    const argv = options.command === null ? [shell] : [shell, '-c', options.command];
    if (!child.vfs.stat(shell)) return fail(`su: can't execute '${shell}': No such file or directory\n`, 127);
    return runtime().exec(services, { ...session, proc: child }, argv, stdin);
  };
}
