import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CheckerApi } from '../../src/cli/api';
import { checkerLoaders } from '../../src/cli/loaders';
import { runCli } from '../../src/cli/cli';
import type { About, BoundedRead, CliIo, FileSystem } from '../../src/cli/io';
import { nodeFileSystem } from '../../src/cli/node-io';

export interface Run {
  code: number;
  out: string;
  err: string;
}

export interface RunOptions {
  stdin?: string | BoundedRead;
  tty?: boolean;
  env?: Record<string, string>;
  /** Replaces file-system calls, e.g. to make a directory unreadable (the tests run as root, who can read anything). */
  fs?: Partial<FileSystem>;
  cwd?: string;
  about?: About;
  /** A stand-in checker for every command; without one, the CLI loads the real checker as the command does. */
  api?: CheckerApi;
}

/** A directory with the given files (paths with `/`), removed by `cleanup`. */
export function tempRepo(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-cli-'));
  for (const [path, text] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the CLI in-process against a real directory. */
export async function runIn(dir: string, argv: string[], options: RunOptions = {}): Promise<Run> {
  let out = '';
  let err = '';
  const stdin = options.stdin ?? '';
  const io: CliIo = {
    stdout: (t) => { out += t; },
    stderr: (t) => { err += t; },
    fs: { ...nodeFileSystem, ...options.fs },
    readStdin: (limit) => Promise.resolve(typeof stdin === 'string'
      ? { bytes: new TextEncoder().encode(stdin).subarray(0, limit), truncated: new TextEncoder().encode(stdin).length > limit }
      : stdin),
    cwd: options.cwd ?? dir,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
  };
  const { api } = options;
  const loaders = api ? { all: () => Promise.resolve(api), forKinds: () => Promise.resolve(api) } : checkerLoaders;
  const code = await runCli(argv, io, loaders, options.about ?? { version: '9.8.7', homepage: 'https://shipshape.example/' });
  return { code, out, err };
}
