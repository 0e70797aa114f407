import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Kind } from '../checker/core/types';
import { detectKind } from '../checker/registry/detect-kind';
import { IgnoreStack, finalIgnored, levelFor, type IgnoreLevel } from './ignore-rules';
import type { CliIo } from './io';
import { decode, problemOf, readHead, readInputFile, tooLarge, type ReadOutcome } from './read-input';
import { recogniseWalked } from './recognise';
import type { Notice } from './report';
import { findRepositoryRoot, walk } from './walk';
import { MAX_INPUT_BYTES } from '../checker/registry/input-guard';
import type { CliMessages } from './messages';

export const STDIN_NAME = '<stdin>';

/** A file to check, once read and its kind told. */
export interface Candidate {
  /** As shown in reports. */
  display: string;
  /** Absolute path; for standard input, a name in the working directory that no file has. */
  path: string;
  kind: Kind;
  text: string;
}

export interface Collected {
  candidates: Candidate[];
  notices: Notice[];
}

/** A path relative to the working directory when it is inside it, else absolute; `/` separators. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  const shown = rel === '' ? '.' : rel.startsWith('..') ? path : rel;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

/** Names whose kind can only come from their content; everything else with an extension is not ours. */
function worthReading(path: string): boolean {
  const name = basename(path);
  if (detectKind(path, '') !== null) return true;
  return /\.(?:ya?ml|json)$/i.test(name) || !name.includes('.') || name.startsWith('.') || /[\\/]apparmor\.d[\\/]/.test(path);
}

/** `.shipshapeignore` files and the configuration's globs also apply to files named on the command line. */
function explicitlyIgnored(io: CliIo, path: string, finalLevels: readonly IgnoreLevel[]): boolean {
  const dir = dirname(path);
  const root = findRepositoryRoot(io.fs, dir) ?? dir;
  const dirs: string[] = [];
  for (let current = dir; ; current = dirname(current)) {
    dirs.unshift(current);
    if (current === root || dirname(current) === current) break;
  }
  const stack = dirs.reduce((s, d) => s.with(levelFor(io.fs, d, false, ['.shipshapeignore'])), IgnoreStack.at(root));
  return stack.ignored(path, false) || finalIgnored(finalLevels, path, false);
}

async function readStdin(io: CliIo, m: CliMessages): Promise<ReadOutcome> {
  const read = await io.readStdin(MAX_INPUT_BYTES);
  return read.truncated ? { problem: tooLarge(m.read.standardInput, null, m) } : { text: decode(read.bytes) };
}

/**
 * Turns the paths on the command line into files to check. A file named explicitly is checked as
 * asked (`--kind`, else its name and content); a directory is walked, and of the files found only
 * those Shipshape recognises are checked. Anything that cannot be read becomes an error notice.
 *
 * @param ignoreUnknown named files are treated like files found by walking: those Shipshape does not
 *   recognise are skipped instead of being errors (for pre-commit and editors, which pass every file).
 */
export async function collect(io: CliIo, paths: readonly string[], kind: Kind | undefined, finalLevels: readonly IgnoreLevel[], m: CliMessages, ignoreUnknown = false): Promise<Collected> {
  const out: Collected = { candidates: [], notices: [] };
  const error = (message: string, path?: string): void => void out.notices.push({ level: 'error', message, ...(path ? { path } : {}) });
  for (const given of paths) {
    if (given === '-') {
      const read = await readStdin(io, m);
      if ('problem' in read) {
        error(read.problem.message);
        continue;
      }
      const detected = kind ?? detectKind('', read.text);
      if (detected === null) error(m.notice.kindUnknownStdin(STDIN_NAME));
      else out.candidates.push({ display: STDIN_NAME, path: join(io.cwd, STDIN_NAME), kind: detected, text: read.text });
      continue;
    }
    const path = resolve(io.cwd, given);
    let isDirectory = false;
    try {
      isDirectory = io.fs.stat(path).kind === 'directory';
    } catch (e) {
      error(problemOf(given, e, m).message, given);
      continue;
    }
    if (!isDirectory) {
      if (explicitlyIgnored(io, path, finalLevels)) {
        out.notices.push({ level: 'note', message: m.notice.ignoredExplicit(given), path: given });
        continue;
      }
      const read = readInputFile(io.fs, path, given, m);
      if ('problem' in read) {
        error(read.problem.message, given);
        continue;
      }
      const detected = kind ?? detectKind(given, read.text);
      const recognised = ignoreUnknown && kind === undefined ? recogniseWalked(detected, read.text).kind : detected;
      if (recognised !== null) out.candidates.push({ display: given, path, kind: recognised, text: read.text });
      else if (!ignoreUnknown) error(m.notice.kindUnknown(given), given);
      continue;
    }
    const display = (p: string): string => displayPath(io.cwd, p);
    const walked = walk(io.fs, path, finalLevels, display, m);
    out.notices.push(...walked.notices.map((n) => ({ level: n.level, message: n.message, path: display(n.path) })));
    for (const file of walked.files) {
      if (!worthReading(file.path)) continue;
      const shown = display(file.path);
      const head = readHead(io.fs, file.path);
      const detected = detectKind(file.path, head);
      if (detected === null) continue;
      const first = recogniseWalked(detected, head);
      if (first.kind === null && detected !== 'run') {
        if (first.reason) out.notices.push({ level: 'note', message: m.notice.skipped(shown, m.notice[first.reason]), path: shown });
        continue;
      }
      const read = readInputFile(io.fs, file.path, shown, m);
      if ('problem' in read) {
        // A recognised file that cannot be read fails the run; a script that may not even start a container does not.
        if (first.kind !== null) error(read.problem.message, shown);
        continue;
      }
      // A script is one of ours only when it starts a container, which may be past its first bytes.
      const final = detected === 'run' ? recogniseWalked('run', read.text) : first;
      if (final.kind !== null) out.candidates.push({ display: shown, path: file.path, kind: final.kind, text: read.text });
    }
  }
  return out;
}
