import { checkAccess, checkCreate, errorText, newOwner, type Denial } from '../access';
import type { Proc } from '../process';
import { normalizePath, parentOf } from '../vfs/paths';
import { file, type FsNode } from '../vfs/tree';

export type FsError = Denial | 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EEXIST';

export function fsErrorText(error: FsError): string {
  switch (error) {
    case 'ENOENT': return 'No such file or directory';
    case 'EISDIR': return 'Is a directory';
    case 'ENOTDIR': return 'Not a directory';
    case 'EEXIST': return 'File exists';
    default: return errorText(error);
  }
}

export function absolute(proc: Proc, path: string): string {
  return normalizePath(path, proc.cwd);
}

/** Follows symlinks at the last component (as open(2) does), at most a few hops. */
export function follow(proc: Proc, path: string): { path: string; node: FsNode | undefined } {
  let current = absolute(proc, path);
  for (let hop = 0; hop < 8; hop++) {
    const node = proc.vfs.stat(current);
    if (!node || node.type !== 'symlink' || node.target === undefined) return { path: current, node };
    current = normalizePath(node.target, parentOf(current));
  }
  return { path: current, node: undefined };
}

export function readFile(proc: Proc, path: string): { content: string } | { error: FsError } {
  const { path: real, node } = follow(proc, path);
  if (!node) return { error: 'ENOENT' };
  if (node.type === 'dir') return { error: 'EISDIR' };
  const denied = checkAccess(proc, real, node, 'read');
  if (denied) return { error: denied };
  return { content: node.content };
}

/** Writes (or appends to) a file, creating it owned by the process when missing. */
export function writeFile(proc: Proc, path: string, content: string, append: boolean): FsError | null {
  const { path: real, node } = follow(proc, path);
  if (node) {
    if (node.type === 'dir') return 'EISDIR';
    const denied = checkAccess(proc, real, node, 'write');
    if (denied) return denied;
    const { tree, inner } = proc.vfs.resolve(real);
    tree.set(inner, { ...node, content: append ? node.content + content : content, size: undefined });
    return null;
  }
  const parent = proc.vfs.stat(parentOf(real));
  if (!parent) return 'ENOENT';
  if (parent.type !== 'dir') return 'ENOTDIR';
  const denied = checkCreate(proc, real);
  if (denied) return denied;
  const { tree, inner } = proc.vfs.resolve(real);
  const owner = newOwner(proc, real);
  tree.set(inner, file(content, 0o644, owner.uid, owner.gid));
  return null;
}
