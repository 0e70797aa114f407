import type { Output } from '../../shell/types';
import type { Container } from '../../container';
import { Printer } from './printer';
import { shortName } from './containers';

/** compose `logConsumer`: each line behind the container's name, padded to the widest name plus one, and ` | `. */
export function logLines(container: Container, width: number, prefix: boolean, tail: number | null = null): string {
  const text = container.logs.endsWith('\n') ? container.logs.slice(0, -1) : container.logs;
  if (text === '') return '';
  const all = text.split('\n');
  const shown = tail === null ? all : tail === 0 ? [] : all.slice(-tail);
  const label = `${shortName(container).padEnd(width)} | `;
  return shown.map((line) => `${prefix ? label : ''}${line}\n`).join('');
}

export interface LogsOptions {
  prefix: boolean;
  tail: number | null;
}

/** docker compose logs: every container's output, container after container (the simulator has no interleaving to keep). */
export function logs(containers: readonly Container[], options: LogsOptions): Output {
  const printer = new Printer();
  const width = Math.max(0, ...containers.map((c) => shortName(c).length)) + 1;
  for (const container of containers) printer.out(logLines(container, width, options.prefix, options.tail));
  return printer.finish(0);
}
