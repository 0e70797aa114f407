/**
 * `npm run bench`: how long Shipshape takes to check realistic inputs, beside two Dockerfile linters
 * (dockerfile-utils' validator and dockerfilelint) timed on the same texts in the same process.
 * Each measurement: warm-up runs first (JIT), then the median and 90th percentile of timed runs.
 * Every run of every tool appends a different comment line to the input, so no tool can answer a
 * repeat from a cache of earlier texts: each run measures a full parse of a new text.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { validate } from 'dockerfile-utils';
import { run as dockerfilelint } from 'dockerfilelint';
import { lintText, type Kind } from '../src/checker/index';
import { blowUpRows } from './bench/blowup';
import { composeFile, DOCKER_NGINX_PROFILE, dockerfile, kubernetesManifest, runScript } from './bench/inputs';

interface Timing { median: number; p90: number; findings: number }

const WARM_UP = 5;
const root = fileURLToPath(new URL('..', import.meta.url));

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/**
 * Times several tasks round-robin (one run of each per round), so a load spike on a shared machine
 * hits every tool alike instead of skewing whichever happened to run during it.
 */
function timeTogether(runs: number, tasks: readonly ((run: number) => number)[]): Timing[] {
  const findings = tasks.map(() => 0);
  for (let i = 0; i < WARM_UP; i++) tasks.forEach((task, t) => { findings[t] = task(-1 - i); });
  const samples = tasks.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    tasks.forEach((task, t) => {
      const start = performance.now();
      task(i);
      samples[t]?.push(performance.now() - start);
    });
  }
  return samples.map((list, t) => {
    list.sort((a, b) => a - b);
    return { median: quantile(list, 0.5), p90: quantile(list, 0.9), findings: findings[t] ?? 0 };
  });
}

const ms = (value: number): string => value.toFixed(value < 1 ? 3 : 2);

function table(rows: readonly string[][]): string {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join('  ')).join('\n');
}

/** The input of run `run`: the same text with a comment line that differs from every other run's. */
function variant(text: string, run: number): string {
  return `${text}\n# bench run ${run}\n`;
}

function lineCount(text: string): number {
  return text.split('\n').length;
}

const TOOLS: readonly [string, (text: string) => number][] = [
  ['shipshape lintText', (text) => lintText('dockerfile', text).length],
  ['dockerfile-utils validate', (text) => validate(text).length],
  ['dockerfilelint run', (text) => dockerfilelint(root, text).length],
];

function compareDockerfile(text: string, runs: number): string[][] {
  const timings = timeTogether(runs, TOOLS.map(([, lint]) => (run: number) => lint(variant(text, run))));
  const ours = timings[0]?.median ?? Number.NaN;
  return TOOLS.map(([tool], i) => {
    const t = timings[i] ?? { median: Number.NaN, p90: Number.NaN, findings: 0 };
    return [`Dockerfile (${lineCount(text)} lines)`, tool, ms(t.median), ms(t.p90), String(t.findings), `${(t.median / ours).toFixed(2)}x`];
  });
}

function ownRow(label: string, kind: Kind, text: string, runs: number): string[] {
  const [t] = timeTogether(runs, [(run) => lintText(kind, variant(text, run)).length]);
  return [`${label} (${lineCount(text)} lines)`, `shipshape lintText ${kind}`, ms(t?.median ?? Number.NaN), ms(t?.p90 ?? Number.NaN), String(t?.findings ?? 0), ''];
}

const header = ['input', 'tool', 'median ms', 'p90 ms', 'findings', 'time / shipshape'];
const rows = [
  header,
  ...compareDockerfile(dockerfile(200), 200),
  ...compareDockerfile(dockerfile(5000), 30),
  ownRow('run script', 'run', runScript(200), 200),
  ownRow('compose file', 'compose', composeFile(200), 200),
  ownRow('Kubernetes manifest', 'kubernetes', kubernetesManifest(200), 200),
  ownRow('AppArmor docker-nginx', 'apparmor', DOCKER_NGINX_PROFILE, 200),
];

console.log(`Node ${process.version}; per input ${WARM_UP} warm-up runs, then 200 timed runs (30 for 5,000 lines), tools taking turns.`);
console.log('time / shipshape above 1 means the peer is slower than Shipshape.\n');
console.log(table(rows));

console.log('\nBlow-up shapes: the same hostile input at two sizes, ten times apart (median ms). Near linear is at most about 12x.\n');
console.log(table([['shape', 'small', 'large (10x)', 'growth'], ...blowUpRows()]));

const { benchGrading } = await import('./bench-grading');
console.log(`\nGrading one keystroke's worth of an exercise's solution (40 timed runs each; the run builds and starts it in a fresh simulator):\n`);
console.log(table(await benchGrading()));
