import type { Proc } from '../process';
import type { ShellState } from './state';

export interface Output {
  stdout: string;
  stderr: string;
  code: number;
  /** Both streams in the order they were written, when a command (a script) interleaves them. */
  chunks?: OutputChunk[];
  /** The program has not exited: a service printed this and keeps serving (a detached container stays up). */
  running?: boolean;
}

export interface OutputChunk {
  fd: 1 | 2;
  text: string;
}

/** One interactive shell on the terminal's stack: the host's, a container's, or one nested inside. */
export interface Session {
  proc: Proc;
  /** Which shell prints the prompt and error messages. */
  shell: 'ash' | 'bash' | 'host';
  /** Printed when the session is left with `exit`; a container's main shell stops its container. */
  onExit?: () => void;
  /** The shell's variables, options and last status; made on first use. */
  state?: ShellState;
}

/** What the simulator lends commands: the terminal's session stack. */
export interface Services {
  enter(session: Session): void;
  leave(): void;
  /** The current session, whose cwd/env `cd` and `export` change. */
  current(): Session;
}

export interface CommandContext {
  proc: Proc;
  args: string[];
  stdin: string;
  services: Services;
  /** The shell the command was typed in; programs that start shells nest under it. */
  session: Session;
}

export type Command = (ctx: CommandContext) => Output;

export function ok(stdout = ''): Output {
  return { stdout, stderr: '', code: 0 };
}

export function fail(stderr: string, code = 1): Output {
  return { stdout: '', stderr, code };
}

/** Ensures a trailing newline on non-empty text. */
export function lines(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}
