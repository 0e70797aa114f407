/**
 * What the terminal island talks to. The terminal owns line editing and rendering; an interpreter
 * only turns a command line into output, so the simulator can be tested without a browser.
 * Output uses "\n" line ends and may contain ANSI colour codes.
 */
export interface CommandInterpreter {
  /** Printed once when the terminal opens. */
  banner(): string;
  /** The prompt to show before the next command (host or container, user). */
  prompt(): string;
  /** Runs one line; returns what the command prints (stdout and stderr interleaved). */
  execute(line: string): string;
  /** Candidate completions for the word under the cursor at the end of `line`. */
  complete?(line: string): string[];
  /** Called on Ctrl-C while a line is being typed. */
  interrupt?(): void;
  /** The terminal's width in columns, so wide output (BuildKit's progress) fits without wrapping. */
  resize?(columns: number): void;
}

/** What the lesson page gives the simulator: the learner's current editor contents, by file name. */
export type WorkspaceFiles = () => Record<string, string>;
