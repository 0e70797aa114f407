import type { Span } from '../core/types';
import type { ShellCommand } from './model';
import { spanOf } from './text';

/**
 * A small POSIX-shell reader: enough to split a RUN script into simple commands with their words,
 * operators, redirections and lines. It never fails; odd input just yields odd words. Runs in one
 * pass over the text.
 */

type Operator = NonNullable<ShellCommand['next']>;
type Redirect = ShellCommand['redirects'][number];
type Assignment = ShellCommand['assignments'][number];

/**
 * Shared by every command without redirections or assignments (nearly all of them), so they cost no
 * array each; nothing writes to a command's lists once it is built.
 */
const NO_REDIRECTS: Redirect[] = [];
const NO_ASSIGNMENTS: Assignment[] = [];

interface RawCommand {
  words: string[];
  /** Offsets of each word in the script: [starts[i], ends[i]). */
  starts: number[];
  ends: number[];
  redirects: Redirect[];
  line: number;
  next: Operator | null;
}

/** Words that open or close a compound command; the command proper starts after them. */
const RESERVED_PREFIX = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', 'time', '{', '(']);
const RESERVED_ALONE = new Set(['fi', 'done', 'esac', '}', ')']);

/** Maps an offset in the script to its 1-based line and column in the Dockerfile. */
export type PositionOf = (offset: number) => { line: number; column: number };

/** Characters the tokenizer must look at one by one; runs of anything else are copied in one slice. */
const SPECIAL = new Set([...'\\\'"$` \t\r\n#&|;()<>'].map((c) => c.charCodeAt(0)));

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r';
}

/** Copies `$( ... )` or `` ` ... ` `` verbatim, so operators inside a substitution do not split the command. */
function skipSubstitution(text: string, start: number): number {
  if (text[start] === '`') {
    const end = text.indexOf('`', start + 1);
    return end === -1 ? text.length : end + 1;
  }
  let depth = 0;
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

/** Collects words and commands; a class rather than closures, so each script costs no function objects. */
class CommandCollector {
  readonly commands: RawCommand[] = [];
  private words: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private redirects: Redirect[] = NO_REDIRECTS;
  private commandStart = -1;
  word = '';
  inWord = false;
  private wordStart = 0;
  pendingRedirect: string | null = null;

  constructor(private readonly text: string, private readonly positionOf: PositionOf) {}

  startWord(at: number): void {
    if (this.commandStart === -1) this.commandStart = at;
    if (!this.inWord) this.wordStart = at;
    this.inWord = true;
  }

  markCommandStart(at: number): void {
    if (this.commandStart === -1) this.commandStart = at;
  }

  /** Ends the current word at offset `end` (exclusive). */
  endWord(end: number): void {
    if (!this.inWord) return;
    if (this.pendingRedirect !== null) {
      this.addRedirect(this.pendingRedirect, this.word);
      this.pendingRedirect = null;
    } else {
      this.words.push(this.word);
      this.starts.push(this.wordStart);
      this.ends.push(end);
    }
    this.word = '';
    this.inWord = false;
  }

  addRedirect(op: string, target: string): void {
    if (this.redirects === NO_REDIRECTS) this.redirects = [];
    this.redirects.push({ op, target });
  }

  endCommand(next: Operator | null, end: number): void {
    this.endWord(end);
    if (this.words.length > 0 || this.redirects.length > 0) {
      this.commands.push({ words: this.words, starts: this.starts, ends: this.ends, redirects: this.redirects, line: this.positionOf(Math.max(this.commandStart, 0)).line, next });
    } else if (next === '|' && this.commands.length > 0) {
      const last = this.commands[this.commands.length - 1];
      if (last) last.next = next;
    }
    this.words = [];
    this.starts = [];
    this.ends = [];
    this.redirects = NO_REDIRECTS;
    this.commandStart = -1;
    this.pendingRedirect = null;
  }

  /** Reads a double-quoted string opening at `start`; returns the offset of its closing quote. */
  doubleQuoted(start: number): number {
    const text = this.text;
    let j = start + 1;
    for (; j < text.length && text[j] !== '"'; j++) {
      const d = text[j] ?? '';
      if (d === '\\' && (text[j + 1] === '"' || text[j + 1] === '\\' || text[j + 1] === '$' || text[j + 1] === '`')) {
        this.word += text[j + 1];
        j++;
      } else if (d === '$' && text[j + 1] === '(') {
        const end = Math.min(skipSubstitution(text, j + 1), text.length);
        this.word += text.slice(j, end);
        j = end - 1;
      } else {
        this.word += d;
      }
    }
    return j;
  }
}

function tokenize(text: string, positionOf: PositionOf): RawCommand[] {
  const out = new CommandCollector(text, positionOf);
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const n = text[i + 1] ?? '';
    if (c === '\\') {
      out.startWord(i);
      if (n === '\n') { i++; continue; }
      out.word += n;
      i++;
    } else if (c === "'") {
      out.startWord(i);
      const end = text.indexOf("'", i + 1);
      const stop = end === -1 ? text.length : end;
      out.word += text.slice(i + 1, stop);
      i = stop;
    } else if (c === '"') {
      out.startWord(i);
      i = out.doubleQuoted(i);
    } else if ((c === '$' && n === '(') || c === '`') {
      out.startWord(i);
      const end = skipSubstitution(text, c === '$' ? i + 1 : i);
      out.word += text.slice(i, end);
      i = end - 1;
    } else if (isSpace(c)) {
      out.endWord(i);
    } else if (c === '\n') {
      out.endCommand(';', i);
    } else if (c === '#' && !out.inWord) {
      const end = text.indexOf('\n', i);
      i = (end === -1 ? text.length : end) - 1;
    } else if (c === '&' && n === '&') {
      out.endCommand('&&', i);
      i++;
    } else if (c === '|' && n === '|') {
      out.endCommand('||', i);
      i++;
    } else if (c === '|') {
      out.endCommand('|', i);
      if (n === '&') i++;
    } else if (c === ';' || c === '&' || c === '(' || c === ')') {
      if (c === '&' && n === '>') {
        out.endWord(i);
        out.pendingRedirect = text[i + 2] === '>' ? '&>>' : '&>';
        i += out.pendingRedirect.length - 1;
      } else {
        out.endCommand(';', i);
        if (c === ';' && n === ';') i++;
      }
    } else if (c === '>' || c === '<') {
      const fd = out.inWord && /^\d+$/.test(out.word) ? out.word : '';
      if (fd) { out.word = ''; out.inWord = false; } else out.endWord(i);
      let op = c;
      if (n === c || n === '&' || n === '|') { op += n; i++; }
      if (op.endsWith('&')) {
        let j = i + 1;
        while (j < text.length && /[0-9-]/.test(text[j] ?? '')) j++;
        out.addRedirect(fd + op, text.slice(i + 1, j));
        i = j - 1;
        out.markCommandStart(i);
      } else {
        out.pendingRedirect = fd + op;
        out.markCommandStart(i);
      }
    } else {
      out.startWord(i);
      let j = i + 1;
      while (j < text.length && !SPECIAL.has(text.charCodeAt(j))) j++;
      out.word += text.slice(i, j);
      i = j - 1;
    }
  }
  out.endCommand(null, text.length);
  return out.commands;
}

const WRAPPERS = new Set(['env', 'exec', 'command', 'nohup', 'nice', 'xargs']);
/** sudo options that take a value. */
const SUDO_VALUE_OPTIONS = new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U']);

function basename(word: string): string {
  const slash = word.lastIndexOf('/');
  return slash === -1 ? word : word.slice(slash + 1);
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

/**
 * A command whose word spans are worked out on first read: most commands are never reported on, and
 * a script of a million words should not pay for a million spans nobody asks for.
 */
class ParsedCommand implements ShellCommand {
  private spans: Span[] | null = null;

  constructor(
    readonly words: string[],
    readonly assignments: Assignment[],
    readonly program: string,
    readonly args: string[],
    readonly sudo: boolean,
    readonly next: Operator | null,
    readonly redirects: Redirect[],
    readonly line: number,
    private readonly raw: RawCommand,
    private readonly positionOf: PositionOf,
  ) {}

  get wordSpans(): Span[] {
    if (this.spans === null) {
      const { starts, ends } = this.raw;
      this.spans = starts.map((start, i) => spanOf(this.positionOf, start, ends[i] ?? start));
    }
    return this.spans;
  }
}

/** Finds the program behind assignments and wrappers such as `sudo -u app` or `env X=1`. */
function describe(raw: RawCommand, positionOf: PositionOf): ShellCommand {
  const words = raw.words;
  let i = 0;
  while (i < words.length && RESERVED_PREFIX.has(words[i] ?? '')) i++;
  let assignments = NO_ASSIGNMENTS;
  let sudo = false;
  while (i < words.length) {
    const w = words[i] ?? '';
    const assignment = ASSIGNMENT.exec(w);
    if (assignment) {
      if (assignments === NO_ASSIGNMENTS) assignments = [];
      assignments.push({ name: assignment[1] ?? '', value: assignment[2] ?? '' });
      i++;
    } else if (basename(w) === 'sudo') {
      sudo = true;
      i++;
      while (i < words.length && (words[i] ?? '').startsWith('-')) {
        i += SUDO_VALUE_OPTIONS.has(words[i] ?? '') ? 2 : 1;
      }
    } else if (WRAPPERS.has(basename(w))) {
      i++;
      while (i < words.length && (words[i] ?? '').startsWith('-')) i++;
    } else {
      break;
    }
  }
  const programWord = words[i] ?? '';
  const program = RESERVED_ALONE.has(programWord) ? '' : basename(programWord);
  const args = program === '' ? [] : words.slice(i + 1);
  return new ParsedCommand(words, assignments, program, args, sudo, raw.next, raw.redirects, raw.line, raw, positionOf);
}

/** Splits a shell script into its simple commands. `positionOf` maps offsets to Dockerfile positions. */
export function splitCommands(script: string, positionOf: PositionOf): ShellCommand[] {
  // Keywords such as `fi` or `done` standing alone run nothing.
  const commands: ShellCommand[] = [];
  for (const raw of tokenize(script, positionOf)) {
    const command = describe(raw, positionOf);
    if (command.program !== '' || command.redirects.length > 0) commands.push(command);
  }
  return commands;
}
