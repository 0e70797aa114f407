/**
 * POSIX path normalisation for paths inside images, containers and hosts (Node's `path` is not
 * available in the browser): resolves against `cwd`, collapses `//` and `.`, and applies `..`.
 */
export function normalizePosixPath(path: string, cwd = '/'): string {
  const absolute = path.startsWith('/') ? path : `${cwd}/${path}`;
  const parts: string[] = [];
  for (const part of absolute.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}
