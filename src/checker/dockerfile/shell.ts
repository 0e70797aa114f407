import type { Span } from '../core/types';
import type { ShellCommand } from './model';
import { spanOf } from './text';

/**
 * A POSIX-shell reader: enough to split a RUN script into simple commands with their words,
 * operators, redirections and lines. It never fails; odd input just yields odd words.
 *
 * Every command reaches the rules, wherever it is written: after `$( ... )`, backticks, quotes and
 * `${x:-$(cmd)}`, inside those substitutions, in `sh -c '...'` and `eval` scripts, in subshells,
 * `if`/`for`/`while`/`case` bodies and here-strings. A maintained parser (mvdan/sh as WebAssembly
 * or GopherJS, 0.75 to 1.5 MB) would cost the editor page more than this reader and cannot answer
 * synchronously on every keystroke, so this one is kept and tested with generated scripts.
 *
 * Cost: one pass per level of substitution, and levels are capped (MAX_DEPTH), so a script costs
 * at most a fixed multiple of its length.
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

/**
 * Substitutions nested deeper than this are copied as text without reading the commands inside:
 * real scripts nest two or three levels, and the cap keeps hostile nesting linear.
 */
const MAX_DEPTH = 8;

interface RawCommand {
  words: string[];
  /** Offsets of each word in the script: [starts[i], ends[i]). */
  starts: number[];
  ends: number[];
  redirects: Redirect[];
  line: number;
  next: Operator | null;
  /** Nesting level: 0 for the script itself, 1 inside `$( ... )`, and so on. */
  depth: number;
  positionOf: PositionOf;
  /** The script the command was read from (shared, not copied). */
  source: string;
}

