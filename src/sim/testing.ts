import { stripAnsi } from './ansi';
import type { Clock } from './clock';
import { createSimulator } from './index';

/** A terminal driven from tests: files can change between commands, like the editor. */
export function terminal(files: Record<string, string> = {}, context: Record<string, string> = {}, clock?: Clock) {
  const current = { ...files };
  const sim = createSimulator({ files: () => current, context: () => context, ...(clock ? { clock } : {}) });
  return {
    sim,
    files: current,
    /** Runs a line and returns its output without colours. */
    run: (line: string): string => stripAnsi(sim.execute(line)),
    prompt: (): string => stripAnsi(sim.prompt()),
  };
}
