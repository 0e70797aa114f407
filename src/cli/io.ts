import type { Finding, Kind, RuleMeta } from '../checker/core/types';

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Throws a Node system error (with `code`) when the file cannot be read. */
  readFile(path: string): string;
  readStdin(): Promise<string>;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
}

/** The part of the checker's public API the CLI uses. */
export interface CheckerApi {
  lintText(kind: Kind, text: string): Finding[];
  detectKind(fileName: string, text: string): Kind | null;
  allRules(): readonly RuleMeta[];
  ruleById(id: string): RuleMeta | undefined;
}

export interface About {
  version: string;
  /** Absolute address of the Shipshape site whose /rules/<id>/ pages explain each finding. */
  homepage?: string;
}

/** One checked file, as every output format sees it. */
export interface FileReport {
  /** The path as the user typed it, or `<stdin>`. */
  path: string;
  kind: Kind;
  findings: Finding[];
}
