import type { IdRange } from '../userns';
import { isWithin, normalizePath } from './paths';
import type { FileTree, FsNode } from './tree';

/** A file system attached at a path of a process's view. */
export interface Mount {
  target: string;
  tree: FileTree;
  /** The directory of `tree` that appears at `target`. */
  root: string;
  readOnly: boolean;
  /** What `mount` prints as the source: "overlay", "/dev/sda1", "tmpfs"... */
  source: string;
  fsType: string;
  options: string;
  /** A host file system seen from a remapped user namespace: its owners are host IDs, shifted by this range inside. */
  hostIds?: IdRange;
}

export interface Resolved {
  mount: Mount;
  tree: FileTree;
  /** The path inside the mount's tree. */
  inner: string;
}

/** What one process sees: a stack of mounts, the latest covering earlier ones at the same path. */
export class Vfs {
  constructor(readonly mounts: Mount[]) {}

  resolve(path: string): Resolved {
    const normal = normalizePath(path);
    let best: Mount | undefined;
    for (const mount of this.mounts) {
      if (isWithin(normal, mount.target) && (!best || mount.target.length >= best.target.length)) best = mount;
    }
    const mount = best ?? this.mounts[0];
    if (!mount) throw new RangeError('a process view needs a root mount');
    const rest = normal.slice(mount.target === '/' ? 0 : mount.target.length);
    const inner = normalizePath(`${mount.root}/${rest}`);
    return { mount, tree: mount.tree, inner };
  }

  stat(path: string): FsNode | undefined {
    const { tree, inner } = this.resolve(path);
    return tree.get(inner);
  }

  /** Entries of a directory, including mount points attached directly inside it. */
  list(path: string): string[] {
    const normal = normalizePath(path);
    const { tree, inner } = this.resolve(normal);
    const names = new Set(tree.children(inner));
    for (const mount of this.mounts) {
      const parent = mount.target.slice(0, mount.target.lastIndexOf('/')) || '/';
      if (mount.target !== '/' && parent === normal) names.add(mount.target.slice(parent === '/' ? 1 : parent.length + 1));
    }
    return [...names].sort();
  }

  /** Attaches a file system in place (a mount namespace is shared by its processes), making the mount point if missing. */
  attach(mount: Mount): void {
    const { tree, inner } = this.resolve(mount.target);
    if (!tree.has(inner)) tree.mkdirs(inner);
    this.mounts.push(mount);
  }

  detach(target: string): boolean {
    const index = this.mounts.findLastIndex((m) => m.target === target && target !== '/');
    if (index < 0) return false;
    this.mounts.splice(index, 1);
    return true;
  }

  /** The view a process gets after `chroot path`: what was under `path` is now under `/`. */
  chroot(path: string): Vfs {
    const normal = normalizePath(path);
    const { mount, inner } = this.resolve(normal);
    const root: Mount = { ...mount, target: '/', root: inner };
    const below = this.mounts
      .filter((m) => m.target !== normal && isWithin(m.target, normal) && normal !== '/')
      .map((m) => ({ ...m, target: normalizePath(m.target.slice(normal.length)) }));
    return new Vfs(normal === '/' ? this.mounts : [root, ...below]);
  }
}
