/** What a path is, after following symbolic links (or not, for `lstat`). */
export type EntryKind = 'file' | 'directory' | 'symlink' | 'fifo' | 'char-device' | 'block-device' | 'socket' | 'other';

export interface EntryStat {
  kind: EntryKind;
  /** Bytes, for regular files. */
  size: number;
}

export interface DirEntry {
  name: string;
  /** As the directory lists it: a symbolic link is `symlink`, whatever it points at. */
  kind: EntryKind;
}

/** A read that stops after `limit` bytes, so a huge or endless file never fills memory. */
export interface BoundedRead {
  bytes: Uint8Array;
  /** The source holds more than `limit` bytes. */
  truncated: boolean;
}

/**
 * The file system as the CLI uses it. Every method throws a Node-style error with a `code`
 * (ENOENT, EACCES, ELOOP, ...) when the path cannot be read.
 */
export interface FileSystem {
  stat(path: string): EntryStat;
  lstat(path: string): EntryStat;
  readDir(path: string): DirEntry[];
  /** Reads a regular file, refusing (with code `ENOTREG`) anything else that appears at the path after it was checked. */
  readBounded(path: string, limit: number): BoundedRead;
}

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  fs: FileSystem;
  readStdin(limit: number): Promise<BoundedRead>;
  /** Absolute working directory. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
}

export interface About {
  version: string;
  /** Absolute address of a Shipshape site whose /rules/<id>/ pages explain each finding; none when no site is published. */
  homepage?: string;
}

/** The code of a Node system error, if it is one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}
