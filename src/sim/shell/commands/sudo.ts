import { ALL_CAPABILITIES } from '../../../checker/run/capabilities';
import type { Proc } from '../../process';
import { fail, type Command, type Output } from '../types';
import type { ShellRuntime } from '../run';

/** The host user may use sudo (the lab's learner is an administrator, as on a developer machine). */
export function sudo(runtime: () => ShellRuntime): Command {
  return ({ proc, args, services, session, stdin }) => {
    if (proc.kind !== 'host') return fail('sh: sudo: not found\n', 127);
    const rest = args[0] === '-i' || args[0] === '-s' ? ['bash'] : args;
    const all = new Set(ALL_CAPABILITIES);
    const root: Proc = { ...proc, identity: { uid: 0, gid: 0, groups: [0] }, caps: { effective: all, bounding: all }, env: { ...proc.env, HOME: '/root', USER: 'root' } };
    if (rest.length === 1 && rest[0] === 'bash') {
      services.enter({ proc: root, shell: 'host' });
      return { stdout: '', stderr: '', code: 0 } satisfies Output;
    }
    return runtime().exec(services, { ...session, proc: root }, rest, stdin);
  };
}
