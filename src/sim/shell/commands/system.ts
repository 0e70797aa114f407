import { capable } from '../../access';
import { HOST_DISK } from '../../host';
import type { Proc } from '../../process';
import type { FileTree } from '../../vfs/tree';
import { absolute, follow } from '../fsops';
import { fail, ok, type Command, type CommandContext, type Output } from '../types';

/** Host-level powers that Docker's default seccomp filter takes away (mount, setns, unshare). */
function kernelAllows(proc: Proc, cap: string): boolean {
  return capable(proc, cap) && !proc.seccomp;
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
    const denied = !kernelAllows(proc, 'SYS_ADMIN') || (proc.apparmor !== null && !proc.apparmor.allowsMount());
    if (denied) return fail(`mount: ${target}: permission denied.\n`);
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
  if (!kernelAllows(proc, 'SYS_ADMIN')) return fail(`umount: can't unmount ${target}: Operation not permitted\n`);
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
    if (!kernelAllows(proc, 'SYS_ADMIN')) return fail("nsenter: reassociate to namespace 'ns/ipc' failed: Operation not permitted\n");
    if (target !== '1' || !proc.pidHost) {
      return continueIn(ctx, proc, command.length ? command : ['/bin/sh', '-i']);
    }
    return continueIn(ctx, hostRootProc(), command.length ? command : ['/bin/bash', '-i']);
  };
}
