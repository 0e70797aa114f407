import type { Span } from '../core/types';

/** A JSON value with the span of its text, so findings can point at the exact key or value. */
export type JsonNode =
  | { type: 'object'; span: Span; entries: JsonEntry[] }
  | { type: 'array'; span: Span; items: JsonNode[] }
  | { type: 'string'; span: Span; value: string }
  | { type: 'number'; span: Span; value: number }
  | { type: 'boolean'; span: Span; value: boolean }
  | { type: 'null'; span: Span };

export interface JsonEntry {
  key: string;
  keySpan: Span;
  value: JsonNode;
}

/** Where strict JSON stops being JSON, worded as Go's encoding/json does (Docker's client prints that text). */
export interface JsonError {
  message: string;
  span: Span;
}

export type JsonResult = { ok: true; value: JsonNode } | { ok: false; error: JsonError };

class Failure extends Error {
  constructor(readonly at: number, message: string) {
    super(message);
  }
}

/** Go quotes the offending character the way strconv.QuoteRune does for the common cases. */
function quoted(ch: string): string {
  if (ch === "'") return "'\\''";
  if (ch === '\n') return "'\\n'";
  if (ch === '\t') return "'\\t'";
  if (ch === '\r') return "'\\r'";
  return `'${ch}'`;
}

/** Reads strict JSON (RFC 8259, as Go's encoding/json accepts it) and keeps 1-based positions. */
export function parseJson(text: string): JsonResult {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const pos = (offset: number): { line: number; column: number } => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };
  const span = (start: number, end: number): Span => {
    const a = pos(start);
    const b = pos(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.line === a.line ? Math.max(b.column, a.column + 1) : b.column };
  };
  let i = 0;
  const skip = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i] ?? '')) i++;
  };
  const end = (): never => {
    throw new Failure(text.length, 'unexpected end of JSON input');
  };
  const invalid = (context: string): never => {
    if (i >= text.length) end();
    throw new Failure(i, `invalid character ${quoted(text[i] ?? '')} ${context}`);
  };

  const readString = (context: string): { value: string; start: number } => {
    const start = i;
    if (text[i] !== '"') invalid(context);
    i++;
    let value = '';
    for (;;) {
      if (i >= text.length) end();
      const ch = text[i] ?? '';
      if (ch === '"') {
        i++;
        return { value, start };
      }
      if (ch < ' ') invalid('in string literal');
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === undefined) end();
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (next !== undefined && simple[next] !== undefined) {
          value += simple[next];
          i += 2;
          continue;
        }
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        i++;
        invalid('in string escape code');
      }
      value += ch;
      i++;
    }
  };

  const readValue = (): JsonNode => {
    skip();
    const start = i;
    const ch = text[i];
    if (ch === undefined) return end();
    if (ch === '{') {
      i++;
      const entries: JsonEntry[] = [];
      skip();
      if (text[i] === '}') {
        i++;
        return { type: 'object', span: span(start, i), entries };
      }
      for (;;) {
        skip();
        const key = readString('looking for beginning of object key string');
        const keySpan = span(key.start, i);
        skip();
        if (text[i] !== ':') invalid('after object key');
        i++;
        entries.push({ key: key.value, keySpan, value: readValue() });
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { type: 'object', span: span(start, i), entries };
        }
        invalid('after object key:value pair');
      }
    }
    if (ch === '[') {
      i++;
      const items: JsonNode[] = [];
      skip();
      if (text[i] === ']') {
        i++;
        return { type: 'array', span: span(start, i), items };
      }
      for (;;) {
        items.push(readValue());
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { type: 'array', span: span(start, i), items };
        }
        invalid('after array element');
      }
    }
    if (ch === '"') {
      const { value } = readString('looking for beginning of value');
      return { type: 'string', span: span(start, i), value };
    }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (number && (ch === '-' || (ch >= '0' && ch <= '9'))) {
      i += number[0].length;
      return { type: 'number', span: span(start, i), value: Number(number[0]) };
    }
    for (const [word, node] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return node === null ? { type: 'null', span: span(start, i) } : { type: 'boolean', span: span(start, i), value: node };
      }
    }
    return invalid('looking for beginning of value');
  };

  try {
    const value = readValue();
    skip();
    if (i < text.length) invalid('after top-level value');
    return { ok: true, value };
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    return { ok: false, error: { message: error.message, span: span(Math.min(error.at, Math.max(0, text.length - 1)), Math.min(error.at + 1, text.length)) } };
  }
}

/**
 * The value of `key` in an object node. Go's decoder prefers an exact match and otherwise takes a key
 * that differs only in case ("DefaultAction"); a repeated key's last value wins.
 */
export function member(node: JsonNode | undefined, key: string): JsonEntry | undefined {
  if (node?.type !== 'object') return undefined;
  let exact: JsonEntry | undefined;
  let folded: JsonEntry | undefined;
  for (const entry of node.entries) {
    if (entry.key === key) exact = entry;
    else if (entry.key.toLowerCase() === key.toLowerCase()) folded = entry;
  }
  return exact ?? folded;
}
