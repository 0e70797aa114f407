import { BAD_FUNCTION_NAME, type AndOr, type Assignment, type Command, type FunctionDefinition, type List, type ParameterOp, type ParseResult, type Pipeline, type Redirect, type RedirectOp, type SimpleCommand, type Word, type WordPart } from './ast';

/** Characters that end an unquoted word. */
const METACHARACTERS = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
const BLANKS = new Set([' ', '\t', '\r']);
const SPECIAL_PARAMETERS = new Set(['?', '$', '#', '@', '*', '!', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;
/** `name ( )` at the cursor: a function definition follows. */
const FUNCTION_HEAD = /^([^\s;&|()<>'"`$=\\]+)[ \t]*\([ \t]*\)/;
const POSIX_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Longest first, so `>>` wins over `>`. */
const REDIRECT_OPS: RedirectOp[] = ['&>>', '<<<', '<<-', '&>', '>>', '>&', '>|', '<<', '<&', '<>', '>', '<'];
const PARAMETER_OPS: ParameterOp[] = [':-', ':=', ':+', ':?', '##', '%%', '-', '=', '+', '?', '#', '%'];

/** Input beyond this is refused rather than parsed, so a pasted megabyte cannot freeze the page. */
export const MAX_SCRIPT_LENGTH = 256 * 1024;
const MAX_DEPTH = 64;

class Incomplete {
  constructor(readonly expecting: string, readonly offset: number) {}
}

class Unexpected {
  constructor(readonly token: string, readonly offset: number) {}
}

interface PendingHeredoc {
  redirect: Redirect;
  delimiter: string;
  quoted: boolean;
  stripTabs: boolean;
}

class Parser {
  private pos = 0;
  private depth = 0;
  private pending: PendingHeredoc[] = [];
  private readonly newlines: number[] = [];

  /** `posixNames`: only POSIX names may name a function (ash, dash); bash also takes `:` and the like. */
  constructor(private readonly text: string, private readonly posixNames = false) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.newlines.push(i);
  }

  /** 1-based line of an offset. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.newlines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.newlines[mid] ?? 0) < offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  }

  script(): List {
    const list = this.list(null);
    if (this.pos < this.text.length) throw new Unexpected(this.token(), this.pos);
    if (this.pending.length > 0) throw new Incomplete('here-document', this.pos);
    return list;
  }

  private get eof(): boolean {
    return this.pos >= this.text.length;
  }

  private peek(offset = 0): string {
    return this.text[this.pos + offset] ?? '';
  }

  private startsWith(value: string): boolean {
    return this.text.startsWith(value, this.pos);
  }

  /** Skips blanks, line continuations and a comment, but not newlines. */
  private blanks(): void {
    while (!this.eof) {
      const ch = this.peek();
      if (BLANKS.has(ch)) this.pos++;
      else if (ch === '\\' && this.peek(1) === '\n') this.pos += 2;
      else if (ch === '\\' && this.peek(1) === '\r' && this.peek(2) === '\n') this.pos += 3;
      else if (ch === '#') {
        const end = this.text.indexOf('\n', this.pos);
        this.pos = end < 0 ? this.text.length : end;
      } else break;
    }
  }

  /** Skips blanks and newlines (reading any here-documents the newlines release). */
  private linebreaks(): void {
    for (;;) {
      this.blanks();
      if (this.peek() !== '\n') return;
      this.newline();
    }
  }

  private newline(): void {
    this.pos++;
    if (this.pending.length > 0) this.heredocBodies();
  }

  /** What a syntax error names: the operator or word at the cursor, or "newline". */
  private token(): string {
    if (this.eof || this.peek() === '\n') return 'newline';
    for (const op of ['&&', '||', ';;', '|&', ';', '&', '|', '(', ')', ...REDIRECT_OPS]) if (this.startsWith(op)) return op;
    let end = this.pos;
    while (end < this.text.length && !METACHARACTERS.has(this.text[end] ?? '')) end++;
    return this.text.slice(this.pos, end);
  }

  /** The reserved word at the cursor, if the next word is exactly `word`. */
  private atReserved(word: string): boolean {
    if (!this.startsWith(word)) return false;
    const after = this.text[this.pos + word.length];
    return after === undefined || METACHARACTERS.has(after);
  }

  private enter(): void {
    this.depth++;
    if (this.depth > MAX_DEPTH) throw new Unexpected('(nesting too deep)', this.pos);
  }

  private list(terminator: ')' | '}' | '`' | null): List {
    this.enter();
    const items: List['items'] = [];
    for (;;) {
      this.linebreaks();
      if (this.eof) break;
      if (terminator === ')' && this.peek() === ')') break;
      if (terminator === '}' && this.atReserved('}')) break;
      const command = this.andOr();
      this.blanks();
      if (this.startsWith(';;')) throw new Unexpected(';;', this.pos);
      const ch = this.peek();
      if (ch === ';') {
        this.pos++;
        items.push({ command, background: false });
      } else if (ch === '&' && this.peek(1) !== '&' && this.peek(1) !== '>') {
        this.pos++;
        items.push({ command, background: true });
      } else if (ch === '\n') {
        this.newline();
        items.push({ command, background: false });
      } else {
        items.push({ command, background: false });
        if (this.eof || (terminator === ')' && ch === ')') || (terminator === '}' && this.atReserved('}'))) break;
        throw new Unexpected(this.token(), this.pos);
      }
    }
    this.depth--;
    return { items };
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest: AndOr['rest'] = [];
    for (;;) {
      this.blanks();
      const op = this.startsWith('&&') ? '&&' : this.startsWith('||') ? '||' : null;
      if (!op) return { first, rest };
      this.pos += 2;
      this.linebreaks();
      if (this.eof) throw new Incomplete(op, this.pos);
      rest.push({ op, pipeline: this.pipeline() });
    }
  }

  private pipeline(): Pipeline {
    this.blanks();
    let negated = false;
    if (this.atReserved('!')) {
      negated = true;
      this.pos++;
      this.blanks();
    }
    const commands = [this.command()];
    for (;;) {
      this.blanks();
      if (this.peek() !== '|' || this.peek(1) === '|') return { negated, commands };
      this.pos += this.peek(1) === '&' ? 2 : 1;
      this.linebreaks();
      if (this.eof) throw new Incomplete('|', this.pos);
      commands.push(this.command());
    }
  }

  private command(): Command {
    this.blanks();
    const line = this.lineAt(this.pos);
    if (this.peek() === '(') {
      this.pos++;
      const body = this.list(')');
      if (this.eof) throw new Incomplete(')', this.pos);
      this.pos++;
      return { kind: 'group', subshell: true, body, redirects: this.trailingRedirects(), line };
    }
    if (this.atReserved('{')) {
      this.pos++;
      const body = this.list('}');
      if (this.eof) throw new Incomplete('}', this.pos);
      this.pos++;
      return { kind: 'group', subshell: false, body, redirects: this.trailingRedirects(), line };
    }
    const head = FUNCTION_HEAD.exec(this.text.slice(this.pos, this.pos + 256));
    if (head) return this.functionDefinition(head[1] ?? '', head[0].length, line);
    return this.simple(line);
  }

  private functionDefinition(name: string, headLength: number, line: number): FunctionDefinition {
    if (this.posixNames && !POSIX_NAME.test(name)) throw new Unexpected(BAD_FUNCTION_NAME, this.pos);
    this.pos += headLength;
    this.linebreaks();
    if (this.eof) throw new Incomplete('}', this.pos);
    const body = this.command();
    if (body.kind !== 'group') throw new Unexpected(body.kind === 'simple' ? (body.words[0]?.source ?? this.token()) : this.token(), this.pos);
    return { kind: 'function', name, body, line };
  }

  private trailingRedirects(): Redirect[] {
    const redirects: Redirect[] = [];
    for (;;) {
      this.blanks();
      const redirect = this.redirect();
      if (!redirect) return redirects;
      redirects.push(redirect);
    }
  }

  private simple(line: number): SimpleCommand {
    const assignments: Assignment[] = [];
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    for (;;) {
      this.blanks();
      if (this.eof) break;
      const redirect = this.redirect();
      if (redirect) {
        redirects.push(redirect);
        continue;
      }
      const ch = this.peek();
      if (ch === '(' && words.length > 0) throw new Unexpected('(', this.pos);
      if (METACHARACTERS.has(ch)) break;
      const word = this.word();
      const assignment = words.length === 0 ? asAssignment(word) : null;
      if (assignment) assignments.push(assignment);
      else words.push(word);
    }
    if (assignments.length === 0 && words.length === 0 && redirects.length === 0) throw new Unexpected(this.token(), this.pos);
    return { kind: 'simple', assignments, words, redirects, line };
  }

  private redirect(): Redirect | null {
    const match = /^(\d{0,9})(&>>|<<<|<<-|&>|>>|>&|>\||<<|<&|<>|>|<)/.exec(this.text.slice(this.pos, this.pos + 14));
    if (!match) return null;
    const [whole, digits = '', opText = ''] = match;
    if (digits !== '' && opText.startsWith('&')) return null;
    const op = REDIRECT_OPS.find((o) => o === opText);
    if (!op) return null;
    this.pos += whole.length;
    this.blanks();
    if (this.eof || METACHARACTERS.has(this.peek())) throw new Unexpected(this.token(), this.pos);
    const target = this.word();
    const redirect: Redirect = { fd: digits === '' ? null : Number(digits), op, target, body: null };
    if (op === '<<' || op === '<<-') {
      const quoted = target.parts.some((p) => p.kind !== 'literal' || p.quoted);
      const delimiter = target.parts.map((p) => (p.kind === 'literal' ? p.text : '')).join('');
      this.pending.push({ redirect, delimiter, quoted, stripTabs: op === '<<-' });
    }
    return redirect;
  }

  /** Reads the bodies of here-documents whose operator was on the line just ended. */
  private heredocBodies(): void {
    const pending = this.pending;
    this.pending = [];
    for (const doc of pending) {
      const lines: string[] = [];
      for (;;) {
        if (this.eof) throw new Incomplete('here-document', this.pos);
        const end = this.text.indexOf('\n', this.pos);
        const raw = this.text.slice(this.pos, end < 0 ? this.text.length : end);
        this.pos = end < 0 ? this.text.length : end + 1;
        const line = (doc.stripTabs ? raw.replace(/^\t+/, '') : raw).replace(/\r$/, '');
        if (line === doc.delimiter) break;
        lines.push(line);
        if (end < 0) throw new Incomplete('here-document', this.pos);
      }
      const text = lines.map((l) => `${l}\n`).join('');
      doc.redirect.body = doc.quoted ? { parts: [{ kind: 'literal', text, quoted: true }], source: text } : new Parser(text).heredocBody();
    }
  }

  /** An unquoted here-document body: `$` and backquotes expand, backslash quotes only `$ \` \\` and newline. */
  heredocBody(): Word {
    const parts: WordPart[] = [];
    while (!this.eof) {
      const ch = this.peek();
      if (ch === '\\' && '$`\\\n'.includes(this.peek(1)) && this.peek(1) !== '') {
        if (this.peek(1) !== '\n') literal(parts, this.peek(1), true);
        this.pos += 2;
      } else if (ch === '$') this.dollar(parts, true);
      else if (ch === '`') this.backquote(parts, true);
      else {
        literal(parts, ch, true);
        this.pos++;
      }
    }
    return { parts, source: this.text };
  }

  private word(): Word {
    const start = this.pos;
    const parts: WordPart[] = [];
    if (this.peek() === '~') this.tilde(parts);
    while (!this.eof) {
      const ch = this.peek();
      if (METACHARACTERS.has(ch)) break;
      if (ch === '\r' && this.peek(1) === '\n') {
        this.pos++;
        continue;
      }
      this.wordCharacter(parts);
    }
    return { parts, source: this.text.slice(start, this.pos) };
  }

  private tilde(parts: WordPart[]): void {
    const match = /^~([A-Za-z0-9._-]*)(?=\/|$|[ \t\n;&|()<>:])/.exec(this.text.slice(this.pos, this.pos + 40));
    if (!match) return;
    parts.push({ kind: 'tilde', user: match[1] ?? '' });
    this.pos += match[0].length;
  }

  /** One unquoted character or quoted section of a word. */
  private wordCharacter(parts: WordPart[]): void {
    const ch = this.peek();
    if (ch === '\\') {
      const next = this.peek(1);
      if (next === '') throw new Incomplete('\\', this.pos);
      this.pos += 2;
      if (next === '\r' && this.peek() === '\n') this.pos++;
      else if (next !== '\n') literal(parts, next, true);
    } else if (ch === "'") {
      const end = this.text.indexOf("'", this.pos + 1);
      if (end < 0) throw new Incomplete("'", this.pos);
      literal(parts, this.text.slice(this.pos + 1, end), true);
      this.pos = end + 1;
    } else if (ch === '"') {
      this.doubleQuoted(parts);
    } else if (ch === '$') {
      this.dollar(parts, false);
    } else if (ch === '`') {
      this.backquote(parts, false);
    } else {
      literal(parts, ch, false);
      this.pos++;
    }
  }

  private doubleQuoted(parts: WordPart[]): void {
    const open = this.pos;
    this.pos++;
    for (;;) {
      if (this.eof) throw new Incomplete('"', open);
      const ch = this.peek();
      if (ch === '"') {
        this.pos++;
        // "" still makes a (possibly empty) field.
        literal(parts, '', true);
        return;
      }
      if (ch === '\\') {
        const next = this.peek(1);
        if (next === '') throw new Incomplete('"', open);
        if (next === '\n') this.pos += 2;
        else if ('$`"\\'.includes(next)) {
          literal(parts, next, true);
          this.pos += 2;
        } else {
          literal(parts, '\\', true);
          this.pos++;
        }
      } else if (ch === '$') this.dollar(parts, true);
      else if (ch === '`') this.backquote(parts, true);
      else {
        literal(parts, ch, true);
        this.pos++;
      }
    }
  }

  private dollar(parts: WordPart[], quoted: boolean): void {
    const next = this.peek(1);
    if (next === '{') {
      this.braced(parts, quoted);
    } else if (next === '(' && this.peek(2) === '(') {
      const end = this.text.indexOf('))', this.pos + 3);
      if (end < 0) throw new Incomplete('))', this.pos);
      parts.push({ kind: 'arithmetic', expression: this.text.slice(this.pos + 3, end), quoted });
      this.pos = end + 2;
    } else if (next === '(') {
      this.pos += 2;
      const list = this.list(')');
      if (this.eof) throw new Incomplete(')', this.pos);
      this.pos++;
      parts.push({ kind: 'command', list, quoted });
    } else if (NAME_START.test(next)) {
      let end = this.pos + 1;
      while (end < this.text.length && NAME_CHAR.test(this.text[end] ?? '')) end++;
      parts.push({ kind: 'parameter', name: this.text.slice(this.pos + 1, end), quoted, op: null, argument: null });
      this.pos = end;
    } else if (SPECIAL_PARAMETERS.has(next)) {
      parts.push({ kind: 'parameter', name: next, quoted, op: null, argument: null });
      this.pos += 2;
    } else {
      literal(parts, '$', quoted);
      this.pos++;
    }
  }

  private braced(parts: WordPart[], quoted: boolean): void {
    const open = this.pos;
    this.pos += 2;
    let length = false;
    if (this.peek() === '#' && this.peek(1) !== '}' && (NAME_START.test(this.peek(1)) || SPECIAL_PARAMETERS.has(this.peek(1)))) {
      length = true;
      this.pos++;
    }
    let name = '';
    if (NAME_START.test(this.peek())) {
      while (NAME_CHAR.test(this.peek())) name += this.text[this.pos++];
    } else if (/\d/.test(this.peek())) {
      while (/\d/.test(this.peek())) name += this.text[this.pos++];
    } else if (SPECIAL_PARAMETERS.has(this.peek())) {
      name = this.text[this.pos++] ?? '';
    }
    if (this.eof) throw new Incomplete('}', open);
    if (name === '') throw new Unexpected(`\${${this.token()}`, open);
    if (length) {
      if (this.peek() !== '}') throw new Unexpected(this.text.slice(open, this.pos + 1), open);
      this.pos++;
      parts.push({ kind: 'parameter', name, quoted, op: 'length', argument: null });
      return;
    }
    if (this.peek() === '}') {
      this.pos++;
      parts.push({ kind: 'parameter', name, quoted, op: null, argument: null });
      return;
    }
    const op = PARAMETER_OPS.find((o) => this.startsWith(o));
    if (!op) throw new Unexpected(this.text.slice(open, this.pos + 1), open);
    this.pos += op.length;
    const argumentStart = this.pos;
    const argument: WordPart[] = [];
    for (;;) {
      if (this.eof) throw new Incomplete('}', open);
      const ch = this.peek();
      if (ch === '}') break;
      if (quoted && ch === "'") {
        literal(argument, ch, true);
        this.pos++;
      } else if (quoted && ch === '"') {
        this.doubleQuoted(argument);
      } else if (ch === '\n' || BLANKS.has(ch) || METACHARACTERS.has(ch)) {
        literal(argument, ch, quoted);
        this.pos++;
      } else this.wordCharacter(argument);
    }
    const source = this.text.slice(argumentStart, this.pos);
    this.pos++;
    parts.push({ kind: 'parameter', name, quoted, op, argument: { parts: argument, source } });
  }

  private backquote(parts: WordPart[], quoted: boolean): void {
    const open = this.pos;
    let inner = '';
    let i = this.pos + 1;
    for (;;) {
      if (i >= this.text.length) throw new Incomplete('`', open);
      const ch = this.text[i] ?? '';
      if (ch === '`') break;
      if (ch === '\\' && '$`\\'.includes(this.text[i + 1] ?? '')) {
        inner += this.text[i + 1];
        i += 2;
        continue;
      }
      inner += ch;
      i++;
    }
    this.pos = i + 1;
    const result = parseShell(inner);
    if (result.kind === 'incomplete') throw new Incomplete(result.expecting, open);
    if (result.kind === 'error') throw new Unexpected(result.token, open);
    parts.push({ kind: 'command', list: result.list, quoted });
  }
}

function literal(parts: WordPart[], text: string, quoted: boolean): void {
  const last = parts[parts.length - 1];
  if (last?.kind === 'literal' && last.quoted === quoted) last.text += text;
  else if (text !== '' || !parts.some((p) => p.kind !== 'tilde' && p.quoted)) parts.push({ kind: 'literal', text, quoted });
}

function asAssignment(word: Word): Assignment | null {
  const [first, ...rest] = word.parts;
  if (first?.kind !== 'literal' || first.quoted) return null;
  const match = ASSIGNMENT.exec(first.text);
  if (!match) return null;
  const name = match[1] ?? '';
  const remainder = first.text.slice(match[0].length);
  const parts: WordPart[] = remainder === '' ? rest : [{ kind: 'literal', text: remainder, quoted: false }, ...rest];
  return { name, value: { parts, source: word.source.slice(match[0].length) } };
}

/** Reads shell input (a typed line, pasted lines or a whole script). Never throws. */
export function parseShell(text: string, posixNames = false): ParseResult {
  if (text.length > MAX_SCRIPT_LENGTH) return { kind: 'error', token: '(input too long)', line: 1 };
  const parser = new Parser(text, posixNames);
  try {
    return { kind: 'ok', list: parser.script() };
  } catch (problem) {
    if (problem instanceof Incomplete) return { kind: 'incomplete', expecting: problem.expecting, line: parser.lineAt(problem.offset) };
    if (problem instanceof Unexpected) return { kind: 'error', token: problem.token, line: parser.lineAt(problem.offset) };
    if (problem instanceof RangeError) return { kind: 'error', token: '(nesting too deep)', line: 1 };
    throw problem;
  }
}
