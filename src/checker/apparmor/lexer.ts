import type { Worded } from '../core/worded';
import { apparmorProblem } from './diagnostics';
/**
 * Splits profile text into tokens plus the line-based directives (`#include`, variable
 * assignments) and comments. Braces and commas inside a path glob (`/etc/{passwd,group}`) and inside
 * parentheses (`flags=(a,b)`, `signal (send,receive)`) stay part of their word.
 */

export interface Token {
  kind: 'word' | 'arrow' | 'open' | 'close' | 'comma';
  text: string;
  line: number;
  /** 1-based; endColumn is exclusive. */
  column: number;
  endColumn: number;
}

export interface IncludeDirective {
  kind: 'include';
  line: number;
  column: number;
  endColumn: number;
  path: string;
  magic: boolean;
  ifExists: boolean;
}

export interface Assignment {
  kind: 'assign';
  line: number;
  column: number;
  endColumn: number;
  name: string;
  append: boolean;
  values: string[];
}

export interface CommentEvent {
  kind: 'comment';
  line: number;
  column: number;
  text: string;
}

export type LexProblem = Worded & {
  line: number;
  column: number;
  endColumn: number;
};

export type LexEvent = Token | IncludeDirective | Assignment | CommentEvent;

export interface LexResult {
  events: LexEvent[];
  problems: LexProblem[];
}

const INCLUDE = /^(#\s*include|include)(\s+if\s+exists)?\s+(?:<([^>\n]*)>|"([^"\n]*)")\s*$/;
const ASSIGNMENT = /^@\{([A-Za-z_][A-Za-z0-9_]*)\}\s*(\+?=)\s*(.*)$/;

/** Splits an assignment's value list on blanks, keeping quoted values whole. */
function splitValues(text: string): string[] {
  const values: string[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) values.push(m[1] ?? m[2] ?? '');
  return values;
}

function stripComment(text: string): { body: string; comment?: string; at: number } {
  const at = text.search(/\s#/);
  if (at < 0) return { body: text, at: -1 };
  return { body: text.slice(0, at), comment: text.slice(text.indexOf('#', at) + 1), at: text.indexOf('#', at) };
}

/** Is this `{` the start of a glob alternation (`{,usr/}bin`) rather than a block? */
function isGlobBrace(text: string, at: number): boolean {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === undefined || /\s/.test(c)) return false;
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) return i > at + 1;
    }
  }
  return false;
}

export function lex(text: string): LexResult {
  const events: LexEvent[] = [];
  const problems: LexProblem[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let n = 0; n < lines.length; n++) lexLine(lines[n] ?? '', n + 1, events, problems);
  return { events, problems };
}

function lexLine(source: string, line: number, events: LexEvent[], problems: LexProblem[]): void {
  const firstNonBlank = source.search(/\S/);
  if (firstNonBlank < 0) return;
  const rest = source.slice(firstNonBlank);
  const include = INCLUDE.exec(stripComment(rest).body.trimEnd());
  if (include) {
    events.push({
      kind: 'include', line, column: firstNonBlank + 1, endColumn: source.length + 1,
      path: (include[3] ?? include[4] ?? '').trim(), magic: include[3] !== undefined, ifExists: include[2] !== undefined,
    });
    return;
  }
  const assignment = ASSIGNMENT.exec(rest);
  if (assignment) {
    const { body, comment, at } = stripComment(assignment[3] ?? '');
    events.push({
      kind: 'assign', line, column: firstNonBlank + 1, endColumn: source.length + 1,
      name: assignment[1] ?? '', append: assignment[2] === '+=', values: splitValues(body),
    });
    if (comment !== undefined) events.push({ kind: 'comment', line, column: source.length - (assignment[3] ?? '').length + at + 1, text: comment });
    return;
  }
  let i = firstNonBlank;
  while (i < source.length) {
    const c = source[i] ?? '';
    if (/\s/.test(c)) { i++; continue; }
    const start = i;
    if (c === '#') {
      events.push({ kind: 'comment', line, column: i + 1, text: source.slice(i + 1) });
      return;
    }
    if (c === ',') { events.push({ kind: 'comma', text: ',', line, column: i + 1, endColumn: i + 2 }); i++; continue; }
    if (c === '}') { events.push({ kind: 'close', text: '}', line, column: i + 1, endColumn: i + 2 }); i++; continue; }
    if (c === '{' && !isGlobBrace(source, i)) { events.push({ kind: 'open', text: '{', line, column: i + 1, endColumn: i + 2 }); i++; continue; }
    if (c === '-' && source[i + 1] === '>') { events.push({ kind: 'arrow', text: '->', line, column: i + 1, endColumn: i + 3 }); i += 2; continue; }
    i = readWord(source, i, line, problems);
    events.push({ kind: 'word', text: source.slice(start, i), line, column: start + 1, endColumn: i + 1 });
  }
}

/** Returns the index just past the word starting at `start`. */
function readWord(source: string, start: number, line: number, problems: LexProblem[]): number {
  let braces = 0;
  let parens = 0;
  let i = start;
  while (i < source.length) {
    const c = source[i] ?? '';
    if (c === '"') {
      const close = source.indexOf('"', i + 1);
      if (close < 0) {
        problems.push({ line, column: i + 1, endColumn: source.length + 1, ...apparmorProblem('unclosedString') });
        return source.length;
      }
      i = close + 1;
      continue;
    }
    if (c === '\\') { i += 2; continue; }
    // A glob never contains blanks, so a blank ends the word even inside an unclosed `{`.
    if (parens === 0 && /\s/.test(c)) break;
    if (parens === 0 && braces === 0) {
      if (c === ',') break;
      if (c === '-' && source[i + 1] === '>') break;
      if (c === '}') break;
    }
    if (c === '(') parens++;
    else if (c === ')' && parens > 0) parens--;
    else if (c === '{') {
      const inPath = /^["/@]/.test(source[start] ?? '');
      if (braces === 0 && parens === 0 && !inPath && !isGlobBrace(source, i)) break;
      braces++;
    } else if (c === '}') braces--;
    else if (parens > 0 && c === '#' && /\s/.test(source[i - 1] ?? '')) break;
    i++;
  }
  if (parens > 0) problems.push({ line, column: start + 1, endColumn: i + 1, ...apparmorProblem('unclosedParen') });
  return Math.min(i, source.length);
}
