/**
 * System calls a container should not reach, grouped by why. Docker's default profile refuses each
 * of them unless the container holds the capability named here (moby/profiles seccomp/default.json);
 * the ones with no capability are refused whatever the container holds.
 */
export interface DangerGroup {
  /** Message id of the finding for this group. */
  id: 'mount' | 'namespace' | 'keyring' | 'kernelCode' | 'bpf' | 'handle' | 'trace' | 'exploit' | 'host';
  names: readonly string[];
  /** The capability Docker's default profile requires for these calls; null when no capability opens them. */
  capability: string | null;
}

export const DANGER_GROUPS: readonly DangerGroup[] = [
  { id: 'mount', names: ['mount', 'umount', 'umount2', 'fsopen', 'fsmount', 'fsconfig', 'fspick', 'move_mount', 'open_tree', 'mount_setattr', 'pivot_root'], capability: 'CAP_SYS_ADMIN' },
  { id: 'namespace', names: ['unshare', 'setns'], capability: 'CAP_SYS_ADMIN' },
  { id: 'keyring', names: ['keyctl', 'add_key', 'request_key'], capability: null },
  { id: 'kernelCode', names: ['kexec_load', 'kexec_file_load', 'init_module', 'finit_module', 'delete_module', 'create_module'], capability: 'CAP_SYS_MODULE' },
  { id: 'bpf', names: ['bpf', 'perf_event_open'], capability: 'CAP_SYS_ADMIN' },
  { id: 'handle', names: ['open_by_handle_at'], capability: 'CAP_DAC_READ_SEARCH' },
  { id: 'trace', names: ['ptrace', 'process_vm_readv', 'process_vm_writev'], capability: 'CAP_SYS_PTRACE' },
  { id: 'exploit', names: ['userfaultfd', 'io_uring_setup', 'io_uring_enter', 'io_uring_register'], capability: null },
  { id: 'host', names: ['reboot', 'swapon', 'swapoff', 'settimeofday', 'clock_settime', 'acct', 'iopl', 'ioperm'], capability: null },
];

const BY_NAME = new Map(DANGER_GROUPS.flatMap((group) => group.names.map((name) => [name, group] as const)));

export function dangerOf(syscall: string): DangerGroup | undefined {
  return BY_NAME.get(syscall);
}
