import type { Proc } from '../../process';
import { baseName, joinPath, normalizePath, parentOf } from '../../vfs/paths';

/** compose-go `cli.DefaultFileNames`, in its order of preference. */
const DEFAULT_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
/** compose-go `cli.DefaultOverrideFileNames`. */
const OVERRIDE_FILE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];

export interface ComposeFile {
  /** Absolute path, as compose-go names the file in its errors. */
  path: string;
  text: string;
}

export interface FoundFiles {
  files: ComposeFile[];
  /** The project directory: the first file's directory. */
  dir: string;
  /** Printed before the command runs (several default names present). */
  warnings: string[];
}

function readText(proc: Proc, path: string): string | null {
  const node = proc.vfs.stat(path);
  return node?.type === 'file' ? node.content : null;
}

function present(proc: Proc, dir: string, names: readonly string[]): string[] {
  return names.map((n) => joinPath(dir, n)).filter((p) => readText(proc, p) !== null);
}

/**
 * The files `docker compose` reads: those named with -f (relative to the working directory), or the
 * first default name found in the working directory or, as compose-go does, in a parent directory,
 * with its override file beside it.
 */
export function findComposeFiles(proc: Proc, named: readonly string[]): FoundFiles | { error: string } {
  const cwd = proc.cwd;
  if (named.length > 0) {
    const files: ComposeFile[] = [];
    for (const name of named) {
      const path = normalizePath(name.startsWith('/') ? name : joinPath(cwd, name));
      const text = readText(proc, path);
      if (text === null) return { error: `open ${path}: no such file or directory` };
      files.push({ path, text });
    }
    return { files, dir: parentOf(files[0]?.path ?? cwd), warnings: [] };
  }
  let dir = normalizePath(cwd);
  for (;;) {
    const found = present(proc, dir, DEFAULT_FILE_NAMES);
    const main = found[0];
    if (main !== undefined) {
      const warnings = found.length > 1
        ? [`WARN[0000] Found multiple config files with supported names: ${found.join(', ')}`, `WARN[0000] Using ${main}`]
        : [];
      const override = present(proc, dir, OVERRIDE_FILE_NAMES)[0];
      const paths = override === undefined ? [main] : [main, override];
      return { files: paths.map((path) => ({ path, text: readText(proc, path) ?? '' })), dir, warnings };
    }
    if (dir === '/') return { error: 'no configuration file provided: not found' };
    dir = parentOf(dir);
  }
}

/** compose-go `loader.NormalizeProjectName`: lower case, only [a-z0-9_-], no leading `_` or `-`. */
export function normalizeProjectName(name: string): string {
  return (name.toLowerCase().match(/[a-z0-9_-]/g) ?? []).join('').replace(/^[_-]+/, '');
}

/**
 * The project name: -p, else the file's top-level `name:`, else the project directory's name made
 * valid. A name given explicitly must already be valid (compose-go `loader.CheckOriginalProjectNameIsNormalized`).
 */
export function projectNameOf(flag: string | null, declared: string | null, dir: string): { name: string } | { error: string } {
  const given = flag ?? declared;
  if (given === null) {
    const name = normalizeProjectName(baseName(dir));
    return name === '' ? { error: 'project name must not be empty' } : { name };
  }
  if (given === '') return { error: 'project name must not be empty' };
  if (normalizeProjectName(given) !== given) {
    return { error: `invalid project name "${given}": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number` };
  }
  return { name: given };
}
