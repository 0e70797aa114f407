import { BAD_FUNCTION_NAME, type Group } from './syntax/ast';
import type { Session } from './types';

/** Which shell implementation reads the commands: its messages and a few behaviours differ. */
export type Dialect = 'bash' | 'dash' | 'ash';

export interface ShellOptions {
  /** set -e */
  errexit: boolean;
  /** set -u */
  nounset: boolean;
  /** set -x */
  xtrace: boolean;
  /** set -o pipefail */
  pipefail: boolean;
}

/** What one running shell remembers between commands, beside its process's cwd and environment. */
export interface ShellState {
  dialect: Dialect;
  /** Shell variables that are not exported. */
  vars: Record<string, string>;
  /** $? */
  status: number;
  /** $1, $2... */
  positional: string[];
  /** $0 */
  name: string;
  /** The script being read, for "run.sh: line 3:" messages; null for an interactive shell or `sh -c`. */
  script: string | null;
  /** Reading `sh -c` text. */
  commandString: boolean;
  options: ShellOptions;
  /** Functions defined so far, by name. */
  functions?: Record<string, Group>;
}

export function dialectOf(session: Session): Dialect {
  return session.shell === 'ash' ? 'ash' : 'bash';
}

export function freshState(dialect: Dialect, name: string): ShellState {
  return {
    dialect, vars: {}, status: 0, positional: [], name, script: null, commandString: false,
    options: { errexit: false, nounset: false, xtrace: false, pipefail: false },
  };
}

/** The interactive shell's state of a session, created on first use. */
export function stateOf(session: Session): ShellState {
  session.state ??= freshState(dialectOf(session), dialectOf(session) === 'ash' ? 'sh' : 'bash');
  return session.state;
}

/**
 * The prefix a shell puts before its own error messages: `bash: `, `sh: `, `sh: 1: ` (dash),
 * or the script's name and line (`run.sh: line 3: ` in bash and BusyBox, `run.sh: 3: ` in dash).
 */
export function messagePrefix(state: ShellState, line: number): string {
  if (state.script !== null) return state.dialect === 'dash' ? `${state.script}: ${line}: ` : `${state.script}: line ${line}: `;
  if (state.dialect === 'dash') return `${state.name}: ${line}: `;
  if (state.dialect === 'bash' && state.commandString) return `${state.name}: line ${line}: `;
  return `${state.name}: `;
}

/** `command not found` (bash) or `not found` (dash, BusyBox ash). */
export function notFoundText(state: ShellState, name: string, line: number): string {
  return `${messagePrefix(state, line)}${name}: ${state.dialect === 'bash' ? 'command not found' : 'not found'}\n`;
}

/** A syntax error as each shell words it. */
export function syntaxErrorText(state: ShellState, token: string, line: number): string {
  const prefix = messagePrefix(state, line);
  if (token === BAD_FUNCTION_NAME) return state.dialect === 'dash' ? `${prefix}Syntax error: Bad function name\n` : `${prefix}syntax error: bad function name\n`;
  if (state.dialect === 'bash') return `${prefix}syntax error near unexpected token \`${token}'\n`;
  if (state.dialect === 'dash') return `${prefix}Syntax error: ${token === 'newline' ? 'newline' : `"${token}"`} unexpected\n`;
  return `${prefix}syntax error: unexpected ${token === 'newline' ? 'newline' : `"${token}"`}\n`;
}

/** Input that ended inside a quote, `$(`, a here-document... when it cannot ask for more (a script, `sh -c`). */
export function unexpectedEndText(state: ShellState, expecting: string, line: number): string {
  const prefix = messagePrefix(state, line);
  const quote = expecting === '"' || expecting === "'" || expecting === '`';
  if (state.dialect === 'bash') {
    return quote ? `${prefix}unexpected EOF while looking for matching \`${expecting}'\n` : `${prefix}syntax error: unexpected end of file\n`;
  }
  if (state.dialect === 'dash') return `${prefix}Syntax error: ${quote ? 'Unterminated quoted string' : 'end of file unexpected'}\n`;
  return `${prefix}syntax error: ${quote ? 'unterminated quoted string' : 'unexpected end of file'}\n`;
}
