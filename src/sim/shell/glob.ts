import { globRegex, hasGlob, unescapePattern } from './syntax/expand';
import { normalizePath } from '../vfs/paths';

/**
 * Pathname expansion: the paths matching a pattern, sorted, relative when the pattern is.
 * Names starting with a dot match only a pattern that starts with a dot, as in every POSIX shell.
 */
export function globPaths(pattern: string, cwd: string, list: (dir: string) => string[] | null): string[] {
  const absolute = pattern.startsWith('/');
  const components = pattern.split('/').filter((c, i) => c !== '' || i === 0);
  let candidates: string[] = [absolute ? '/' : ''];
  for (const [index, component] of components.entries()) {
    if (index === 0 && absolute && component === '') continue;
    const next: string[] = [];
    for (const base of candidates) {
      if (!hasGlob(component)) {
        next.push(join(base, unescapePattern(component)));
        continue;
      }
      const dir = normalizePath(base === '' ? '.' : base, cwd);
      const names = list(dir);
      if (!names) continue;
      const regex = globRegex(component);
      for (const name of names) {
        if (name.startsWith('.') && !component.startsWith('.')) continue;
        if (regex.test(name)) next.push(join(base, name));
      }
    }
    candidates = next;
  }
  const exists = (path: string): boolean => list(normalizePath(path, cwd)) !== null || listParentHas(path, cwd, list);
  return candidates.filter(exists).sort();
}

function join(base: string, name: string): string {
  if (base === '') return name;
  return base.endsWith('/') ? `${base}${name}` : `${base}/${name}`;
}

function listParentHas(path: string, cwd: string, list: (dir: string) => string[] | null): boolean {
  const full = normalizePath(path, cwd);
  const slash = full.lastIndexOf('/');
  const parent = slash <= 0 ? '/' : full.slice(0, slash);
  return list(parent)?.includes(full.slice(slash + 1)) ?? false;
}