/** Words that open or close a compound command; the command proper starts after them. */
const RESERVED_PREFIX = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', 'time', '{', '(']);
const RESERVED_ALONE = new Set(['fi', 'done', 'esac', '}', ')']);
/** Headers of compound commands: their words are a list or a subject, not a program to run. */
const COMPOUND_HEADERS = new Set(['for', 'select', 'case', 'function']);

/** Maps an offset in the script to its 1-based line and column in the Dockerfile. */
export type PositionOf = (offset: number) => { line: number; column: number };

/** Characters the tokenizer must look at one by one; runs of anything else are copied in one slice. */
const SPECIAL = new Set([...'\\\'"$` \t\r\n#&|;()<>'].map((c) => c.charCodeAt(0)));

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r';
}

const PAREN = 0;
const BRACE = 1;
const DOUBLE = 2;
const BACKTICK = 3;

/**
 * The offset just past the expansion or quoted string opening at `start`: `$( ... )`, `$(( ... ))`,
 * `${ ... }`, `` ` ... ` `` or `" ... "`, with any nesting of quotes and substitutions inside.
 * Iterative (an explicit stack), so thousands of nested `$(` cannot overflow the call stack.
 */
export function skipExpansion(text: string, start: number): number {
  const stack: number[] = [];
  /** Per open frame, how many `case` commands are open in it: their patterns' `)` close nothing. */
  const cases: number[] = [];
  const push = (kind: number): void => { stack.push(kind); cases.push(0); };
  const pop = (): void => { stack.pop(); cases.pop(); };
  let i: number;
  if (text[start] === '`') { push(BACKTICK); i = start + 1; }
  else if (text[start] === '"') { push(DOUBLE); i = start + 1; }
  else if (text[start + 1] === '{') { push(BRACE); i = start + 2; }
  else { push(PAREN); i = start + 2; }
  while (i < text.length) {
    const top = stack[stack.length - 1];
    const c = text[i];
    const n = text[i + 1];
    if (c === '\\') { i += 2; continue; }
    if (top === BACKTICK) {
      if (c === '`') pop();
      i++;
    } else if (top === DOUBLE) {
      if (c === '"') pop();
      else if (c === '`') push(BACKTICK);
      else if (c === '$' && (n === '(' || n === '{')) { push(n === '(' ? PAREN : BRACE); i++; }
      i++;
    } else {
      if (c === "'") {
        const end = text.indexOf("'", i + 1);
        i = end === -1 ? text.length : end + 1;
        continue;
      }
      const open = cases[cases.length - 1] ?? 0;
      if (c === '"') push(DOUBLE);
      else if (c === '`') push(BACKTICK);
      else if (c === '$' && (n === '(' || n === '{')) { push(n === '(' ? PAREN : BRACE); i++; }
      else if (c === '(' && top === PAREN && open === 0) push(PAREN);
      else if (top === PAREN && isKeyword(text, i, 'case')) cases[cases.length - 1] = open + 1;
      else if (top === PAREN && open > 0 && isKeyword(text, i, 'esac')) cases[cases.length - 1] = open - 1;
      else if ((c === ')' && top === PAREN && open === 0) || (c === '}' && top === BRACE)) pop();
      i++;
    }
    if (stack.length === 0) return i;
  }
  return text.length;
}

const WORD_BOUNDARY = /[\s;&|()]/;

/** Whether the reserved word `word` starts at offset `at` of `text`, standing alone. */
function isKeyword(text: string, at: number, word: string): boolean {
  if (!text.startsWith(word, at)) return false;
  const before = text[at - 1];
  const after = text[at + word.length];
  return (before === undefined || WORD_BOUNDARY.test(before)) && (after === undefined || WORD_BOUNDARY.test(after));
}

/** A script inside a script: [start, end) of the text a substitution runs. */
interface Region { start: number; end: number }

/**
 * The command substitutions written in [from, to) of `text` outside single quotes: what runs inside
 * `"...$(a)..."` (`quoted`: the range is inside double quotes) or `${x:-$(b)}`. Arithmetic `$(( ))`
 * runs no command.
 */
function substitutionsIn(text: string, from: number, to: number, quoted: boolean): Region[] {
  const found: Region[] = [];
  let inDouble = quoted;
  for (let j = from; j < to; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === '"') inDouble = !inDouble;
    else if (c === "'" && !inDouble) {
      const end = text.indexOf("'", j + 1);
      j = end === -1 || end >= to ? to : end;
    } else if (c === '`' || (c === '$' && text[j + 1] === '(')) {
      const end = Math.min(skipExpansion(text, j), to);
      const arithmetic = c === '$' && text[j + 2] === '(';
      if (!arithmetic) found.push({ start: j + (c === '`' ? 1 : 2), end: Math.max(j + 1, end - 1) });
      j = end - 1;
    }
  }
  return found;
}

/** Collects words and commands; a class rather than closures, so each script costs no function objects. */
class CommandCollector {
  readonly commands: RawCommand[] = [];
  private words: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private redirects: Redirect[] = NO_REDIRECTS;
  private commandStart = -1;
  /** Commands of substitutions in the current command: they run before it. */
  private inner: RawCommand[] = [];
  word = '';
  inWord = false;
  private wordStart = 0;
  pendingRedirect: string | null = null;
  /** Open `case ... esac` commands, and whether the next words are a pattern (`a|b)`), not a command. */
  private caseDepth = 0;
  inPattern = false;

  /**
   * `expand`: read the commands of substitutions. Off for a script handed on in double quotes
   * (`sh -c "$(curl ...)"`): the outer shell already ran those, and they were read there.
   */
  constructor(private readonly text: string, private readonly positionOf: PositionOf, readonly depth: number, private readonly expand: boolean) {}

  startWord(at: number): void {
    if (this.commandStart === -1) this.commandStart = at;
    if (!this.inWord) this.wordStart = at;
    this.inWord = true;
  }

  markCommandStart(at: number): void {
    if (this.commandStart === -1) this.commandStart = at;
  }

  /** Reads the commands of the substitution scripts in [from, to) of the text. */
  readSubstitutions(from: number, to: number, quoted: boolean): void {
    if (this.depth >= MAX_DEPTH || !this.expand) return;
    for (const region of substitutionsIn(this.text, from, to, quoted)) this.readScript(region);
  }

