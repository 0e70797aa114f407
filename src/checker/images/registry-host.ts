/** Docker Hub's other names all mean docker.io. */
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

/**
 * The registry an image reference pulls from, by the distribution reference rules Docker applies: the
 * first path component is a registry only when it has a dot or a port or is `localhost`; otherwise the
 * image is on Docker Hub. Null when a variable makes the host unknowable.
 */
export function registryHost(reference: string): string | null {
  const name = reference.trim().split('@')[0] ?? '';
  if (name === '' || name.includes('$')) return null;
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  const host = first !== '' && (first.includes('.') || first.includes(':') || first === 'localhost') ? first.toLowerCase() : 'docker.io';
  return DOCKER_HUB.has(host) ? 'docker.io' : host;
}

/** Whether `host` is one of `trusted`: an exact host (with its port), or a subdomain of a `*.` entry. */
export function isTrusted(host: string, trusted: readonly string[]): boolean {
  return trusted.some((entry) => {
    const wanted = entry.toLowerCase();
    if (wanted.startsWith('*.')) return host.endsWith(wanted.slice(1)) && host.length > wanted.length - 1;
    return host === (DOCKER_HUB.has(wanted) ? 'docker.io' : wanted);
  });
}
