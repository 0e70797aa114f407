const UNIT: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/**
 * A size as `docker run --memory` and Compose `mem_limit` read it (go-units RAMInBytes: 64m, 1g,
 * 512MiB, 67108864, all in powers of 1024); null when the text is not one.
 */
export function bytesOf(raw: string): number | null {
  const match = /^(\d+(?:\.\d+)?) ?([kKmMgGtT]?)[iI]?[bB]?$/.exec(raw.trim());
  if (!match) return null;
  return Math.floor(Number(match[1]) * (UNIT[(match[2] ?? '').toLowerCase()] ?? 1));
}

/** Docker's smallest memory limit (moby daemon/daemon_unix.go linuxMinMemory): 6 MiB. */
export const MIN_MEMORY_BYTES = 6 * 1024 * 1024;
