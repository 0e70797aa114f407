import type { RuntimeModel } from '../checker/run/model';
import { bytesOf, MIN_MEMORY_BYTES } from '../checker/run/sizes';

/**
 * The processes a container's pids cgroup holds, shared by every process of the container (its main
 * process, `docker exec` sessions, their children), so forks anywhere count against one limit.
 */
export interface TaskCounter {
  /** Tasks alive now: the main process counts as one. */
  used: number;
  /** pids.max from --pids-limit / pids_limit; null when the container has none. */
  limit: number | null;
  /** Forks nested inside one another right now (a fork bomb's chain). */
  depth: number;
  /** A fork failed at the limit: a fork bomb keeps the table full while the container runs. */
  saturated: boolean;
}

/** The simulated host's memory, as `docker info` reports it (Total Memory: 3.822GiB). */
export const HOST_MEMORY = Math.round(3.822 * 1024 ** 3);

/**
 * The most tasks the host's kernel allows at once: kernel.threads-max, which the kernel sizes from
 * memory (kernel/fork.c set_max_threads: RAM / (8 * THREAD_SIZE), 16 KiB stacks on x86-64), well
 * under pid_max. An unlimited fork bomb fills this table, which every process of the host shares.
 */
export const HOST_TASKS_MAX = Math.floor(HOST_MEMORY / (8 * 16 * 1024));

/**
 * A chain of forks this deep only ends when the table is full; the simulator fills it at once
 * instead of recursing on, so the page never hangs.
 */
export const RUNAWAY_FORK_DEPTH = 100;

export function taskCounter(runtime: RuntimeModel): TaskCounter {
  return { used: 1, limit: pidsLimitOf(runtime), depth: 0, saturated: false };
}

/** The tasks `docker stats` reports for a running container. */
export function tasksShown(tasks: TaskCounter | undefined): number {
  if (!tasks) return 1;
  if (tasks.saturated) return tasks.limit ?? HOST_TASKS_MAX;
  return tasks.used;
}

/** --pids-limit as the daemon applies it: 0 and negative numbers mean no limit. */
export function pidsLimitOf(runtime: RuntimeModel): number | null {
  const raw = runtime.pidsLimit?.value.trim();
  if (raw === undefined || !/^-?\d+$/.test(raw)) return null;
  const value = Number(raw);
  return value > 0 ? value : null;
}

/** --memory in bytes; null when unlimited (absent or 0). */
export function memoryLimitOf(runtime: RuntimeModel): number | null {
  const bytes = runtime.memory ? bytesOf(runtime.memory.value) : null;
  return bytes && bytes > 0 ? bytes : null;
}


/**
 * What the daemon refuses about a container's resource limits, in its own words (Docker 20.10,
 * recorded); null when it accepts them. `hostCpus` is the number of CPUs of the host.
 */
export function limitRefusal(runtime: RuntimeModel, hostCpus: number): string | null {
  if (runtime.memorySwap && !runtime.memory && runtime.memorySwap.value.trim() !== '-1') {
    return 'You should always set the Memory limit when using Memoryswap limit, see usage';
  }
  const swap = runtime.memorySwap ? bytesOf(runtime.memorySwap.value) : null;
  const limit = runtime.memory ? bytesOf(runtime.memory.value) : null;
  if (swap !== null && swap > 0 && limit !== null && swap < limit) return 'Minimum memoryswap limit should be larger than memory limit, see usage';
  const memory = runtime.memory ? bytesOf(runtime.memory.value) : null;
  if (memory !== null && memory > 0 && memory < MIN_MEMORY_BYTES) return 'Minimum memory limit allowed is 6MB';
  const cpus = runtime.cpus ? Number(runtime.cpus.value) : null;
  if (cpus !== null && Number.isFinite(cpus) && (cpus < 0.01 || cpus > hostCpus) && cpus !== 0) {
    return `Range of CPUs is from 0.01 to ${hostCpus.toFixed(2)}, as there are only ${hostCpus} CPUs available`;
  }
  return null;
}

/**
 * What a shell prints when fork(2) keeps failing with EAGAIN: BusyBox ash gives up at once, bash 5.2
 * retries four times with a pause between (both seen on the real engine); dash's words are its source's.
 */
export function forkFailureText(dialect: 'ash' | 'dash' | 'bash', prefix: string): string {
  if (dialect === 'dash') return `${prefix}Cannot fork\n`;
  if (dialect === 'bash') return `${prefix}fork: retry: Resource temporarily unavailable\n`.repeat(4) + `${prefix}fork: Resource temporarily unavailable\n`;
  return `${prefix}can't fork: Resource temporarily unavailable\n`;
}

/** The status a shell ends with when it cannot fork: 2 for ash and dash, 254 for bash 5.2 (seen on the real engine). */
export function forkFailureStatus(dialect: 'ash' | 'dash' | 'bash'): number {
  return dialect === 'bash' ? 254 : 2;
}

/** `tail /dev/zero`: a line that never ends, buffered in memory until the OOM killer ends the process. */
export function readsZeroForever(argv: readonly string[]): boolean {
  const [program = '', ...args] = argv;
  return (program.split('/').pop() ?? program) === 'tail' && args.includes('/dev/zero');
}

/**
 * The learner's login shell on the host: RLIMIT_NPROC, which the kernel sets to half of threads-max
 * (kernel/fork.c fork_init), counts every process of the user; the host's first processes are theirs too.
 */
export function learnerTasks(): TaskCounter {
  return { used: 2, limit: Math.floor(HOST_TASKS_MAX / 2), depth: 0, saturated: false };
}

/** What the client refuses before it asks the daemon (docker/cli run.go): a restart policy on a container removed at exit. */
export function clientLimitConflict(runtime: RuntimeModel): string | null {
  const restart = runtime.restart?.value.trim();
  return runtime.rm && restart !== undefined && restart !== 'no' ? 'conflicting options: cannot specify both --restart and --rm' : null;
}
