import type { Span } from '../core/types';
import type { Heredoc } from './model';
import type { PositionOf } from './shell';

/**
 * An instruction's first logical line: physical lines joined at escaped line ends. Piece i of the
 * text starts at offset `starts[i]`, at column 1 of 1-based line `lines[i]`.
 */
export interface LogicalLine {
  text: string;
  starts: number[];
  lines: number[];
  /** 0-based index of the last physical line it used. */
  lastLine: number;
}

/** Where offset `offset` of a logical line is written in the file. */
export function logicalPosition(logical: LogicalLine, offset: number): { line: number; column: number } {
  const i = segmentAt(logical.starts, offset);
  return { line: logical.lines[i] ?? 1, column: 1 + offset - (logical.starts[i] ?? 0) };
}

/** The span of [start, end) of a logical line; an empty range still marks one character. */
export function logicalSpan(logical: LogicalLine, start: number, end: number): Span {
  const from = logicalPosition(logical, start);
  const to = logicalPosition(logical, Math.max(start, end - 1));
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column + 1 };
}

/** Index of the last entry of ascending `starts` that is <= offset (0 when none is). */
export function segmentAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Maps offsets of text joined from line pieces back to the file: piece i starts at `starts[i]` in
 * the joined text, on 1-based line `lines[i]`, at 1-based column `columns[i]`.
 */
export function positionMap(starts: readonly number[], lines: readonly number[], columns: readonly number[]): PositionOf {
  return (offset: number) => {
    const i = segmentAt(starts, offset);
    return { line: lines[i] ?? 1, column: (columns[i] ?? 1) + offset - (starts[i] ?? 0) };
  };
}

/** The span of [start, end) in text mapped by `positionOf`; an empty range still marks one character. */
export function spanOf(positionOf: PositionOf, start: number, end: number): Span {
  const from = positionOf(start);
  const to = positionOf(Math.max(start, end - 1));
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column + 1 };
}

/** A whole physical line (1-based), trailing blanks left out, as the fallback place of a finding. */
export function lineSpan(lines: readonly string[], line: number): Span {
  const text = lines[line - 1] ?? '';
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return { line, column: 1, endLine: line, endColumn: Math.max(end, 1) + 1 };
}

function endsWithEscape(line: string, escape: string): boolean {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return end > 0 && line[end - 1] === escape;
}

function withoutEscape(line: string, escape: string): string {
  const at = line.lastIndexOf(escape);
  return line.slice(0, at);
}

/**
 * Joins physical lines from `start` (0-based) while they end with the escape character, dropping
 * comment and blank lines inside the continuation as the builder does. Stops at `limit`.
 */
