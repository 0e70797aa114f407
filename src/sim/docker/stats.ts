import type { Container } from '../container';
import { shortId } from '../hash';
import { HOST_MEMORY, memoryLimitOf, tasksShown } from '../limits';
import { ok } from '../shell/types';
import { daemonError, splitArgs, type Verb } from './context';
import { table } from './table';


/** go-units BytesSize: binary units, four significant digits ("528KiB", "1.137MiB", "3.822GiB"). */
export function bytesSize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number(value.toPrecision(4))}${units[unit] ?? 'B'}`;
}

/**
 * A small, steady figure: BusyBox processes share their pages, so each one adds little (a kernel
 * stack and page tables); never more than the limit, which the OOM killer enforces.
 */
function memoryUsage(tasks: number, limit: number): number {
  return Math.min((512 + 6 * (tasks - 1)) * 1024, limit);
}

function row(container: Container): string[] {
  const running = container.status === 'running';
  const tasks = running ? tasksShown(container.proc.tasks) : 0;
  const limit = memoryLimitOf(container.runtime) ?? HOST_MEMORY;
  const usage = running ? memoryUsage(tasks, limit) : 0;
  return [
    shortId(container.id), container.name, '0.00%',
    running ? `${bytesSize(usage)} / ${bytesSize(limit)}` : '0B / 0B',
    running ? `${((usage / limit) * 100).toFixed(2)}%` : '0.00%',
    '0B / 0B', '0B / 0B', String(tasks),
  ];
}

/**
 * `docker stats`: one snapshot of each container's cgroup, with its memory limit (the host's memory
 * when it has none) and the tasks in its pids cgroup. Without --no-stream the real command redraws
 * every second until interrupted; the terminal shows the first snapshot.
 */
export const stats: Verb = ({ engine }, args) => {
  const { flags, operands } = splitArgs(args, ['--format']);
  const all = flags.has('-a') || flags.has('--all');
  const named: Container[] = [];
  for (const ref of operands) {
    const container = engine.findContainer(ref);
    if (!container) return daemonError(`No such container: ${ref}`);
    named.push(container);
  }
  const shown = operands.length ? named : engine.containers.filter((c) => all || c.status === 'running');
  return ok(table(['CONTAINER ID', 'NAME', 'CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'NET I/O', 'BLOCK I/O', 'PIDS'], shown.map(row)));
};
