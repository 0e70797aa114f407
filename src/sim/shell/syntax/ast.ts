/** The syntax tree of POSIX shell input, as far as the simulated shells read it. */

/** One piece of a word; `quoted` pieces are neither split into fields nor globbed. */
export type WordPart =
  | { kind: 'literal'; text: string; quoted: boolean }
  | { kind: 'parameter'; name: string; quoted: boolean; op: ParameterOp | null; argument: Word | null }
  | { kind: 'command'; list: List; quoted: boolean }
  | { kind: 'arithmetic'; expression: string; quoted: boolean }
  | { kind: 'tilde'; user: string };

/** `${NAME:-word}` and friends; `length` is `${#NAME}`. */
export type ParameterOp = ':-' | '-' | ':=' | '=' | ':+' | '+' | ':?' | '?' | 'length' | '#' | '##' | '%' | '%%';

export interface Word {
  parts: WordPart[];
  /** The word as written (for messages and `set -x`). */
  source: string;
}

export type RedirectOp = '>' | '>>' | '>|' | '<' | '<>' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

export interface Redirect {
  /** The descriptor redirected; null means the operator's default (0 for input, 1 for output). */
  fd: number | null;
  op: RedirectOp;
  target: Word;
  /** A here-document's body, already read (null for other operators). */
  body: Word | null;
}

export interface Assignment {
  name: string;
  value: Word;
}

export interface SimpleCommand {
  kind: 'simple';
  assignments: Assignment[];
  words: Word[];
  redirects: Redirect[];
  /** Line of the command's first word, 1-based, for script error messages. */
  line: number;
}

export interface Group {
  kind: 'group';
  /** `( list )` runs in a subshell; `{ list; }` in the current shell. */
  subshell: boolean;
  body: List;
  redirects: Redirect[];
  line: number;
}

/** `name() { list; }`: the body runs, in the current shell, wherever `name` is called. */
export interface FunctionDefinition {
  kind: 'function';
  name: string;
  body: Group;
  line: number;
}

export type Command = SimpleCommand | Group | FunctionDefinition;

/** The token of the syntax error ash and dash give a function whose name is not a POSIX name (`:(){ ...; }`). */
export const BAD_FUNCTION_NAME = '(bad function name)';

export interface Pipeline {
  negated: boolean;
  commands: Command[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export interface ListItem {
  command: AndOr;
  /** Ended by `&`. */
  background: boolean;
}

export interface List {
  items: ListItem[];
}

/**
 * The outcome of reading shell input. `incomplete` means the input stops in the middle of a construct
 * (an open quote, a trailing `\`, `&&` or `|`): an interactive shell asks for more with its `> ` prompt.
 */
export type ParseResult =
  | { kind: 'ok'; list: List }
  | { kind: 'incomplete'; expecting: string; line: number }
  | { kind: 'error'; token: string; line: number };
