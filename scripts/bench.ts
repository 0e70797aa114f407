/**
 * `npm run bench`: how long Shipshape takes to check realistic inputs, beside two Dockerfile linters
 * (dockerfile-utils' validator and dockerfilelint) timed on the same texts in the same process.
 * Each measurement: warm-up runs first (JIT, caches), then the median and 90th percentile of timed runs.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { validate } from 'dockerfile-utils';
import { run as dockerfilelint } from 'dockerfilelint';
import { lintText, type Kind } from '../src/checker/index';
import { composeFile, DOCKER_NGINX_PROFILE, dockerfile, kubernetesManifest, runScript } from './bench/inputs';

interface Timing { median: number; p90: number; findings: number }

const WARM_UP = 5;
const root = fileURLToPath(new URL('..', import.meta.url));

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function time(runs: number, task: () => number): Timing {
  let findings = 0;
  for (let i = 0; i < WARM_UP; i++) findings = task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: quantile(samples, 0.5), p90: quantile(samples, 0.9), findings };
}

const ms = (value: number): string => value.toFixed(value < 1 ? 3 : 2);

function table(rows: readonly string[][]): string {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join('  ')).join('\n');
}

function lineCount(text: string): number {
  return text.split('\n').length;
}

function compareDockerfile(label: string, text: string, runs: number): string[][] {
  const ours = time(runs, () => lintText('dockerfile', text).length);
  const peers: [string, Timing][] = [
    ['dockerfile-utils validate', time(runs, () => validate(text).length)],
    ['dockerfilelint run', time(runs, () => dockerfilelint(root, text).length)],
  ];
  const row = (tool: string, t: Timing): string[] =>
    [`${label} (${lineCount(text)} lines)`, tool, ms(t.median), ms(t.p90), String(t.findings), `${(t.median / ours.median).toFixed(2)}x`];
  return [row('shipshape lintText', ours), ...peers.map(([tool, t]) => row(tool, t))];
}

function ownRow(label: string, kind: Kind, text: string, runs: number): string[] {
  const t = time(runs, () => lintText(kind, text).length);
  return [`${label} (${lineCount(text)} lines)`, `shipshape lintText ${kind}`, ms(t.median), ms(t.p90), String(t.findings), ''];
}

const header = ['input', 'tool', 'median ms', 'p90 ms', 'findings', 'time / shipshape'];
const rows = [
  header,
  ...compareDockerfile('Dockerfile', dockerfile(200), 200),
  ...compareDockerfile('Dockerfile', dockerfile(5000), 30),
  ownRow('run script', 'run', runScript(200), 200),
  ownRow('compose file', 'compose', composeFile(200), 200),
  ownRow('Kubernetes manifest', 'kubernetes', kubernetesManifest(200), 200),
  ownRow('AppArmor docker-nginx', 'apparmor', DOCKER_NGINX_PROFILE, 200),
];

console.log(`Node ${process.version}, ${WARM_UP} warm-up runs, then 200 timed runs (30 for 5,000 lines).`);
console.log('time / shipshape above 1 means the peer is slower than Shipshape.\n');
console.log(table(rows));