  /** Reads the script of one substitution whose text is [start, end). */
  readScript(region: Region): void {
    if (this.depth >= MAX_DEPTH || !this.expand || region.end <= region.start) return;
    const base = region.start;
    const outer = this.positionOf;
    const inner = tokenize(this.text.slice(region.start, region.end), (offset) => outer(offset + base), this.depth + 1, true);
    for (const command of inner) this.inner.push(command);
  }

  /** Ends the current word at offset `end` (exclusive). */
  endWord(end: number): void {
    if (!this.inWord) return;
    if (this.pendingRedirect !== null) {
      this.addRedirect(this.pendingRedirect, this.word);
      this.pendingRedirect = null;
    } else if (this.words.length === 0 && this.caseDepth > 0 && this.word === 'esac' && this.redirects.length === 0) {
      this.caseDepth--;
      this.inPattern = false;
    } else if (!this.inPattern) {
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

  /** `)` ends a pattern of a `case` (the words before it are not a command). */
  endPattern(): void {
    this.word = '';
    this.inWord = false;
    this.inPattern = false;
    this.words = [];
    this.starts = [];
    this.ends = [];
    this.commandStart = -1;
  }

  /** `;;`, `;&` or `;;&` ends a branch of a `case`: a pattern follows. */
  endBranch(end: number): void {
    this.endCommand(';', end);
    if (this.caseDepth > 0) this.inPattern = true;
  }

  endCommand(next: Operator | null, end: number, closingParen = false): void {
    this.endWord(end);
    for (const command of this.inner) this.commands.push(command);
    if (this.inner.length > 0) this.inner = [];
    let head = 0;
    while (head < this.words.length && RESERVED_PREFIX.has(this.words[head] ?? '')) head++;
    if (this.words[head] === 'case') {
      this.caseDepth++;
      // `case x in a)` ends its header at the first pattern's `)`; on a new line a pattern follows.
      this.inPattern = !closingParen;
    }
    if (this.words.length > 0 || this.redirects.length > 0) {
      this.commands.push({
        words: this.words, starts: this.starts, ends: this.ends, redirects: this.redirects,
        line: this.positionOf(Math.max(this.commandStart, 0)).line, next, depth: this.depth, positionOf: this.positionOf, source: this.text,
      });
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
    const end = skipExpansion(text, start);
    const close = text[end - 1] === '"' && end - 1 > start ? end - 1 : end;
    let j = start + 1;
    while (j < close) {
      const d = text[j] ?? '';
      const e = text[j + 1] ?? '';
      if (d === '\\' && (e === '"' || e === '\\' || e === '$' || e === '`')) {
        this.word += e;
        j += 2;
      } else if (d === '\\' && e === '\n') {
        j += 2;
      } else if ((d === '$' && (e === '(' || e === '{')) || d === '`') {
        const stop = Math.min(skipExpansion(text, j), close);
        this.word += text.slice(j, stop);
        j = stop;
      } else {
        this.word += d;
        j++;
      }
    }
    this.readSubstitutions(start + 1, close, true);
    return close;
  }
}

function tokenize(text: string, positionOf: PositionOf, depth: number, expand: boolean): RawCommand[] {
  const out = new CommandCollector(text, positionOf, depth, expand);
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const n = text[i + 1] ?? '';
    if (c === '\\') {
      // A line continuation joins lines; it starts no word.
      if (n === '\n') { i++; continue; }
      out.startWord(i);
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
    } else if ((c === '$' && (n === '(' || n === '{')) || c === '`') {
      out.startWord(i);
      const end = skipExpansion(text, i);
      out.word += text.slice(i, end);
      if (c === '`') out.readScript({ start: i + 1, end: Math.max(i + 1, end - 1) });
      else if (n === '(' && text[i + 2] !== '(') out.readScript({ start: i + 2, end: Math.max(i + 2, end - 1) });
      else if (n === '{') out.readSubstitutions(i + 2, end, false);
      i = end - 1;
    } else if (isSpace(c)) {
      out.endWord(i);
    } else if (c === '\n') {
      out.endCommand(';', i);
    } else if (c === '#' && !out.inWord) {
      const end = text.indexOf('\n', i);
      i = (end === -1 ? text.length : end) - 1;
    } else if (out.inPattern && (c === '|' || c === '(')) {
      out.endWord(i);
    } else if (out.inPattern && c === ')') {
      out.endPattern();
    } else if (c === '&' && n === '&') {
      out.endCommand('&&', i);
      i++;
    } else if (c === '|' && n === '|') {
      out.endCommand('||', i);
      i++;
    } else if (c === '|') {
      out.endCommand('|', i);
      if (n === '&') i++;
    } else if (c === ';' && (n === ';' || n === '&')) {
      out.endBranch(i);
      i += n === ';' && text[i + 2] === '&' ? 2 : 1;
    } else if (c === ';' || c === '&' || c === '(' || c === ')') {
      if (c === '&' && n === '>') {
        out.endWord(i);
        out.pendingRedirect = text[i + 2] === '>' ? '&>>' : '&>';
        i += out.pendingRedirect.length - 1;
      } else {
        out.endCommand(';', i, c === ')');
      }
    } else if (c === '>' || c === '<') {
      const fd = out.inWord && /^\d+$/.test(out.word) ? out.word : '';
      if (fd) { out.word = ''; out.inWord = false; } else out.endWord(i);
      let op = c;
      if (c === '<' && n === '<' && text[i + 2] === '<') { op = '<<<'; i += 2; }
      else if (n === c || n === '&' || n === '|') { op += n; i++; }
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

/** Programs that run the rest of their words as a command, after their own options. */
const WRAPPERS = new Set(['env', 'exec', 'command', 'nohup', 'nice', 'xargs', 'stdbuf', 'setsid', 'unbuffer', 'fakeroot']);
/** Options of wrappers that take a value as the next word. */
const WRAPPER_VALUE_OPTIONS: Partial<Record<string, ReadonlySet<string>>> = {
  sudo: new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U']),
  xargs: new Set(['-n', '-I', '-L', '-P', '-d', '-E', '-s', '-a', '--max-args', '--max-procs', '--delimiter', '--arg-file']),
  nice: new Set(['-n', '--adjustment']),
  env: new Set(['-u', '--unset', '-C', '--chdir', '-S', '--split-string']),
  timeout: new Set(['-s', '--signal', '-k', '--kill-after']),
  runuser: new Set(['-u', '--user', '-g', '--group', '-G', '--supp-group']),
  setpriv: new Set(['--reuid', '--regid', '--groups', '--inh-caps', '--bounding-set']),
};
/** Wrappers that take fixed operands before the command: `timeout 30 cmd`, `gosu app cmd`, `chroot /r cmd`. */
const OPERAND_WRAPPERS: ReadonlyMap<string, number> = new Map([['timeout', 1], ['gosu', 1], ['su-exec', 1], ['chroot', 1], ['runuser', 0], ['setpriv', 0], ['flock', 1]]);
const SHELL_PROGRAMS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);

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
    readonly nested: boolean,
    private readonly raw: RawCommand,
  ) {}

  get wordSpans(): Span[] {
    if (this.spans === null) {
      const { starts, ends, positionOf } = this.raw;
      this.spans = starts.map((start, i) => spanOf(positionOf, start, ends[i] ?? start));
    }
    return this.spans;
  }
}

/** Skips a wrapper's options (and their values) from word `i`; returns the index after them. */
function skipOptions(words: readonly string[], i: number, valueOptions: ReadonlySet<string> | undefined): number {
  while (i < words.length) {
    const w = words[i] ?? '';
    if (w === '--') return i + 1;
    if (!w.startsWith('-') || w === '-') return i;
    i += valueOptions?.has(w) ? 2 : 1;
  }
  return i;
}

/** Finds the program behind assignments and wrappers such as `sudo -u app`, `env X=1` or `gosu app`. */
function describe(raw: RawCommand): ShellCommand {
  const words = raw.words;
  let i = 0;
  while (i < words.length && RESERVED_PREFIX.has(words[i] ?? '')) i++;
  let assignments = NO_ASSIGNMENTS;
  let sudo = false;
  while (i < words.length) {
    const w = words[i] ?? '';
    const name = basename(w);
    const assignment = ASSIGNMENT.exec(w);
    if (assignment) {
      if (assignments === NO_ASSIGNMENTS) assignments = [];
      assignments.push({ name: assignment[1] ?? '', value: assignment[2] ?? '' });
      i++;
    } else if (name === 'sudo' || name === 'doas') {
      sudo = true;
      i = skipOptions(words, i + 1, WRAPPER_VALUE_OPTIONS.sudo);
    } else if (WRAPPERS.has(name)) {
      i = skipOptions(words, i + 1, WRAPPER_VALUE_OPTIONS[name]);
    } else if (OPERAND_WRAPPERS.has(name) && i + 1 < words.length) {
      i = skipOptions(words, i + 1, WRAPPER_VALUE_OPTIONS[name]) + (OPERAND_WRAPPERS.get(name) ?? 0);
    } else {
      break;
    }
  }
  const programWord = words[i] ?? '';
  // A program named by a substitution (`$(which python) -m pip`) is not known until the build runs.
  const unknown = programWord.startsWith('$(') || programWord.startsWith('`');
  const program = unknown || RESERVED_ALONE.has(programWord) || COMPOUND_HEADERS.has(programWord) || i >= words.length ? '' : basename(programWord);
  const args = program === '' ? [] : words.slice(i + 1);
  return new ParsedCommand(words, assignments, program, args, sudo, raw.next, raw.redirects, raw.line, raw.depth > 0, raw);
}

/**
 * The script a command hands to a shell: `sh -c 'a && b'`, `bash -euxc "..."`, `su app -c "..."`,
 * `eval "..."`. Its words are quote-removed, so offsets inside it map to the word's start.
 */
function handedScript(command: ShellCommand): { script: string; word: number } | null {
  const { program, args } = command;
  const at = command.words.length - args.length;
  if (program === 'eval') return args.length > 0 ? { script: args.join(' '), word: at } : null;
  if (!SHELL_PROGRAMS.has(program) && program !== 'su') return null;
  const from = program === 'busybox' && SHELL_PROGRAMS.has(args[0] ?? '') ? 1 : 0;
  for (let k = from; k < args.length; k++) {
    const a = args[k] ?? '';
    if (a === '-c' || a === '--command' || (program !== 'su' && /^-[a-z]*c[a-z]*$/.test(a))) {
      const script = args[k + 1];
      return script === undefined ? null : { script, word: at + k + 1 };
    }
  }
  return null;
}

function describeAll(raws: readonly RawCommand[], out: ShellCommand[]): void {
  for (const raw of raws) {
    const command = describe(raw);
    // Keywords such as `fi` or `done` standing alone run nothing.
    if (command.program !== '' || command.redirects.length > 0) out.push(command);
    const handed = raw.depth < MAX_DEPTH ? handedScript(command) : null;
    if (handed) {
      const start = raw.starts[handed.word] ?? 0;
      const at = raw.positionOf(start);
      // Substitutions run by this shell, not the outer one, only when the outer one left them alone.
      const ownSubstitutions = raw.source[start] === "'";
      describeAll(tokenize(handed.script, () => at, raw.depth + 1, ownSubstitutions), out);
    }
  }
}

/**
 * Splits a shell script into its simple commands, those inside substitutions and handed-on scripts
 * included (marked `nested`), each before the command that uses its output. `positionOf` maps
 * offsets to Dockerfile positions.
 */
export function splitCommands(script: string, positionOf: PositionOf): ShellCommand[] {
  const commands: ShellCommand[] = [];
  describeAll(tokenize(script, positionOf, 0, true), commands);
  return commands;
}
