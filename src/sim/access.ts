import type { FileAccessKind, Proc } from './process';
import type { FsNode } from './vfs/tree';
import { normalizePath, parentOf } from './vfs/paths';
import type { Mount } from './vfs/vfs';
import { ownerInside } from './userns';

export type Denial = 'EACCES' | 'EROFS' | 'EPERM';

const BITS: Record<FileAccessKind, number> = { read: 4, write: 2, link: 2, exec: 1 };

function hasCap(proc: Proc, cap: string): boolean {
  return proc.caps.effective.has(cap) && (proc.apparmor?.allowsCapability(cap.toLowerCase()) ?? true);
}

/**
 * The owner a process sees on a mount. A host file system in a remapped container shows host IDs
 * shifted into the namespace, and a node whose owner has no mapping there is out of reach of the
 * namespace's capabilities (the kernel's capable_wrt_inode_uidgid).
 */
function ownerSeen(node: FsNode, mount: Mount): { uid: number; gid: number; mapped: boolean } {
  return mount.hostIds ? ownerInside(node, mount.hostIds) : { uid: node.uid, gid: node.gid, mapped: true };
}

/** Classic Unix permission bits, with root's DAC_OVERRIDE bypass (exec still needs one x bit). */
function dacAllows(proc: Proc, node: FsNode, access: FileAccessKind, mount: Mount): boolean {
  const bit = BITS[access];
  const owner = ownerSeen(node, mount);
  if (owner.mapped && hasCap(proc, 'DAC_OVERRIDE')) {
    return access !== 'exec' || node.type === 'dir' || (node.mode & 0o111) !== 0;
  }
  if (owner.mapped && access === 'read' && hasCap(proc, 'DAC_READ_SEARCH')) return true;
  const { uid, groups } = proc.identity;
  if (owner.uid === uid) return ((node.mode >> 6) & bit) !== 0;
  if (groups.includes(owner.gid) || proc.identity.gid === owner.gid) return ((node.mode >> 3) & bit) !== 0;
  return (node.mode & bit) !== 0;
}

/** The owner `ls` and `stat` show the process for the node at `path`. */
export function ownerShown(proc: Proc, path: string, node: FsNode): { uid: number; gid: number } {
  const { uid, gid } = ownerSeen(node, proc.vfs.resolve(normalizePath(path, proc.cwd)).mount);
  return { uid, gid };
}

/** The owner a file the process creates gets on disk: on a remapped host mount, the host IDs its own map to. */
export function newOwner(proc: Proc, path: string): { uid: number; gid: number } {
  const { mount } = proc.vfs.resolve(normalizePath(path, proc.cwd));
  const { uid, gid } = proc.identity;
  return mount.hostIds ? { uid: mount.hostIds.uid + uid, gid: mount.hostIds.gid + gid } : { uid, gid };
}

/** Whether the process may access an existing node; checks the mount, AppArmor, then the mode bits. */
export function checkAccess(proc: Proc, path: string, node: FsNode, access: FileAccessKind): Denial | null {
  const full = normalizePath(path, proc.cwd);
  const { mount } = proc.vfs.resolve(full);
  if ((access === 'write' || access === 'link') && mount.readOnly) return 'EROFS';
  // execve(2) refuses a file on a noexec mount whatever its mode bits say.
  if (access === 'exec' && node.type !== 'dir' && mount.options.split(',').includes('noexec')) return 'EACCES';
  if (proc.apparmor && !proc.apparmor.allowsFile(full, access, node.type === 'dir')) return 'EACCES';
  return dacAllows(proc, node, access, mount) ? null : 'EACCES';
}

/** Creating or removing `path` needs write on its directory (and AppArmor write on the name itself). */
export function checkCreate(proc: Proc, path: string): Denial | null {
  const full = normalizePath(path, proc.cwd);
  const parent = proc.vfs.stat(parentOf(full));
  if (!parent) return 'EACCES';
  if (proc.vfs.resolve(full).mount.readOnly) return 'EROFS';
  if (proc.apparmor && !proc.apparmor.allowsFile(full, 'write', false)) return 'EACCES';
  const { mount } = proc.vfs.resolve(parentOf(full));
  return dacAllows(proc, parent, 'write', mount) && dacAllows(proc, parent, 'exec', mount) ? null : 'EACCES';
}

/**
 * Removing `path` needs what creating it does, and in a sticky directory (/tmp) also that the process
 * owns the file or the directory, or has CAP_FOWNER.
 */
export function checkRemove(proc: Proc, path: string, node: FsNode): Denial | null {
  const denied = checkCreate(proc, path);
  if (denied) return denied;
  const parent = proc.vfs.stat(parentOf(normalizePath(path, proc.cwd)));
  if (!parent || (parent.mode & 0o1000) === 0) return null;
  const { uid } = proc.identity;
  return node.uid === uid || parent.uid === uid || hasCap(proc, 'FOWNER') ? null : 'EPERM';
}

/** chmod needs ownership or CAP_FOWNER. */
export function checkChmod(proc: Proc, path: string, node: FsNode): Denial | null {
  const full = normalizePath(path, proc.cwd);
  if (proc.vfs.resolve(full).mount.readOnly) return 'EROFS';
  if (proc.apparmor && !proc.apparmor.allowsFile(full, 'write', node.type === 'dir')) return 'EACCES';
  return node.uid === proc.identity.uid || hasCap(proc, 'FOWNER') ? null : 'EPERM';
}

/** chown needs CAP_CHOWN. */
export function checkChown(proc: Proc, path: string, node: FsNode): Denial | null {
  const full = normalizePath(path, proc.cwd);
  if (proc.vfs.resolve(full).mount.readOnly) return 'EROFS';
  if (proc.apparmor && !proc.apparmor.allowsFile(full, 'write', node.type === 'dir')) return 'EACCES';
  return hasCap(proc, 'CHOWN') ? null : 'EPERM';
}

export function capable(proc: Proc, cap: string): boolean {
  return hasCap(proc, cap);
}

/** The message the C library gives for each error. */
export function errorText(denial: Denial): string {
  return denial === 'EROFS' ? 'Read-only file system' : denial === 'EPERM' ? 'Operation not permitted' : 'Permission denied';
}
