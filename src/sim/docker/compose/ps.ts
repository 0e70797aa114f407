import type { Output } from '../../shell/types';
import type { Container } from '../../container';
import { shortId } from '../../hash';
import { applyFormat } from '../inspect';
import { table, truncate } from '../table';
import { LABEL } from './containers';
import { Printer } from './printer';

export interface PsOptions {
  all: boolean;
  quiet: boolean;
  services: boolean;
  format: string | null;
  noTrunc: boolean;
}

function statusOf(c: Container): string {
  return c.status === 'running' ? 'Up Less than a second' : c.status === 'created' ? 'Created' : `Exited (${c.exitCode}) Less than a second ago`;
}

/** The fields compose's `ContainerContext` offers to --format templates. */
function summary(c: Container, noTrunc: boolean): Record<string, string | number> {
  const command = c.argv.join(' ');
  return {
    ID: noTrunc ? c.id : shortId(c.id), Name: c.name, Names: c.name, Image: c.imageName,
    Command: JSON.stringify(noTrunc ? command : truncate(command, 20)), Project: c.labels?.[LABEL.project] ?? '',
    Service: c.labels?.[LABEL.service] ?? '', CreatedAt: '2024-06-20 12:00:00 +0000 UTC', RunningFor: 'Less than a second ago',
    State: c.status, Status: statusOf(c), Health: '', ExitCode: c.exitCode, Ports: c.ports, Publishers: c.ports,
  };
}

/** docker compose ps: the project's running containers (all with -a), sorted by name, in compose's table. */
export function ps(containers: readonly Container[], options: PsOptions): Output {
  const printer = new Printer();
  const shown = containers.filter((c) => options.all || c.status === 'running');
  if (options.quiet) {
    printer.out(shown.map((c) => `${c.id}\n`).join(''));
    return printer.finish(0);
  }
  if (options.services) {
    printer.out(`${[...new Set(shown.map((c) => c.labels?.[LABEL.service] ?? ''))].join('\n')}\n`);
    return printer.finish(0);
  }
  const rows = shown.map((c) => summary(c, options.noTrunc));
  const format = options.format ?? 'table';
  if (format === 'json') printer.out(rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
  else if (format === 'table') {
    const columns = ['Name', 'Image', 'Command', 'Service', 'RunningFor', 'Status', 'Ports'];
    printer.out(table(['NAME', 'IMAGE', 'COMMAND', 'SERVICE', 'CREATED', 'STATUS', 'PORTS'], rows.map((r) => columns.map((k) => String(r[k] ?? '')))));
  } else printer.out(rows.map((r) => `${applyFormat(format.replace(/^table\s+/, ''), r)}\n`).join(''));
  return printer.finish(0);
}
