import type { RuntimeModel } from '../../checker/run/model';
import { bytesOf } from '../../checker/run/sizes';
import { memoryLimitOf, pidsLimitOf } from '../limits';

interface Ulimit {
  Name: string;
  Hard: number;
  Soft: number;
}

function ulimitOf(raw: string): Ulimit | null {
  const match = /^([a-z]+)=(-?\d+)(?::(-?\d+))?$/.exec(raw.trim());
  if (!match) return null;
  const soft = Number(match[2]);
  return { Name: match[1] ?? '', Hard: match[3] === undefined ? soft : Number(match[3]), Soft: soft };
}

/** --memory-swap as the daemon stores it: -1 for unlimited swap, and twice the memory limit when left out. */
function memorySwapOf(runtime: RuntimeModel, memory: number | null): number {
  const raw = runtime.memorySwap?.value.trim();
  if (raw === '-1') return -1;
  const swap = raw === undefined ? null : bytesOf(raw);
  if (swap !== null && swap > 0) return swap;
  return memory === null ? 0 : memory * 2;
}

/** The resource fields of `docker inspect`'s HostConfig, as Docker 20.10 fills them (recorded). */
export function resourceLimits(runtime: RuntimeModel): Record<string, unknown> {
  const memory = memoryLimitOf(runtime);
  const cpus = runtime.cpus ? Number(runtime.cpus.value) : 0;
  const restart = /^([a-z-]+)(?::(\d+))?$/.exec(runtime.restart?.value.trim() ?? 'no');
  return {
    Memory: memory ?? 0,
    MemorySwap: memorySwapOf(runtime, memory),
    NanoCpus: Number.isFinite(cpus) ? Math.round(cpus * 1e9) : 0,
    PidsLimit: pidsLimitOf(runtime),
    Ulimits: runtime.ulimits.map((u) => ulimitOf(u.value)).filter((u): u is Ulimit => u !== null),
    RestartPolicy: { Name: restart?.[1] ?? 'no', MaximumRetryCount: Number(restart?.[2] ?? 0) },
  };
}
