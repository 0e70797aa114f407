import type { FileWrite, UserSpec } from '../checker/dockerfile/model';
import { toolErrorText } from './shell/messages';
import { normalizePath, parentOf } from './vfs/paths';
import type { FileTree, FsNode } from './vfs/tree';

/** Who a RUN runs as, for the permission bits; root has the default capabilities and passes them all. */
interface Runner {
  uid: number;
  gid: number;
}

function runnerOf(user: UserSpec): Runner | null {
  return user.uid === null || user.uid === 0 ? null : { uid: user.uid, gid: user.gid ?? 0 };
}

function allows(node: FsNode, runner: Runner, bit: number): boolean {
  if (node.uid === runner.uid) return ((node.mode >> 6) & bit) !== 0;
  if (node.gid === runner.gid) return ((node.mode >> 3) & bit) !== 0;
  return (node.mode & bit) !== 0;
}

/** Making, writing or removing `path` needs write and search on its directory, or write on the file itself. */
function canWrite(tree: FileTree, path: string, runner: Runner, existingFileIsEnough: boolean): boolean {
  const node = tree.get(path);
  if (node && existingFileIsEnough && node.type === 'file') return allows(node, runner, 2);
  const parent = tree.get(parentOf(path));
  return parent !== undefined && allows(parent, runner, 2) && allows(parent, runner, 1);
}

/**
 * The error a RUN's file change meets when a non-root USER makes it in a directory it may not write
 * (the course's "USER before RUN" mistake), as the image's tools print it; null when it is allowed.
 */
export function runWriteRefusal(tree: FileTree, writes: readonly FileWrite[], user: UserSpec, workdir: string, busybox: boolean): string | null {
  const runner = runnerOf(user);
  if (!runner) return null;
  for (const write of writes) {
    for (const raw of write.paths) {
      const path = normalizePath(raw, workdir);
      const node = tree.get(path);
      switch (write.kind) {
        case 'touch':
          if (!canWrite(tree, path, runner, true)) return toolErrorText(busybox, 'touch', 'touch', raw, 'EACCES');
          break;
        case 'write':
          if (!canWrite(tree, path, runner, true)) return busybox ? `/bin/sh: can't create ${raw}: Permission denied\n` : `/bin/sh: 1: cannot create ${raw}: Permission denied\n`;
          break;
        case 'mkdir':
          if (!node && !canWrite(tree, path, runner, false)) return toolErrorText(busybox, 'mkdir', 'mkdir', raw, 'EACCES');
          break;
        case 'rm':
          if (node && !canWrite(tree, path, runner, false)) return toolErrorText(busybox, 'rm', 'remove', raw, 'EACCES');
          break;
        case 'chmod':
          if (node && node.uid !== runner.uid) return toolErrorText(busybox, 'chmod', 'chmod', raw, 'EPERM');
          break;
        case 'chown':
          if (node) return toolErrorText(busybox, 'chown', 'chown', raw, 'EPERM');
          break;
      }
    }
  }
  return null;
}
