import type { SeccompModel } from '../checker/seccomp';

/** What the filter does with one system call. */
export type SyscallVerdict = { kind: 'allow' } | { kind: 'errno'; errno: number } | { kind: 'kill' };

/** A seccomp filter in force on a process; capabilities are the container's, without the CAP_ prefix. */
export interface SyscallFilter {
  readonly source: 'default' | 'custom';
  decide(syscall: string, caps: ReadonlySet<string>): SyscallVerdict;
}

export const EPERM = 1;
export const EACCES = 13;
export const ENOSYS = 38;

/** strerror texts of the errnos a profile is likely to return. */
export const ERRNO_TEXT: Readonly<Record<number, string>> = {
  1: 'Operation not permitted', 2: 'No such file or directory', 13: 'Permission denied', 22: 'Invalid argument', 38: 'Function not implemented',
};

const ALLOW: SyscallVerdict = { kind: 'allow' };

/**
 * Docker's default profile (moby/profiles seccomp/default.json) for the calls the simulator's
 * programs make: these open only with the capability named, the NEVER ones not at all; every other
 * call the simulated programs make is on its allow-list.
 */
const GATED: Readonly<Record<string, string>> = {
  mount: 'SYS_ADMIN', umount: 'SYS_ADMIN', umount2: 'SYS_ADMIN', unshare: 'SYS_ADMIN', setns: 'SYS_ADMIN',
  'clone:namespaces': 'SYS_ADMIN', sethostname: 'SYS_ADMIN', bpf: 'SYS_ADMIN', perf_event_open: 'SYS_ADMIN',
  chroot: 'SYS_CHROOT', open_by_handle_at: 'DAC_READ_SEARCH', reboot: 'SYS_BOOT',
  init_module: 'SYS_MODULE', finit_module: 'SYS_MODULE', delete_module: 'SYS_MODULE', settimeofday: 'SYS_TIME',
};
const NEVER = new Set(['keyctl', 'add_key', 'request_key', 'kexec_load', 'kexec_file_load', 'userfaultfd', 'io_uring_setup']);

export const DOCKER_DEFAULT_FILTER: SyscallFilter = {
  source: 'default',
  decide(syscall, caps) {
    if (NEVER.has(syscall)) return { kind: 'errno', errno: EPERM };
    const cap = GATED[syscall];
    return cap !== undefined && !caps.has(cap) ? { kind: 'errno', errno: EPERM } : ALLOW;
  },
};

function verdictOf(action: string, errnoRet: number | null): SyscallVerdict {
  if (action === 'SCMP_ACT_ALLOW' || action === 'SCMP_ACT_LOG') return ALLOW;
  if (action === 'SCMP_ACT_ERRNO') return { kind: 'errno', errno: errnoRet ?? EPERM };
  // No tracer is ever attached in the lab: the kernel fails the call with ENOSYS (seccomp(2)).
  if (action === 'SCMP_ACT_TRACE') return { kind: 'errno', errno: ENOSYS };
  if (action === 'SCMP_ACT_TRAP' || action.startsWith('SCMP_ACT_KILL')) return { kind: 'kill' };
  return { kind: 'errno', errno: EPERM };
}

const bare = (cap: string): string => cap.replace(/^CAP_/i, '').toUpperCase();

/** A learner's profile as runc loads it: the first rule that names the call and whose conditions hold decides. */
export function profileFilter(model: SeccompModel): SyscallFilter {
  return {
    source: 'custom',
    decide(syscall, caps) {
      const name = syscall === 'clone:namespaces' ? 'clone' : syscall;
      for (const rule of model.syscalls) {
        if (!rule.action || !rule.names.some((n) => n.value === name)) continue;
        if (!rule.includes.caps.every((c) => caps.has(bare(c)))) continue;
        if (rule.excludes.caps.some((c) => caps.has(bare(c)))) continue;
        return verdictOf(rule.action.value, rule.errnoRet?.value ?? null);
      }
      return verdictOf(model.defaultAction?.value ?? 'SCMP_ACT_ALLOW', model.defaultErrnoRet?.value ?? null);
    },
  };
}

/** The errno a call fails with under the process's filter, or null when the filter lets it through. */
export function filteredErrno(proc: { seccomp: SyscallFilter | null; caps: { bounding: ReadonlySet<string> } }, syscall: string): number | null {
  if (!proc.seccomp) return null;
  const verdict = proc.seccomp.decide(syscall, proc.caps.bounding);
  if (verdict.kind === 'allow') return null;
  return verdict.kind === 'errno' ? verdict.errno : EPERM;
}

/** Why runc would refuse to start a container with this profile, in its words; null when it starts. */
export function profileRefusal(model: SeccompModel): string | null {
  const actions = [model.defaultAction, ...model.syscalls.map((r) => r.action)];
  const known = ['SCMP_ACT_KILL', 'SCMP_ACT_KILL_PROCESS', 'SCMP_ACT_KILL_THREAD', 'SCMP_ACT_TRAP', 'SCMP_ACT_ERRNO', 'SCMP_ACT_TRACE', 'SCMP_ACT_ALLOW', 'SCMP_ACT_LOG', 'SCMP_ACT_NOTIFY'];
  const prefix = 'failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed:';
  const unknown = actions.find((a) => a && !known.includes(a.value));
  if (unknown) return `${prefix} string ${unknown.value} is not a valid action for seccomp: unknown`;
  if (model.syscalls.some((r) => !r.action) && model.defaultAction) return `${prefix} string  is not a valid action for seccomp: unknown`;
  if (actions.some((a) => a?.value === 'SCMP_ACT_NOTIFY')) return `${prefix} unable to start container process: listenerPath is not set: unknown`;
  // runc installs the filter before it runs the program, so execve itself must get through.
  if (model.defaultAction && profileFilter(model).decide('execve', new Set()).kind !== 'allow') {
    return 'cannot start a stopped process: unknown';
  }
  return null;
}
