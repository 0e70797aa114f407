import { parentOf } from './vfs/paths';
import type { FileTree, FsNode } from './vfs/tree';

function same(a: FsNode, b: FsNode): boolean {
  return a.type === b.type && a.mode === b.mode && a.uid === b.uid && a.gid === b.gid && a.content === b.content && a.size === b.size && a.target === b.target;
}

/** The bytes of the layer a step made: every file it created or changed, counted whole (as the layer's tar holds it). */
export function layerBytes(before: FileTree, after: FileTree): number {
  let bytes = 0;
  for (const path of after.walk('/')) {
    const node = after.get(path);
    const old = before.get(path);
    if (node?.type === 'file' && (!old || !same(old, node))) bytes += node.size ?? node.content.length;
  }
  return bytes;
}

/**
 * After a build step made a new layer: a directory of an earlier layer that the step changed, or
 * changed anything below, now exists in two layers. overlayfs merges such a directory and stat(2)
 * reports one link for it, where a directory of a single layer counts its subdirectories.
 */
export function markMergedDirectories(before: FileTree, after: FileTree): void {
  const touched = new Set<string>();
  const touch = (path: string): void => {
    for (let p = path; ; p = parentOf(p)) {
      touched.add(p);
      if (p === '/') break;
    }
  };
  const paths = after.walk('/');
  for (const path of paths) {
    const node = after.get(path);
    const old = before.get(path);
    if (!node) continue;
    if (!old) {
      if (node.merged) after.set(path, { ...node, merged: undefined });
      touch(parentOf(path));
    } else if (!same(old, node)) touch(path);
  }
  for (const path of before.walk('/')) if (!after.has(path)) touch(parentOf(path));
  for (const path of touched) {
    const node = after.get(path);
    if (node?.type === 'dir' && before.get(path)?.type === 'dir' && !node.merged) after.set(path, { ...node, merged: true });
  }
}
