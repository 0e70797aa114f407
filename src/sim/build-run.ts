import { DOCKER_DEFAULT_FILTER } from './seccomp';
import { DOCKER_DEFAULT_CAPABILITIES } from '../checker/run/capabilities';
import type { RunStep, UserSpec } from '../checker/dockerfile/model';
import { BUILTINS } from './shell/builtins';
import type { ShellRuntime } from './shell/run';
import type { OutputChunk, Services, Session } from './shell/types';
import type { Proc } from './process';
import { resolveUser, type Identity } from './users';
import { dir, FileTree, type FsNode } from './vfs/tree';
import { Vfs } from './vfs/vfs';

/**
 * Programs whose effect inside a build the simulator reproduces exactly, so a RUN made only of them
 * (and shell builtins) runs through the shell. Anything else (package managers, compilers, adduser)
 * keeps the modelled effect of src/sim/build-steps.ts.
 */
const EXACT_PROGRAMS = new Set([
  'cat', 'chgrp', 'chmod', 'chown', 'cp', 'echo', 'env', 'false', 'grep', 'head', 'hostname', 'id', 'ls', 'mkdir',
  'pwd', 'rm', 'sh', 'ash', 'dash', 'tail', 'touch', 'true', 'uname', 'wc', 'whoami',
]);

/** Whether the RUN can run through the simulated shell rather than be modelled. */
export function runsInShell(run: RunStep): boolean {
  if (run.form !== 'shell' || run.heredocs.length > 0 || run.mounts.length > 0) return false;
  return run.commands.every((c) => c.program === '' || Object.hasOwn(BUILTINS, c.program) || EXACT_PROGRAMS.has(c.program));
}

export interface RunContext {
  tree: FileTree;
  user: UserSpec;
  env: string[];
  workdir: string;
  busybox: boolean;
}

export interface RunResult {
  code: number;
  /** What the step printed, both streams in order, as BuildKit logs it. */
  chunks: OutputChunk[];
}

function device(major: number, minor: number): FsNode {
  return { type: 'device', mode: 0o666, uid: 0, gid: 0, content: `${major},${minor}` };
}

/** The step's process: the stage's file system as root mount, the stage's USER with the default capabilities. */
function stepProc(context: RunContext, command: string): Proc {
  const vfs = new Vfs([{ target: '/', tree: context.tree, root: '/', readOnly: false, source: 'overlay', fsType: 'overlay', options: 'relatime' }]);
  const resolved = resolveUser(context.user.raw === '' ? '0' : context.user.raw, vfs);
  const identity: Identity = 'error' in resolved ? { uid: context.user.uid ?? 0, gid: context.user.gid ?? 0, groups: [context.user.gid ?? 0] } : resolved;
  // /dev of the step is its own tmpfs, so `> /dev/null` never lands in the image.
  vfs.mounts.push({ target: '/dev', tree: new FileTree(new Map([['/', dir()], ['/null', device(1, 3)], ['/zero', device(1, 5)]])), root: '/', readOnly: false, source: 'tmpfs', fsType: 'tmpfs', options: 'nosuid,mode=755' });
  const bounding = new Set(DOCKER_DEFAULT_CAPABILITIES);
  const env: Record<string, string> = {};
  for (const entry of context.env) {
    const eq = entry.indexOf('=');
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  env.HOSTNAME = 'buildkitsandbox';
  env.HOME = env.HOME ?? (identity.uid === 0 ? '/root' : '/');
  return {
    kind: 'container', vfs, identity, caps: { bounding, effective: identity.uid === 0 ? bounding : new Set() },
    apparmor: null, seccomp: DOCKER_DEFAULT_FILTER, network: { mode: 'none', interfaces: [], listeners: [] }, hostname: 'buildkitsandbox', env,
    cwd: context.workdir, hostDevices: false, pidHost: false, processes: [{ pid: 1, user: String(identity.uid), command }],
    busybox: context.busybox,
  };
}

/** Runs a RUN's script with `/bin/sh -c` in the stage's file system, as the stage's USER. */
export function runInShell(runtime: ShellRuntime, run: RunStep, context: RunContext): RunResult {
  const proc = stepProc(context, `${run.shell.join(' ')} ${run.script}`);
  const session: Session = { proc, shell: context.busybox ? 'ash' : 'bash' };
  // A build step has no terminal: a shell it starts without a script reads the empty stdin and ends.
  const services: Services = { enter: () => undefined, leave: () => undefined, current: () => session };
  const [shell = '/bin/sh', flag] = run.shell;
  const name = shell.split('/').pop() ?? shell;
  // The shell names itself by argv[0] in its messages ("/bin/sh: can't create ..."), as ash and dash do.
  const output = run.shell.length === 2 && flag === '-c' && ['sh', 'ash', 'dash', 'bash'].includes(name)
    ? runtime.script(services, session, run.script, { dialect: name === 'bash' ? 'bash' : context.busybox ? 'ash' : 'dash', name: shell, script: null, args: [] })
    : runtime.exec(services, session, [...run.shell, run.script], '');
  return { code: output.code, chunks: output.chunks ?? [{ fd: 1, text: output.stdout }, { fd: 2, text: output.stderr }] };
}

/** BuildKit's log of a failed step: each line the step printed, after the seconds since it started. */
export function stepLog(chunks: readonly OutputChunk[]): string[] {
  const text = chunks.map((c) => c.text).join('');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => `0.214 ${l}`);
}
