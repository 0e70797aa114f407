import { MAX_INPUT_BYTES } from '../checker/registry/input-guard';
import { errorCode, type BoundedRead, type EntryKind, type FileSystem } from './io';

/** Why a file was not read. */
export type ReadProblemCode = 'not-found' | 'permission' | 'directory' | 'not-regular' | 'too-large' | 'link-loop' | 'unreadable';

export interface ReadProblem {
  code: ReadProblemCode;
  message: string;
}

export type ReadOutcome = { text: string } | { problem: ReadProblem };

/** The head of a file is enough to tell its kind: content sniffing reads no further. */
export const SNIFF_BYTES = 64 * 1024;

const KIND_WORDS: Partial<Record<EntryKind, string>> = {
  fifo: 'a named pipe (FIFO)',
  'char-device': 'a character device',
  'block-device': 'a block device',
  socket: 'a socket',
};

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

export function tooLarge(name: string, size: number | null): ReadProblem {
  const measured = size === null ? 'more than 5 MB' : `${megabytes(size)} MB`;
  return {
    code: 'too-large',
    message: `${name} is ${measured}, larger than the 5 MB Shipshape reads, so it was not checked; check a smaller file or split this one.`,
  };
}

/** A system error as one sentence about the file. */
export function problemOf(name: string, error: unknown): ReadProblem {
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'not-found', message: `${name}: no such file or directory.` };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'permission', message: `${name}: permission denied.` };
  if (code === 'ELOOP') return { code: 'link-loop', message: `${name} is a symbolic link that loops back on itself.` };
  if (code === 'EISDIR') return { code: 'directory', message: `${name} is a directory.` };
  if (code === 'ENOTREG') return { code: 'not-regular', message: `${name} changed into something other than a regular file while it was being read; it was not checked.` };
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'unreadable', message: `${name} could not be read (${reason}).` };
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
export function readInputFile(fs: FileSystem, path: string, name: string): ReadOutcome {
  let kind: EntryKind;
  try {
    const stat = fs.stat(path);
    kind = stat.kind;
    if (kind === 'file' && stat.size > MAX_INPUT_BYTES) return { problem: tooLarge(name, stat.size) };
  } catch (error) {
    return { problem: problemOf(name, error) };
  }
  if (kind === 'directory') return { problem: { code: 'directory', message: `${name} is a directory.` } };
  if (kind !== 'file') {
    const what = KIND_WORDS[kind] ?? 'not a regular file';
    return { problem: { code: 'not-regular', message: `${name} is ${what}, not a regular file, so it was not read.` } };
  }
  let read: BoundedRead;
  try {
    read = fs.readBounded(path, MAX_INPUT_BYTES);
  } catch (error) {
    return { problem: problemOf(name, error) };
  }
  if (read.truncated) return { problem: tooLarge(name, null) };
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
