import { isWithin, joinPath, parentOf } from './paths';

export type NodeType = 'file' | 'dir' | 'symlink' | 'device' | 'socket';

export interface FsNode {
  type: NodeType;
  /** Permission bits, including setuid/setgid/sticky (e.g. 0o1777). */
  mode: number;
  uid: number;
  gid: number;
  content: string;
  /** Symlink target. */
  target?: string;
  /** Reported size when it differs from the content (binaries are stand-ins). */
  size?: number;
  /** A directory that image layers share, which overlayfs merges (and reports with one link). */
  merged?: boolean;
}

/** One file system (an image layer stack, the host disk, a tmpfs), keyed by absolute path. */
export class FileTree {
  private readonly nodes: Map<string, FsNode>;

  constructor(nodes?: Map<string, FsNode>) {
    this.nodes = nodes ?? new Map([['/', dir(0o755)]]);
  }

  /** A deep copy, so a container's writes never reach its image. */
  clone(): FileTree {
    const copy = new Map<string, FsNode>();
    for (const [path, node] of this.nodes) copy.set(path, { ...node });
    return new FileTree(copy);
  }

  get(path: string): FsNode | undefined {
    return this.nodes.get(path);
  }

  has(path: string): boolean {
    return this.nodes.has(path);
  }

  /** Sets a node, creating missing parent directories owned by root. */
  set(path: string, node: FsNode): void {
    this.mkdirs(parentOf(path));
    this.nodes.set(path, node);
  }

  mkdirs(path: string, mode = 0o755, uid = 0, gid = 0): void {
    if (path === '/' || this.nodes.has(path)) return;
    this.mkdirs(parentOf(path), 0o755);
    this.nodes.set(path, dir(mode, uid, gid));
  }

  /** Names directly inside a directory, sorted. */
  children(path: string): string[] {
    const prefix = path === '/' ? '/' : `${path}/`;
    const names: string[] = [];
    for (const key of this.nodes.keys()) {
      if (key !== path && key.startsWith(prefix) && !key.slice(prefix.length).includes('/')) {
        names.push(key.slice(prefix.length));
      }
    }
    return names.sort();
  }

  /** Removes a node and everything below it. */
  remove(path: string): void {
    for (const key of [...this.nodes.keys()]) {
      if (isWithin(key, path)) this.nodes.delete(key);
    }
  }

  /** Every path at or below `path`, sorted. */
  walk(path: string): string[] {
    return [...this.nodes.keys()].filter((key) => isWithin(key, path)).sort();
  }

  /** Bytes of file content in the tree, for image sizes. */
  contentBytes(): number {
    let total = 0;
    for (const node of this.nodes.values()) total += node.size ?? node.content.length;
    return total;
  }

  /** Copies a subtree of another tree to `destination` here. */
  graft(source: FileTree, sourcePath: string, destination: string): void {
    for (const key of source.walk(sourcePath)) {
      const node = source.get(key);
      if (!node) continue;
      const relative = key.slice(sourcePath === '/' ? 0 : sourcePath.length);
      this.set(relative === '' ? destination : joinPath(destination, relative.replace(/^\//, '')), { ...node });
    }
  }
}

export function dir(mode = 0o755, uid = 0, gid = 0): FsNode {
  return { type: 'dir', mode, uid, gid, content: '' };
}

export function file(content: string, mode = 0o644, uid = 0, gid = 0, size?: number): FsNode {
  return size === undefined ? { type: 'file', mode, uid, gid, content } : { type: 'file', mode, uid, gid, content, size };
}