export function logicalLine(lines: readonly string[], start: number, limit: number, escape: string): LogicalLine {
  const parts: string[] = [];
  const offsets: number[] = [];
  const numbers: number[] = [];
  let length = 0;
  let i = start;
  for (; i <= limit && i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (i > start && /^\s*(#.*)?$/.test(line)) continue;
    const continues = endsWithEscape(line, escape);
    const part = continues ? withoutEscape(line, escape) : line;
    offsets.push(length);
    numbers.push(i + 1);
    parts.push(part);
    length += part.length;
    if (!continues) break;
  }
  return { text: parts.length === 1 ? parts[0] ?? '' : parts.join(''), starts: offsets, lines: numbers, lastLine: Math.min(i, lines.length - 1, limit) };
}

const HEREDOC_MARKER = /(?<!<)<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\2/g;

/** Heredoc openers on an instruction's first line, e.g. `<<EOF`, `<<-"END"`. */
export function heredocMarkers(firstLine: string): { name: string; quoted: boolean; stripTabs: boolean }[] {
  if (!firstLine.includes('<<')) return [];
  const found: { name: string; quoted: boolean; stripTabs: boolean }[] = [];
  for (const m of firstLine.matchAll(HEREDOC_MARKER)) {
    found.push({ name: m[3] ?? '', quoted: (m[2] ?? '') !== '', stripTabs: m[1] === '-' });
  }
  return found;
}

/**
 * Reads heredoc bodies in order after the instruction's first line. Returns the bodies, the
 * 0-based last line used, and the names left unterminated.
 */
export function readHeredocs(
  lines: readonly string[],
  after: number,
  markers: readonly { name: string; quoted: boolean; stripTabs: boolean }[],
): { heredocs: Heredoc[]; lastLine: number; unterminated: string[] } {
  const heredocs: Heredoc[] = [];
  const unterminated: string[] = [];
  let i = after + 1;
  for (const marker of markers) {
    const body: string[] = [];
    const indents: number[] = [];
    const first = i;
    let closed = false;
    for (; i < lines.length; i++) {
      const raw = lines[i] ?? '';
      const line = marker.stripTabs ? raw.replace(/^\t+/, '') : raw;
      if (line === marker.name) { closed = true; i++; break; }
      body.push(line);
      indents.push(raw.length - line.length);
    }
    if (!closed) unterminated.push(marker.name);
    heredocs.push({ name: marker.name, quoted: marker.quoted, stripTabs: marker.stripTabs, body: body.join('\n') + (body.length > 0 ? '\n' : ''), line: first + 1, indents });
  }
  return { heredocs, lastLine: Math.max(after, i - 1), unterminated };
}

/** A word of instruction arguments after quote removal, and where it is written: [start, end). */
export interface Word {
  value: string;
  start: number;
  end: number;
}

/** Splits instruction arguments into words with their offsets, honouring quotes and the escape character. */
export function wordsOf(text: string, escape = '\\'): Word[] {
  const words: Word[] = [];
  let word = '';
  let start = -1;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (quote) {
      if (c === quote) quote = null;
      else if (c === escape && quote === '"' && i + 1 < text.length) { word += text[i + 1]; i++; }
      else word += c;
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (start !== -1) words.push({ value: word, start, end: i });
      word = '';
      start = -1;
    } else {
      if (start === -1) start = i;
      if (c === '"' || c === "'") quote = c;
      else if (c === escape && i + 1 < text.length) { word += text[i + 1]; i++; }
      else word += c;
    }
  }
  if (start !== -1) words.push({ value: word, start, end: text.length });
  return words;
}

/** Splits instruction arguments into words, honouring quotes and the escape character. */
export function splitWords(text: string, escape = '\\'): string[] {
  return wordsOf(text, escape).map((w) => w.value);
}

/** A `--name[=value]` flag and where it is written: [start, end). */
export interface Flag {
  name: string;
  value: string | null;
  start: number;
  end: number;
}

/** Leading `--name[=value]` flags of an instruction and the offset where its arguments start. */
export function leadingFlags(text: string): { flags: Flag[]; restStart: number } {
  const flags: Flag[] = [];
  let i = 0;
  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    if (!text.startsWith('--', i)) break;
    let j = i;
    let quote: string | null = null;
    for (; j < text.length; j++) {
      const c = text[j];
      if (quote) { if (c === quote) quote = null; }
      else if (c === '"' || c === "'") quote = c;
      else if (c === ' ' || c === '\t') break;
    }
    const token = text.slice(i + 2, j);
    const eq = token.indexOf('=');
    flags.push(eq === -1
      ? { name: token.toLowerCase(), value: null, start: i, end: j }
      : { name: token.slice(0, eq).toLowerCase(), value: token.slice(eq + 1).replace(/^(["'])(.*)\1$/s, '$2'), start: i, end: j });
    i = j;
  }
  return { flags, restStart: i };
}

/** Parses a JSON array of strings (exec form); null when the text is not one. */
export function jsonArray(text: string): string[] | null {
  const t = text.trim();
  if (!t.startsWith('[') || !t.endsWith(']')) return null;
  try {
    const value: unknown = JSON.parse(t);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  } catch {
    return null;
  }
  return null;
}
