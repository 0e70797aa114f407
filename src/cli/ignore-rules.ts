import ignore, { type Ignore } from 'ignore';
import { join, relative, sep } from 'node:path';
import type { FileSystem } from './io';
import { decode } from './read-input';

/** Ignore files are small; a larger one is not a list of patterns anybody wrote. */
const MAX_IGNORE_FILE_BYTES = 1024 * 1024;

/** Files read in each directory, in increasing precedence: a later file's patterns override an earlier one's. */
export const IGNORE_FILES = ['.gitignore', '.shipshapeignore'] as const;

/** The patterns of the ignore files in one directory, which apply to the paths below it. */
export interface IgnoreLevel {
  dir: string;
  patterns: string[];
}

function posix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function readPatterns(fs: FileSystem, path: string): string[] {
  try {
    const stat = fs.stat(path);
    if (stat.kind !== 'file' || stat.size > MAX_IGNORE_FILE_BYTES) return [];
    return decode(fs.readBounded(path, MAX_IGNORE_FILE_BYTES).bytes).split(/\r?\n/);
  } catch {
    return [];
  }
}

/** The patterns a directory adds: `.git/info/exclude` at the repository root, then `.gitignore`, then `.shipshapeignore`. */
export function levelFor(fs: FileSystem, dir: string, isRepositoryRoot: boolean, names: readonly string[] = IGNORE_FILES): IgnoreLevel | null {
  const sources = [
    ...(isRepositoryRoot ? [join(dir, '.git', 'info', 'exclude')] : []),
    ...names.map((name) => join(dir, name)),
  ];
  const patterns = sources.flatMap((path) => readPatterns(fs, path));
  return patterns.some((p) => p.trim() !== '' && !p.startsWith('#')) ? { dir, patterns } : null;
}

/** A level from globs written in a configuration file, relative to the file's directory. */
export function globLevel(dir: string, globs: readonly string[]): IgnoreLevel | null {
  return globs.length === 0 ? null : { dir, patterns: [...globs] };
}

/**
 * A pattern of `<prefix>/.gitignore` rewritten for the repository root, with gitignore(5)'s rules:
 * a pattern with a slash before its end is anchored to its directory, one without matches at any
 * depth below it.
 */
export function rebase(pattern: string, prefix: string): string | null {
  const line = pattern.replace(/(?<!\\)\s+$/, '');
  if (line === '' || line.startsWith('#')) return null;
  if (prefix === '') return line;
  const negated = line.startsWith('!');
  const body = negated ? line.slice(1) : line;
  const withoutTrailing = body.endsWith('/') ? body.slice(0, -1) : body;
  const anchored = withoutTrailing.includes('/');
  const rebased = anchored ? `${prefix}/${body.replace(/^\//, '')}` : `${prefix}/**/${body}`;
  return `${negated ? '!' : ''}${rebased}`;
}

/**
 * Git's precedence across nested ignore files, by one matcher whose patterns are all rebased onto the
 * walk's base directory: root patterns first, deeper ones later (a later match wins, `!` re-includes),
 * so `!build/` in `app/.gitignore` re-includes `app/build/` that the root's `build/` excluded.
 */
export class IgnoreStack {
  private constructor(private readonly base: string, private readonly matcher: Ignore, private readonly empty: boolean) {}

  static at(base: string): IgnoreStack {
    return new IgnoreStack(base, ignore(), true);
  }

  with(level: IgnoreLevel | null): IgnoreStack {
    if (!level) return this;
    const prefix = posix(relative(this.base, level.dir));
    if (prefix.startsWith('..')) return this;
    const patterns = level.patterns.map((p) => rebase(p, prefix)).filter((p): p is string => p !== null);
    if (patterns.length === 0) return this;
    return new IgnoreStack(this.base, ignore().add(this.matcher).add(patterns.join('\n')), false);
  }

  ignored(path: string, isDirectory: boolean): boolean {
    if (this.empty) return false;
    const rel = posix(relative(this.base, path));
    if (rel === '' || rel === '..' || rel.startsWith('../')) return false;
    return this.matcher.ignores(isDirectory ? `${rel}/` : rel);
  }
}

/** The configuration's globs have the last word, relative to the configuration's directory. */
export function finalIgnored(levels: readonly IgnoreLevel[], path: string, isDirectory: boolean): boolean {
  return levels.some((level) => IgnoreStack.at(level.dir).with(level).ignored(path, isDirectory));
}
