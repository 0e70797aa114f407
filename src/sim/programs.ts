/**
 * Programs the simulator builds or downloads: what a binary does when it runs, stored in the file
 * itself, so it travels with COPY --from, volumes and docker cp like the real bytes would.
 */

/** Where a server takes its port from: fixed in the code, a command-line flag, or an environment variable. */
export type PortSource =
  | { kind: 'fixed'; port: number }
  | { kind: 'flag'; name: string; fallback: number }
  | { kind: 'env'; name: string; fallback: number };

/** One registered path and what its handler writes. */
export interface Route {
  /** A ServeMux pattern: "/" and other patterns ending in "/" match a subtree, others one path. */
  pattern: string;
  body: string;
  contentType: string;
}

export interface ServerSpec {
  /** The host part of the listen address; "" listens on every address. */
  host: string;
  port: PortSource;
  /** No routes: Go's DefaultServeMux answers 404 to everything. */
  routes: Route[];
  /** log.Fatal around ListenAndServe: a failed listen ends the program with its error and status 1. */
  fatal: boolean;
}

export interface ProgramSpec {
  /** What it writes to standard output before it serves or exits. */
  stdout: string;
  exitCode: number;
  server: ServerSpec | null;
}

const MARK = ' program ';

/** The bytes of a linux/amd64 executable that behaves as the spec says. */
export function programBinary(label: string, spec: ProgramSpec): string {
  return `\x7fELF\x02\x01\x01 linux/amd64 ${label}${MARK}${JSON.stringify(spec)}\n`;
}

function isSpec(value: unknown): value is ProgramSpec {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.stdout === 'string' && typeof v.exitCode === 'number' && (v.server === null || typeof v.server === 'object');
}

/** The behaviour a binary carries; null for binaries the simulator only knows by name (or not at all). */
export function programOf(content: string): ProgramSpec | null {
  if (!content.startsWith('\x7fELF')) return null;
  const at = content.indexOf(MARK);
  if (at < 0) return null;
  try {
    const parsed: unknown = JSON.parse(content.slice(at + MARK.length).trim());
    return isSpec(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** The port a server binds with these arguments and environment, as Go's flag package and os.Getenv read them. */
export function portOf(source: PortSource, args: readonly string[], env: Readonly<Record<string, string>>): number {
  if (source.kind === 'fixed') return source.port;
  if (source.kind === 'env') {
    const value = env[source.name];
    return value && /^\d+$/.test(value) ? Number(value) : source.fallback;
  }
  for (let i = 0; i < args.length; i++) {
    const match = /^--?([\w-]+)(?:=(.*))?$/.exec(args[i] ?? '');
    if (!match || match[1] !== source.name) continue;
    const value = match[2] ?? args[i + 1] ?? '';
    if (/^\d+$/.test(value)) return Number(value);
  }
  return source.fallback;
}
