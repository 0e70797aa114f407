/** A Kubernetes minor release, as Pod Security policy versions are named (`v1.36`). */
export interface Version {
  major: 1;
  minor: number;
}

/**
 * The newest policy version kubernetes/pod-security-admission defines a check for (sysctls, v1.37, in
 * the library at 8f84a87c). Newer versions evaluate as this one, as the library's `maxVersion` does.
 */
export const LATEST: Version = { major: 1, minor: 37 };

export function versionString(v: Version): string {
  return `${v.major}.${v.minor}`;
}

export function olderThan(a: Version, b: Version): boolean {
  return a.minor < b.minor;
}

export function v(minor: number): Version {
  return { major: 1, minor };
}

/** Reads `1.36`, `v1.36` or `latest`; null for anything else. A version newer than LATEST evaluates as LATEST. */
export function parseVersion(text: string): { version: Version; clamped: boolean } | null {
  const trimmed = text.trim();
  if (trimmed === 'latest') return { version: LATEST, clamped: false };
  const match = /^v?1\.(\d{1,3})$/.exec(trimmed);
  if (!match) return null;
  const minor = Number(match[1]);
  return minor > LATEST.minor ? { version: LATEST, clamped: true } : { version: v(minor), clamped: false };
}
