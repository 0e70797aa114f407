import type { SimWords } from '../words';
import type { WorkspaceFiles } from '../interpreter';
import type { Engine } from '../engine';
import type { Proc } from '../process';
import type { ShellRuntime } from '../shell/run';
import type { Output, Services } from '../shell/types';

/** What every docker verb gets: the daemon, the learner's files, and the terminal. */
export interface DockerContext {
  engine: Engine;
  files: WorkspaceFiles;
  context: Record<string, string>;
  shell: ShellRuntime;
  services: Services;
  caller: Proc;
  /** Width of the learner's terminal. */
  columns: number;
  /** The simulator's own words, in the page's language (English when absent). */
  words?: SimWords;
}

export type Verb = (ctx: DockerContext, args: string[]) => Output;

export function daemonError(message: string, code = 1): Output {
  return { stdout: '', stderr: `Error response from daemon: ${message}\n`, code };
}

/** Splits `-t x`, `--tag=x`, `--tag x` and boolean flags from operands. */
export function splitArgs(args: string[], valued: string[]): { flags: Map<string, string[]>; operands: string[] } {
  const flags = new Map<string, string[]>();
  const operands: string[] = [];
  const add = (name: string, value: string): void => { flags.set(name, [...(flags.get(name) ?? []), value]); };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (operands.length > 0 || !arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (eq > 0) add(name, arg.slice(eq + 1));
    else if (valued.includes(name)) add(name, args[++i] ?? '');
    else if (!arg.startsWith('--') && arg.length > 2) for (const ch of arg.slice(1)) add(`-${ch}`, '');
    else add(name, '');
  }
  return { flags, operands };
}
