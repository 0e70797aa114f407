import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, statSync, type Dirent, type Stats } from 'node:fs';
import type { BoundedRead, CliIo, DirEntry, EntryKind, EntryStat, FileSystem } from './io';

function kindOf(entry: Stats | Dirent): EntryKind {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  if (entry.isSymbolicLink()) return 'symlink';
  if (entry.isFIFO()) return 'fifo';
  if (entry.isCharacterDevice()) return 'char-device';
  if (entry.isBlockDevice()) return 'block-device';
  if (entry.isSocket()) return 'socket';
  return 'other';
}

function describe(stats: Stats): EntryStat {
  return { kind: kindOf(stats), size: stats.size };
}

function notRegular(path: string): Error {
  return Object.assign(new Error(`${path} is not a regular file`), { code: 'ENOTREG' });
}

/** Reads into one buffer of limit + 1 bytes at most: one byte more than allowed is enough to know the file is too large. */
function readFd(fd: number, limit: number): BoundedRead {
  const buffer = Buffer.alloc(Math.min(limit + 1, 1 << 20));
  let chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const read = readSync(fd, buffer, 0, Math.min(buffer.length, limit + 1 - total), null);
    if (read === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, read)));
    total += read;
    if (total > limit) break;
  }
  const all = Buffer.concat(chunks, total);
  chunks = [];
  return total > limit ? { bytes: all.subarray(0, limit), truncated: true } : { bytes: all, truncated: false };
}

export const nodeFileSystem: FileSystem = {
  stat: (path) => describe(statSync(path)),
  lstat: (path) => describe(lstatSync(path)),
  readDir: (path) => readdirSync(path, { withFileTypes: true }).map((d): DirEntry => ({ name: d.name, kind: kindOf(d) })),
  readBounded(path, limit) {
    // O_NONBLOCK: if a FIFO replaced the file after it was checked, opening must not wait for a writer.
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      if (!fstatSync(fd).isFile()) throw notRegular(path);
      return readFd(fd, limit);
    } finally {
      closeSync(fd);
    }
  },
};

async function readStdin(limit: number): Promise<BoundedRead> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buffer);
    total += buffer.length;
    if (total > limit) {
      // Stop reading: `shipshape lint - < /dev/zero` must not wait for the end of an endless stream.
      process.stdin.destroy();
      return { bytes: Buffer.concat(chunks).subarray(0, limit), truncated: true };
    }
  }
  return { bytes: Buffer.concat(chunks), truncated: false };
}

export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    fs: nodeFileSystem,
    readStdin,
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
  };
}
