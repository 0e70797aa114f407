import { dirname, join, relative, sep } from 'node:path';
import { IgnoreStack, finalIgnored, levelFor, type IgnoreLevel } from './ignore-rules';
import type { FileSystem } from './io';
import { cliEn, type CliMessages } from './messages/en';
import { problemOf } from './read-input';

/** Never worth walking: dependencies and Git's own store. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

export interface WalkedFile {
  /** Absolute path. */
  path: string;
  /** Reached through a symbolic link. */
  viaLink: boolean;
}

export interface WalkNotice {
  /** error: part of the tree could not be read, so the run cannot pass; note: something was skipped on purpose. */
  level: 'error' | 'note';
  path: string;
  message: string;
}

export interface WalkResult {
  files: WalkedFile[];
  notices: WalkNotice[];
}

/** The nearest directory at or above `dir` that holds `.git` (a directory, or a file in a worktree). */
export function findRepositoryRoot(fs: FileSystem, dir: string): string | null {
  for (let current = dir; ; current = dirname(current)) {
    try {
      fs.lstat(join(current, '.git'));
      return current;
    } catch {
      // Not here; try the parent.
    }
    if (dirname(current) === current) return null;
  }
}

/** The directories from `root` down to `dir`, both included. */
function chain(root: string, dir: string): string[] {
  const rel = relative(root, dir);
  if (rel === '' || rel.startsWith('..')) return [dir];
  const dirs = [root];
  let current = root;
  for (const part of rel.split(sep)) {
    current = join(current, part);
    dirs.push(current);
  }
  return dirs;
}

/**
 * Lists the files below `start` that are not ignored: `.gitignore` and `.shipshapeignore` at every
 * level (from the repository root down, with Git's precedence), then `finalLevels` (the configuration's
 * globs), which have the last word. Directory links are not followed, as Git does not follow them, so a
 * link cycle cannot trap the walk; file links are listed.
 */
export function walk(fs: FileSystem, start: string, finalLevels: readonly IgnoreLevel[], display: (path: string) => string, m: CliMessages = cliEn): WalkResult {
  const result: WalkResult = { files: [], notices: [] };
  const root = findRepositoryRoot(fs, start) ?? start;
  const initial = chain(root, start).reduce((stack, dir) => stack.with(levelFor(fs, dir, dir === root)), IgnoreStack.at(root));
  const ignored = (stack: IgnoreStack, path: string, isDirectory: boolean): boolean =>
    stack.ignored(path, isDirectory) || finalIgnored(finalLevels, path, isDirectory);

  const visit = (dir: string, levels: IgnoreStack): void => {
    let entries;
    try {
      entries = fs.readDir(dir);
    } catch (error) {
      result.notices.push({ level: 'error', path: dir, message: m.notice.directoryUnreadable(problemOf(display(dir), error, m).message) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.kind === 'directory') {
        if (SKIPPED_DIRECTORIES.has(entry.name) || ignored(levels, path, true)) continue;
        visit(path, levels.with(levelFor(fs, path, false)));
      } else if (entry.kind === 'file') {
        if (!ignored(levels, path, false)) result.files.push({ path, viaLink: false });
      } else if (entry.kind === 'symlink') {
        if (ignored(levels, path, false)) continue;
        let target;
        try {
          target = fs.stat(path);
        } catch (error) {
          result.notices.push({ level: 'note', path, message: m.notice.linkSkipped(problemOf(display(path), error, m).message) });
          continue;
        }
        if (target.kind === 'file') result.files.push({ path, viaLink: true });
      }
    }
  };

  visit(start, initial);
  return result;
}
