import { MAX_INPUT_BYTES } from '../checker/registry/input-guard';
import { errorCode, type BoundedRead, type EntryKind, type FileSystem } from './io';
import type { CliMessages } from './messages';

/** Why a file was not read. */
export type ReadProblemCode = 'not-found' | 'permission' | 'directory' | 'not-regular' | 'too-large' | 'link-loop' | 'unreadable';

export interface ReadProblem {
  code: ReadProblemCode;
  message: string;
}

export type ReadOutcome = { text: string } | { problem: ReadProblem };

/** The head of a file is enough to tell its kind: content sniffing reads no further. */
export const SNIFF_BYTES = 64 * 1024;

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

export function tooLarge(name: string, size: number | null, m: CliMessages): ReadProblem {
  return { code: 'too-large', message: m.read.tooLarge(name, size === null ? null : megabytes(size)) };
}

/** A system error as one sentence about the file. */
export function problemOf(name: string, error: unknown, m: CliMessages): ReadProblem {
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'not-found', message: m.read.notFound(name) };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'permission', message: m.read.permission(name) };
  if (code === 'ELOOP') return { code: 'link-loop', message: m.read.linkLoop(name) };
  if (code === 'EISDIR') return { code: 'directory', message: m.read.directory(name) };
  if (code === 'ENOTREG') return { code: 'not-regular', message: m.read.changed(name) };
  // The system's own reason stays as the system gave it.
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'unreadable', message: m.read.unreadable(name, reason) };
}

/** Bytes as text: UTF-8 with invalid sequences replaced, and without a byte-order mark, so columns match an editor's. */
export function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/**
 * Reads a file only when it is a regular file no larger than the checker accepts: the size is
 * checked before reading, and the read itself stops one byte past the limit, so `/dev/zero`, a FIFO
 * or a file that grows while it is read never fills memory or blocks.
 */
export function readInputFile(fs: FileSystem, path: string, name: string, m: CliMessages): ReadOutcome {
  let kind: EntryKind;
  try {
    const stat = fs.stat(path);
    kind = stat.kind;
    if (kind === 'file' && stat.size > MAX_INPUT_BYTES) return { problem: tooLarge(name, stat.size, m) };
  } catch (error) {
    return { problem: problemOf(name, error, m) };
  }
  if (kind === 'directory') return { problem: { code: 'directory', message: m.read.directory(name) } };
  if (kind !== 'file') return { problem: { code: 'not-regular', message: m.read.notRegular(name, kind) } };
  let read: BoundedRead;
  try {
    read = fs.readBounded(path, MAX_INPUT_BYTES);
  } catch (error) {
    return { problem: problemOf(name, error, m) };
  }
  if (read.truncated) return { problem: tooLarge(name, null, m) };
  return { text: decode(read.bytes) };
}

/** The first bytes of a file, to tell its kind when the file itself is too large to check. */
export function readHead(fs: FileSystem, path: string): string {
  try {
    return decode(fs.readBounded(path, SNIFF_BYTES).bytes);
  } catch {
    return '';
  }
}
