import type { Container } from './container';

/**
 * The user `ps` on the host shows for a container's main process. In a remapped container it is the
 * host UID its user maps to, which has no passwd entry, so ps prints the number.
 */
export function hostUserOf(container: Container): string {
  const range = container.proc.userns;
  return range ? String(range.uid + container.proc.identity.uid) : 'root';
}
