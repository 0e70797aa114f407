import { capable } from '../../access';
import { HOST_DISK } from '../../host';
import type { Proc } from '../../process';
import { dir, FileTree } from '../../vfs/tree';
import { EACCES, EPERM, ERRNO_TEXT, filteredErrno } from '../../seccomp';
import { absolute, follow } from '../fsops';
import { fail, ok, type Command, type CommandContext, type Output } from '../types';

/** Whether the kernel runs `syscall` for this process: the seccomp filter decides first, then the capability. */
function kernelAllows(proc: Proc, cap: string, syscall: string): boolean {
  return filteredErrno(proc, syscall) === null && capable(proc, cap);
}

function mountTable(proc: Proc): string {
  return proc.vfs.mounts.map((m) => `${m.source} on ${m.target} type ${m.fsType} (${m.readOnly ? 'ro' : 'rw'}${m.options ? `,${m.options}` : ''})`).join('\n');
}

/** Mounts the host's root partition; the only block device with a file system in the lab. */
export function mountCommand(hostRoot: () => FileTree): Command {
  return ({ proc, args }) => {
    const operands = args.filter((a, i) => !a.startsWith('-') && !['-t', '-o'].includes(args[i - 1] ?? ''));
    if (operands.length === 0) return ok(`${mountTable(proc)}\n`);
    const [device = '', target = ''] = operands;
    if (proc.identity.uid !== 0) return fail('mount: permission denied (are you root?)\n');
    // BusyBox words EPERM as "are you root?" and any other errno as the failed mount (util-linux: "permission denied.").
    const refused = (errno: number): Output => (!proc.busybox ? fail(`mount: ${target}: permission denied.\n`)
      : errno === EPERM ? fail('mount: permission denied (are you root?)\n')
        : fail(`mount: mounting ${device} on ${target} failed: ${ERRNO_TEXT[errno] ?? 'Operation not permitted'}\n`, 255));
    const filtered = filteredErrno(proc, 'mount');
    if (filtered !== null) return refused(filtered);
    if (!capable(proc, 'SYS_ADMIN')) return refused(EPERM);
    if (proc.apparmor !== null && !proc.apparmor.allowsMount()) return refused(EACCES);
    const fsType = args[args.indexOf('-t') + 1];
    if (args.includes('-t') && fsType === 'tmpfs') {
      const where = absolute(proc, target);
      if (proc.vfs.stat(where)?.type !== 'dir') return fail(`mount: mounting ${device} on ${target} failed: No such file or directory\n`, 255);
      proc.vfs.attach({ target: where, tree: new FileTree(new Map([['/', dir(0o1777)]])), root: '/', readOnly: false, source: device, fsType: 'tmpfs', options: 'relatime' });
      return ok();
    }
    const deviceNode = follow(proc, device).node;
    if (!deviceNode || deviceNode.type !== 'device') return fail(`mount: mounting ${device} on ${target} failed: No such file or directory\n`);
    // A disk file system may only be mounted from the initial user namespace: CAP_SYS_ADMIN of a
    // remapped container's own namespace does not count (mount(2) returns EPERM).
    if (proc.userns) return fail('mount: permission denied (are you root?)\n');
    const partition = HOST_DISK.partitions.find((p) => p.device === device);
    if (!partition || partition.type !== 'Linux') return fail(`mount: mounting ${device} on ${target} failed: Invalid argument\n`);
    const where = absolute(proc, target);
    const targetNode = proc.vfs.stat(where);
    if (!targetNode || targetNode.type !== 'dir') return fail(`mount: mounting ${device} on ${target} failed: No such file or directory\n`);
    proc.vfs.attach({ target: where, tree: hostRoot(), root: '/', readOnly: false, source: device, fsType: 'ext4', options: 'relatime' });
    return ok();
  };
}

export const umount: Command = ({ proc, args }) => {
  const target = args.find((a) => !a.startsWith('-')) ?? '';
  if (proc.identity.uid !== 0) return fail(`umount: ${target}: must be superuser to unmount.\n`);
  if (!kernelAllows(proc, 'SYS_ADMIN', 'umount2')) return fail(`umount: can't unmount ${target}: Operation not permitted\n`);
  return proc.vfs.detach(absolute(proc, target)) ? ok() : fail(`umount: can't unmount ${target}: Invalid argument\n`);
};

export const fdisk: Command = ({ proc, args }) => {
  if (!args.includes('-l')) return fail('fdisk: only -l is available here\n');
  const device = proc.vfs.stat(HOST_DISK.device);
  if (!proc.hostDevices || !device) return ok();
  if (proc.identity.uid !== 0) return fail(`fdisk: cannot open ${HOST_DISK.device}: Permission denied\n`);
  const rows = HOST_DISK.partitions.map((p) =>
    `${p.device.padEnd(10)} ${(p.boot ? '*' : '').padEnd(4)} ${String(p.start).padStart(8)} ${String(p.end).padStart(8)} ${String(p.end - p.start + 1).padStart(8)} ${p.size.padStart(4)} ${p.id.padStart(2)} ${p.type}`);
  return ok([
    `Disk ${HOST_DISK.device}: 20 GiB, ${HOST_DISK.bytes} bytes, ${HOST_DISK.sectors} sectors`,
    'Disk model: QEMU HARDDISK   ',
    'Units: sectors of 1 * 512 = 512 bytes',
    'Sector size (logical/physical): 512 bytes / 512 bytes',
    'I/O size (minimum/optimal): 512 bytes / 512 bytes',
    'Disklabel type: dos',
    `Disk identifier: ${HOST_DISK.identifier}`,
    '',
    'Device     Boot    Start      End  Sectors Size Id Type',
    ...rows,
    '',
  ].join('\n'));
};

