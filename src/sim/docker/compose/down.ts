import type { Output } from '../../shell/types';
import type { Container } from '../../container';
import type { Engine } from '../../engine';
import { defaultNetwork } from './containers';
import { Printer } from './printer';
import { renderProgress, type ProgressEvent } from './progress';

export interface DownOptions {
  volumes: boolean;
  columns: number;
}

/**
 * docker compose down: the project's containers stopped and removed, then its network, and with -v
 * its named volumes. Each container's line ends at Removed, the last status its event gets.
 */
export function down(engine: Engine, project: string, containers: readonly Container[], options: DownOptions): Output {
  const printer = new Printer();
  const events: ProgressEvent[] = [];
  for (const container of containers) {
    const wasRunning = container.status === 'running';
    container.status = 'exited';
    engine.removeContainer(container);
    events.push({ id: `Container ${container.name}`, status: 'done', statusText: 'Removed', seconds: wasRunning ? 0.4 : 0.1 });
  }
  const network = defaultNetwork(project);
  if (engine.networks.delete(network)) events.push({ id: `Network ${network}`, status: 'done', statusText: 'Removed', seconds: 0.2 });
  if (options.volumes) {
    for (const name of [...engine.volumes.keys()].filter((n) => n.startsWith(`${project}_`))) {
      engine.volumes.delete(name);
      events.push({ id: `Volume ${name}`, status: 'done', statusText: 'Removed', seconds: 0.1 });
    }
  }
  if (events.length === 0) {
    printer.err(`WARN[0000] Warning: No resource found to remove for project "${project}".\n`);
    return printer.finish(0);
  }
  printer.err(renderProgress('Running', events, options.columns));
  return printer.finish(0);
}
