import type { CommandInterpreter } from './interpreter';
import { Simulator, type SimulatorOptions } from './simulator';

export type { CommandInterpreter, WorkspaceFiles } from './interpreter';
export { stripAnsi } from './ansi';

/** A fresh simulated Docker host for one terminal. */
export function createSimulator(options: SimulatorOptions): CommandInterpreter {
  return new Simulator(options);
}
