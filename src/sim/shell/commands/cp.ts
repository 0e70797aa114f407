import { checkAccess, checkCreate } from '../../access';
import type { Proc } from '../../process';
import { baseName, joinPath, parentOf } from '../../vfs/paths';
import { dir, type FsNode } from '../../vfs/tree';
import { absolute, follow, fsErrorText, type FsError } from '../fsops';
import type { Command } from '../types';

interface CopyOptions {
  recursive: boolean;
  /** -p / -a: keep mode, and the owner where the process may set it. */
  preserve: boolean;
}

function cannot(proc: Proc, verb: 'stat' | 'create' | 'open', path: string, error: FsError): string {
  if (proc.busybox) return `cp: can't ${verb} '${path}': ${fsErrorText(error)}\n`;
  return `cp: cannot ${verb === 'create' ? 'create regular file' : verb} '${path}': ${fsErrorText(error)}\n`;
}

/** The mode a copy gets: the source's without the umask (022) and, unless preserved, without setuid/setgid. */
function copyMode(source: FsNode, preserve: boolean): number {
  return preserve ? source.mode : source.mode & 0o777 & ~0o022;
}

function owner(proc: Proc, source: FsNode, preserve: boolean): { uid: number; gid: number } {
  return preserve && proc.identity.uid === 0 ? { uid: source.uid, gid: source.gid } : { uid: proc.identity.uid, gid: proc.identity.gid };
}

/** Copies one file to a path that is not a directory; an existing file keeps its owner and mode, as open(O_TRUNC) does. */
function copyFile(proc: Proc, source: FsNode, sourcePath: string, target: string, shown: string, options: CopyOptions): string {
  if (checkAccess(proc, sourcePath, source, 'read')) return cannot(proc, 'open', sourcePath, 'EACCES');
  const existing = follow(proc, target);
  if (existing.node) {
    const denied = checkAccess(proc, existing.path, existing.node, 'write');
    if (denied) return cannot(proc, 'create', shown, denied);
    const { tree, inner } = proc.vfs.resolve(existing.path);
    tree.set(inner, { ...existing.node, content: source.content, size: source.size, ...(options.preserve ? { mode: source.mode } : {}) });
    return '';
  }
  const parent = proc.vfs.stat(parentOf(existing.path));
  if (!parent) return cannot(proc, 'create', shown, 'ENOENT');
  const denied = checkCreate(proc, existing.path);
  if (denied) return cannot(proc, 'create', shown, denied);
  const { tree, inner } = proc.vfs.resolve(existing.path);
  const node: FsNode = { type: 'file', mode: copyMode(source, options.preserve), ...owner(proc, source, options.preserve), content: source.content };
  tree.set(inner, source.size === undefined ? node : { ...node, size: source.size });
  return '';
}

function copyTree(proc: Proc, sourcePath: string, target: string, shown: string, options: CopyOptions): string {
  const source = proc.vfs.stat(sourcePath);
  if (!source) return cannot(proc, 'stat', sourcePath, 'ENOENT');
  if (source.type !== 'dir') return copyFile(proc, source, sourcePath, target, shown, options);
  if (!proc.vfs.stat(target)) {
    const denied = checkCreate(proc, target);
    if (denied) return proc.busybox ? `cp: can't create directory '${shown}': ${fsErrorText(denied)}\n` : `cp: cannot create directory '${shown}': ${fsErrorText(denied)}\n`;
    const { tree, inner } = proc.vfs.resolve(target);
    const made = owner(proc, source, options.preserve);
    tree.set(inner, dir(copyMode(source, options.preserve), made.uid, made.gid));
  }
  let errors = '';
  for (const name of proc.vfs.list(sourcePath)) {
    errors += copyTree(proc, joinPath(sourcePath, name), joinPath(target, name), joinPath(shown, name), options);
  }
  return errors;
}

/** `cp [-rRpaf] SOURCE... DEST`: files and, with -r, directories; into DEST when it is a directory. */
export const cp: Command = ({ proc, args }) => {
  const letters = new Set<string>();
  const paths: string[] = [];
  for (const arg of args) {
    if (arg.startsWith('-') && arg.length > 1 && arg !== '--') for (const ch of arg.slice(1)) letters.add(ch);
    else if (arg !== '--') paths.push(arg);
  }
  const options: CopyOptions = { recursive: letters.has('r') || letters.has('R') || letters.has('a'), preserve: letters.has('p') || letters.has('a') };
  const destination = paths.pop();
  if (destination === undefined || paths.length === 0) {
    const usage = proc.busybox
      ? 'BusyBox v1.37.0 multi-call binary.\n\nUsage: cp [-arPLHpfinlsTu] SOURCE DEST\n'
      : `cp: missing ${destination === undefined ? 'file operand' : `destination file operand after '${destination}'`}\nTry 'cp --help' for more information.\n`;
    return { stdout: '', stderr: usage, code: 1 };
  }
  const destNode = follow(proc, destination).node;
  const intoDirectory = destNode?.type === 'dir';
  if (paths.length > 1 && !intoDirectory) {
    return { stdout: '', stderr: proc.busybox ? `cp: '${destination}' is not a directory\n` : `cp: target '${destination}' is not a directory\n`, code: 1 };
  }
  let stderr = '';
  for (const path of paths) {
    const { path: sourcePath, node } = follow(proc, path);
    if (!node) {
      stderr += cannot(proc, 'stat', path, 'ENOENT');
      continue;
    }
    if (node.type === 'dir' && !options.recursive) {
      stderr += proc.busybox ? `cp: omitting directory '${path}'\n` : `cp: -r not specified; omitting directory '${path}'\n`;
      continue;
    }
    const shown = intoDirectory ? joinPath(destination, baseName(sourcePath)) : destination;
    stderr += copyTree(proc, sourcePath, absolute(proc, shown), shown, options);
  }
  return { stdout: '', stderr, code: stderr ? 1 : 0 };
};
