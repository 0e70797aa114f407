import type { ShellCommand } from './model';

/**
 * A small POSIX-shell reader: enough to split a RUN script into simple commands with their words,
 * operators, redirections and lines. It never fails; odd input just yields odd words. Runs in one
 * pass over the text.
 */

type Operator = NonNullable<ShellCommand['next']>;

interface RawCommand {
  words: string[];
  redirects: { op: string; target: string }[];
  line: number;
  next: Operator | null;
}

/** Words that open or close a compound command; the command proper starts after them. */
const RESERVED_PREFIX = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', 'time', '{', '(']);
const RESERVED_ALONE = new Set(['fi', 'done', 'esac', '}', ')']);

/** Maps an offset in the script to a 1-based line of the Dockerfile. */
export type LineOf = (offset: number) => number;

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

function tokenize(text: string, lineOf: LineOf): RawCommand[] {
  const commands: RawCommand[] = [];
  let words: string[] = [];
  let redirects: { op: string; target: string }[] = [];
  let commandStart = -1;
  let word = '';
  let inWord = false;
  let pendingRedirect: string | null = null;

  const endWord = (): void => {
    if (!inWord) return;
    if (pendingRedirect !== null) {
      redirects.push({ op: pendingRedirect, target: word });
      pendingRedirect = null;
    } else {
      words.push(word);
    }
    word = '';
    inWord = false;
  };
  const startWord = (at: number): void => {
    if (commandStart === -1) commandStart = at;
    inWord = true;
  };
  const endCommand = (next: Operator | null): void => {
    endWord();
    if (words.length > 0 || redirects.length > 0) {
      commands.push({ words, redirects, line: lineOf(Math.max(commandStart, 0)), next });
    } else if (next === '|' && commands.length > 0) {
      const last = commands[commands.length - 1];
      if (last) last.next = next;
    }
    words = [];
    redirects = [];
    commandStart = -1;
    pendingRedirect = null;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const n = text[i + 1] ?? '';
    if (c === '\\') {
      startWord(i);
      if (n === '\n') { i++; continue; }
      word += n;
      i++;
    } else if (c === "'") {
      startWord(i);
      const end = text.indexOf("'", i + 1);
      const stop = end === -1 ? text.length : end;
      word += text.slice(i + 1, stop);
      i = stop;
    } else if (c === '"') {
      startWord(i);
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        const d = text[j] ?? '';
        if (d === '\\' && (text[j + 1] === '"' || text[j + 1] === '\\' || text[j + 1] === '$' || text[j + 1] === '`')) {
          word += text[j + 1];
          j++;
        } else if (d === '$' && text[j + 1] === '(') {
          const end = Math.min(skipSubstitution(text, j + 1), text.length);
          word += text.slice(j, end);
          j = end - 1;
        } else {
          word += d;
        }
      }
      i = j;
    } else if ((c === '$' && n === '(') || c === '`') {
      startWord(i);
      const end = skipSubstitution(text, c === '$' ? i + 1 : i);
      word += text.slice(i, end);
      i = end - 1;
    } else if (isSpace(c)) {
      endWord();
    } else if (c === '\n') {
      endCommand(';');
    } else if (c === '#' && !inWord) {
      const end = text.indexOf('\n', i);
      i = (end === -1 ? text.length : end) - 1;
    } else if (c === '&' && n === '&') {
      endCommand('&&');
      i++;
    } else if (c === '|' && n === '|') {
      endCommand('||');
      i++;
    } else if (c === '|') {
      endCommand('|');
      if (n === '&') i++;
    } else if (c === ';' || c === '&' || c === '(' || c === ')') {
      if (c === '&' && n === '>') {
        endWord();
        pendingRedirect = text[i + 2] === '>' ? '&>>' : '&>';
        i += pendingRedirect.length - 1;
      } else {
        endCommand(';');
        if (c === ';' && n === ';') i++;
      }
    } else if (c === '>' || c === '<') {
      const fd = inWord && /^\d+$/.test(word) ? word : '';
      if (fd) { word = ''; inWord = false; } else endWord();
      let op = c;
      if (n === c || n === '&' || n === '|') { op += n; i++; }
      if (op.endsWith('&')) {
        let j = i + 1;
        while (j < text.length && /[0-9-]/.test(text[j] ?? '')) j++;
        redirects.push({ op: fd + op, target: text.slice(i + 1, j) });
        i = j - 1;
        if (commandStart === -1) commandStart = i;
      } else {
        pendingRedirect = fd + op;
        if (commandStart === -1) commandStart = i;
      }
    } else {
      startWord(i);
      word += c;
    }
  }
  endCommand(null);
  return commands;
}

const WRAPPERS = new Set(['env', 'exec', 'command', 'nohup', 'nice', 'xargs']);
/** sudo options that take a value. */
const SUDO_VALUE_OPTIONS = new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U']);

function basename(word: string): string {
  const slash = word.lastIndexOf('/');
  return slash === -1 ? word : word.slice(slash + 1);
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

/** Finds the program behind assignments and wrappers such as `sudo -u app` or `env X=1`. */
function describe(raw: RawCommand): ShellCommand {
  const words = raw.words;
  let i = 0;
  while (i < words.length && RESERVED_PREFIX.has(words[i] ?? '')) i++;
  const assignments: { name: string; value: string }[] = [];
  let sudo = false;
  while (i < words.length) {
    const w = words[i] ?? '';
    const assignment = ASSIGNMENT.exec(w);
    if (assignment) {
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
  return {
    words,
    assignments,
    program,
    args: program === '' ? [] : words.slice(i + 1),
    sudo,
    next: raw.next,
    redirects: raw.redirects,
    line: raw.line,
  };
}

/** Splits a shell script into its simple commands. `lineOf` maps offsets to Dockerfile lines. */
export function splitCommands(script: string, lineOf: LineOf): ShellCommand[] {
  // Keywords such as `fi` or `done` standing alone run nothing.
  return tokenize(script, lineOf).map(describe).filter((c) => c.program !== '' || c.redirects.length > 0);
}
