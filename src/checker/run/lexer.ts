import { skipExpansion } from '../dockerfile/shell';
import { parse as shellParse } from 'shell-quote';
import type { Span } from '../core/types';
import type { Worded } from '../core/worded';
import { runProblem } from './diagnostics';

export interface Word {
  /** The text as written, quotes included, line continuations removed. */
  raw: string;
  /** What the shell passes to the program: quotes removed, variables left as `$NAME`. */
  value: string;
  span: Span;
}

/** Words grouped into simple commands: split at `;`, `&&`, `||`, `|`, `&`, parentheses and newlines. */
export interface LexResult {
  commands: Word[][];
  problems: (Worded & { span: Span })[];
}

const OPERATOR_CHARS = ';&|()<>';
const NEEDS_DECODING = /[\\'"$`*?[]/;

/** Splits a shell script into simple commands, tracking each word's line and column. Never throws. */
export function lexScript(text: string): LexResult {
  const commands: Word[][] = [];
  const problems: LexResult['problems'] = [];
  let current: Word[] = [];
  let i = 0;
  let line = 1;
  let column = 1;
  let skipNextWord = false;
  let pendingHeredoc: string | null = null;

  const advance = (count: number): void => {
    for (let k = 0; k < count && i < text.length; k++) {
      if (text.charCodeAt(i) === 10) { line++; column = 1; } else column++;
      i++;
    }
  };
  const endCommand = (): void => {
    if (current.length > 0) commands.push(current);
    current = [];
  };
  const skipHeredocBody = (delimiter: string): void => {
    while (i < text.length) {
      const end = text.indexOf('\n', i);
      const lineText = text.slice(i, end < 0 ? text.length : end).replace(/^\t+/, '').replace(/\r$/, '');
      advance((end < 0 ? text.length : end + 1) - i);
      if (lineText === delimiter) return;
    }
  };

  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v') { advance(1); continue; }
    if (ch === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      advance(text[i + 1] === '\n' ? 2 : 3);
      continue;
    }
    if (ch === '#') {
      const end = text.indexOf('\n', i);
      // `docker run --rm \` then a comment line: the comment runs to the end of its line and the
      // newline ends the command, so the flags below it are a separate command in a real shell.
      const continued = /\\\r?\n[ \t]*$/.test(text.slice(Math.max(0, i - 200), i));
      const after = end < 0 ? '' : text.slice(end + 1).match(/^[ \t]*-/);
      if (continued && current.length > 0 && after) {
        problems.push({
          ...runProblem('commentEndsCommand'),
          span: { line, column, endLine: line, endColumn: column + Math.max(1, (end < 0 ? text.length : end) - i) },
        });
      }
      advance((end < 0 ? text.length : end) - i);
      continue;
    }
    if (ch === '\n') {
      advance(1);
      endCommand();
      skipNextWord = false;
      if (pendingHeredoc) {
        skipHeredocBody(pendingHeredoc);
      }
      pendingHeredoc = null;
      continue;
    }
    if (OPERATOR_CHARS.includes(ch)) {
      const op = /^(<<<|<<-?|>>|>&|<&|&>>?|>\||&&|\|\||;;|\|&|[;&|()<>])/.exec(text.slice(i, i + 3))?.[0] ?? ch;
      advance(op.length);
      if (op.startsWith('<') || op.startsWith('>') || op.startsWith('&>')) {
        skipNextWord = true;
        if (op === '<<' || op === '<<-') pendingHeredoc = '';
      } else {
        endCommand();
      }
      continue;
    }
    const { word, length } = readWord(text, i, line, column, problems);
    i += length;
    line = word.span.endLine;
    column = word.span.endColumn;
    const isFdPrefix = /^\d+$/.test(word.raw) && (text[i] === '>' || text[i] === '<');
    if (pendingHeredoc === '' && skipNextWord) pendingHeredoc = word.value;
    if (skipNextWord) skipNextWord = false;
    else if (!isFdPrefix) current.push(word);
  }
  endCommand();
  return { commands, problems };
}

interface ScannedWord {
  word: Word;
  /** Characters consumed from the text. */
  length: number;
}

function readWord(text: string, start: number, line: number, column: number, problems: LexResult['problems']): ScannedWord {
  let j = start;
  let endLine = line;
  let endColumn = column;
  let continuations = false;
  const step = (): void => {
    if (text.charCodeAt(j) === 10) { endLine++; endColumn = 1; } else endColumn++;
    j++;
  };
  const unclosed = (what: 'unclosedQuote' | 'unclosedBackquote' | 'unclosedSubstitution'): void => {
    problems.push({
      ...runProblem(what),
      span: { line, column, endLine: line, endColumn: column + 1 },
    });
  };
  while (j < text.length) {
    const ch = text[j] ?? '';
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || OPERATOR_CHARS.includes(ch)) break;
    if (ch === '\\') {
      if (text[j + 1] === '\n') continuations = true;
      step();
      if (j < text.length) step();
      continue;
    }
    if (ch === "'") {
      step();
      while (j < text.length && text[j] !== ch) step();
      if (j >= text.length) { unclosed('unclosedQuote'); break; }
      step();
      continue;
    }
    if (ch === '"' || ch === '`' || (ch === '$' && (text[j + 1] === '(' || text[j + 1] === '{'))) {
      // Quotes and substitutions nest (`"A=$(echo "x y")"`): skip the whole construct at once,
      // so a quote inside a substitution cannot swallow the flags after it.
      const end = skipExpansion(text, j);
      const closer = ch === '$' ? (text[j + 1] === '(' ? ')' : '}') : ch;
      const closed = end - 1 > j + (ch === '$' ? 1 : 0) && text[end - 1] === closer;
      while (j < end) step();
      if (!closed) { unclosed(ch === '`' ? 'unclosedBackquote' : ch === '"' ? 'unclosedQuote' : 'unclosedSubstitution'); break; }
      continue;
    }
    step();
  }
  let raw = text.slice(start, j);
  if (continuations) raw = raw.replace(/\\\r?\n/g, '');
  const word: Word = { raw, value: decode(raw), span: { line, column, endLine, endColumn } };
  return { word, length: j - start };
}

/** Removes quoting the way the shell does; variables stay as written since their values are unknown. */
function decode(raw: string): string {
  if (!NEEDS_DECODING.test(raw)) return raw;
  try {
    const parts = shellParse(raw, (name: string) => `$${name}`);
    return parts.map((p) => (typeof p === 'string' ? p : 'pattern' in p ? p.pattern : 'op' in p ? p.op : '')).join(' ');
  } catch {
    return raw.replace(/["']/g, '');
  }
}
