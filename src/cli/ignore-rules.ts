import ignore, { type Ignore } from 'ignore';
import { join, relative, sep } from 'node:path';
import type { FileSystem } from './io';
import { decode } from './read-input';

/** Ignore files are small; a larger one is not a list of patterns anybody wrote. */
const MAX_IGNORE_FILE_BYTES = 1024 * 1024;

/** Files read in each directory, in increasing precedence: a later file's patterns override an earlier one's. */
export const IGNORE_FILES = ['.gitignore', '.shipshapeignore'] as const;

/** Patterns that apply to the paths below one directory. */
export interface IgnoreLevel {
  dir: string;
  rules: Ignore;
}

function posix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function readPatterns(fs: FileSystem, path: string): string | null {
  try {
    const stat = fs.stat(path);
    if (stat.kind !== 'file' || stat.size > MAX_IGNORE_FILE_BYTES) return null;
    return decode(fs.readBounded(path, MAX_IGNORE_FILE_BYTES).bytes);
  } catch {
    return null;
  }
}

/** The patterns a directory adds: `.git/info/exclude` at the repository root, then `.gitignore`, then `.shipshapeignore`. */
export function levelFor(fs: FileSystem, dir: string, isRepositoryRoot: boolean, names: readonly string[] = IGNORE_FILES): IgnoreLevel | null {
  const sources = [
    ...(isRepositoryRoot ? [join(dir, '.git', 'info', 'exclude')] : []),
    ...names.map((name) => join(dir, name)),
  ];
  const texts = sources.map((path) => readPatterns(fs, path)).filter((text): text is string => text !== null);
  if (texts.length === 0) return null;
  return { dir, rules: ignore().add(texts) };
}

/** A level from globs written in a configuration file, relative to the file's directory. */
export function globLevel(dir: string, globs: readonly string[]): IgnoreLevel | null {
  return globs.length === 0 ? null : { dir, rules: ignore().add([...globs]) };
}

/**
 * Git's precedence across nested ignore files: every level on the way from the root is asked in
 * turn, and the deepest level with an opinion (ignore, or `!` re-include) decides.
 */
export function isIgnored(levels: readonly IgnoreLevel[], path: string, isDirectory: boolean): boolean {
  let ignored = false;
  for (const level of levels) {
    const rel = posix(relative(level.dir, path));
    if (rel === '' || rel === '..' || rel.startsWith('../')) continue;
    const result = level.rules.test(isDirectory ? `${rel}/` : rel);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}