/** Runs a command (or an interactive shell) in a changed process: how chroot and nsenter continue. */
export type ContinueIn = (ctx: CommandContext, proc: Proc, argv: string[]) => Output;

export function chroot(continueIn: ContinueIn): Command {
  return (ctx) => {
    const { proc, args } = ctx;
    const [target = '', ...command] = args;
    const phrase = proc.busybox ? "can't change root directory to" : 'cannot change root directory to';
    if (!capable(proc, 'SYS_CHROOT')) return fail(`chroot: ${phrase} '${target}': Operation not permitted\n`, 125);
    const node = proc.vfs.stat(absolute(proc, target));
    if (!node || node.type !== 'dir') return fail(`chroot: ${phrase} '${target}': No such file or directory\n`, 125);
    const vfs = proc.vfs.chroot(absolute(proc, target));
    const hasBash = vfs.stat('/bin/bash') !== undefined;
    const changed: Proc = { ...proc, vfs, cwd: '/', busybox: !hasBash && proc.busybox };
    return continueIn(ctx, changed, command.length ? command : [hasBash ? '/bin/bash' : '/bin/sh', '-i']);
  };
}

export function nsenter(hostRootProc: () => Proc, continueIn: ContinueIn): Command {
  return (ctx) => {
    const { proc, args } = ctx;
    const separator = args.indexOf('--');
    const flags = separator >= 0 ? args.slice(0, separator) : args.filter((a) => a.startsWith('-') || /^\d+$/.test(a));
    const command = separator >= 0 ? args.slice(separator + 1) : args.filter((a) => !flags.includes(a));
    const targetIndex = flags.findIndex((f) => f === '-t' || f === '--target');
    const target = targetIndex >= 0 ? flags[targetIndex + 1] : undefined;
    if (target === undefined) return fail('nsenter: neither filename nor target pid supplied for ns/mnt\n');
    if (!kernelAllows(proc, 'SYS_ADMIN', 'setns')) return fail("nsenter: reassociate to namespace 'ns/ipc' failed: Operation not permitted\n");
    if (target !== '1' || !proc.pidHost) {
      return continueIn(ctx, proc, command.length ? command : ['/bin/sh', '-i']);
    }
    return continueIn(ctx, hostRootProc(), command.length ? command : ['/bin/bash', '-i']);
  };
}

const NAMESPACE_FLAGS: Readonly<Record<string, number>> = {
  '-m': 0x20000, '--mount': 0x20000, '-u': 0x4000000, '--uts': 0x4000000, '-i': 0x8000000, '--ipc': 0x8000000,
  '-n': 0x40000000, '--net': 0x40000000, '-p': 0x20000000, '--pid': 0x20000000, '-U': 0x10000000, '--user': 0x10000000,
  '-r': 0x10000000, '--map-root-user': 0x10000000, '-C': 0x2000000, '--cgroup': 0x2000000,
};
const CLONE_NEWUSER = 0x10000000;

/**
 * BusyBox `unshare`: one unshare(2) with the namespaces asked for. Docker's default filter refuses the
 * call without CAP_SYS_ADMIN whatever the flags; without the filter, a user namespace needs no capability
 * and makes the process root inside it (with -r), where the container's other groups show as nobody.
 */
export function unshare(continueIn: ContinueIn): Command {
  return (ctx) => {
    const { proc, args } = ctx;
    let flags = 0;
    let mapRoot = false;
    let i = 0;
    for (; i < args.length && (args[i] ?? '').startsWith('-'); i++) {
      const arg = args[i] ?? '';
      if (arg === '--') { i++; break; }
      const letters = /^-[a-zA-Z]{2,}$/.test(arg) ? [...arg.slice(1)].map((c) => `-${c}`) : [arg];
      for (const letter of letters) {
        const flag = NAMESPACE_FLAGS[letter];
        if (flag === undefined && letter !== '-f' && letter !== '--fork') return fail(`unshare: unrecognized option '${letter.replace(/^-+/, '')}'\n`);
        flags |= flag ?? 0;
        if (letter === '-r' || letter === '--map-root-user') mapRoot = true;
      }
    }
    const command = args.slice(i);
    const call = `unshare: unshare(0x${flags.toString(16)})`;
    const filtered = filteredErrno(proc, 'unshare');
    if (filtered !== null) return fail(`${call}: ${ERRNO_TEXT[filtered] ?? 'Operation not permitted'}\n`);
    const userns = (flags & CLONE_NEWUSER) !== 0;
    if (flags !== 0 && !userns && !capable(proc, 'SYS_ADMIN')) return fail(`${call}: Operation not permitted\n`);
    const inside: Proc = userns ? {
      ...proc,
      identity: mapRoot
        ? { ...proc.identity, uid: 0, gid: 0, groups: proc.identity.groups.map((g) => (g === proc.identity.gid ? 0 : 65534)) }
        : { ...proc.identity, uid: 65534, gid: 65534, groups: proc.identity.groups.map(() => 65534) },
      caps: { bounding: proc.caps.bounding, effective: new Set() },
    } : proc;
    const shell = proc.env.SHELL ?? '/bin/sh';
    return continueIn(ctx, inside, command.length ? command : [shell, '-i']);
  };
}
