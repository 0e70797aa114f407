/**
 * Whole-process start-up of the `shipshape` command beside dockerfile-utils' CLI: each round runs
 * every command once, in an order that rotates from round to round, and the ratio is taken within
 * each round, so a load spike on a shared machine hits both tools alike instead of skewing one.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Command { label: string; argv: readonly string[] }

export interface StartRow {
  label: string;
  ours: Spread;
  peer: Spread;
  ratio: Spread;
}

export interface Spread { p10: number; median: number; p90: number }

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p10: at(0.1), median: at(0.5), p90: at(0.9) };
}

function wall(argv: readonly string[]): number {
  const [command = 'node', ...args] = argv;
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'ignore'] });
  const elapsed = performance.now() - start;
  if (result.error) throw result.error;
  return elapsed;
}

/** Times `ours` against `peer`, `rounds` times each after two warm-up rounds (disk cache, compile cache). */
export function compareStart(label: string, ours: readonly string[], peer: readonly string[], rounds: number): StartRow {
  for (let i = 0; i < 2; i++) {
    wall(ours);
    wall(peer);
  }
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let x: number;
    let y: number;
    if (i % 2 === 0) {
      x = wall(ours);
      y = wall(peer);
    } else {
      y = wall(peer);
      x = wall(ours);
    }
    a.push(x);
    b.push(y);
    ratios.push(x / y);
  }
  return { label, ours: spread(a), peer: spread(b), ratio: spread(ratios) };
}

export const NODE = process.execPath;
export const SHIPSHAPE = [NODE, 'bin/shipshape.mjs'];
export const DOCKERFILE_UTILS = [NODE, 'node_modules/dockerfile-utils/bin/dockerfile-utils'];
