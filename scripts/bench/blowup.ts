/**
 * Inputs built to make the checker do more than linear work, each at two sizes ten times apart.
 * A near-linear checker takes at most about 12 times as long on the larger one.
 */
import { performance } from 'node:perf_hooks';
import { lintText, type Kind } from '../../src/checker/index';

interface Shape {
  name: string;
  kind: Kind;
  /** The input with `n` repetitions of the hostile part. */
  make: (n: number) => string;
  /** The smaller size; the larger is ten times this. */
  n: number;
}

const repeat = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join('');

export const SHAPES: readonly Shape[] = [
  { name: 'self-doubling ARGs (expansion cap)', kind: 'dockerfile', n: 40, make: (n) => `FROM alpine:3.24\nARG V0=x\n${repeat(n, (i) => `ARG V${i + 1}=\${V${i}}\${V${i}}\n`)}RUN echo $V${n}\n` },
  { name: 'chained stages with ENV', kind: 'dockerfile', n: 1000, make: (n) => `FROM alpine:3.24 AS s0\nENV A0=1\n${repeat(n, (i) => `FROM s${i} AS s${i + 1}\nENV A${i + 1}=$A${i}\n`)}` },
  { name: 'stacked suppressions above one line', kind: 'dockerfile', n: 1000, make: (n) => `FROM alpine:3.24\n${'# shipshape ignore=runs-as-root\n'.repeat(n)}RUN true\n` },
  { name: 'unused suppressions before instructions', kind: 'dockerfile', n: 1000, make: (n) => `FROM alpine:3.24\n${repeat(n, () => '# shipshape ignore=sudo-usage\nRUN true\n')}` },
  { name: 'one RUN with repeated apk add', kind: 'dockerfile', n: 2000, make: (n) => `FROM alpine:3.24\nRUN true${' && apk add x'.repeat(n)}\n` },
  { name: 'one RUN with nested $( )', kind: 'dockerfile', n: 2000, make: (n) => `FROM alpine:3.24\nRUN echo ${'$('.repeat(n)}id${')'.repeat(n)} && curl -k https://x\n` },
  { name: 'one RUN with many substitutions', kind: 'dockerfile', n: 2000, make: (n) => `FROM alpine:3.24\nRUN ${repeat(n, (i) => `V${i}="$(echo ${i} | tr 1 2)" && `)}true\n` },
  { name: 'AppArmor nested braces in a rule', kind: 'apparmor', n: 1000, make: (n) => `profile p {\n  /a${'{'.repeat(n)} r,\n  capability,\n}\n` },
  { name: 'AppArmor nested blocks', kind: 'apparmor', n: 1000, make: (n) => `profile p {\n${'^h {\n'.repeat(n)}${'}\n'.repeat(n)}}\n` },
  { name: 'Kubernetes aliases of one container', kind: 'kubernetes', n: 500, make: (n) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - &c\n    name: c\n    image: nginx:1.30\n${'  - *c\n'.repeat(n)}` },
  { name: 'Compose merge keys, each map merging the last twice', kind: 'compose', n: 20, make: (n) => `x0: &x0 {privileged: true}\n${repeat(n, (i) => `x${i + 1}: &x${i + 1}\n  <<: [*x${i}, *x${i}]\n`)}services:\n  web:\n    image: nginx:1.30\n    <<: *x${n}\n` },
  { name: 'Compose services sharing one anchor', kind: 'compose', n: 500, make: (n) => `x-base: &base\n  image: nginx:1.30\n  privileged: true\nservices:\n${repeat(n, (i) => `  s${i}:\n    <<: *base\n`)}` },
  { name: 'docker run with many flags', kind: 'run', n: 2000, make: (n) => `docker run ${'-e A=1 '.repeat(n)}--privileged alpine:3.24\n` },
];

function median(kind: Kind, text: string, runs: number): number {
  lintText(kind, text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    lintText(kind, `${text}\n# run ${i}\n`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Rows of [shape, small ms, large ms, growth]: growth is large / small for ten times the input. */
export function blowUpRows(): string[][] {
  return SHAPES.map((shape) => {
    const small = median(shape.kind, shape.make(shape.n), 9);
    const large = median(shape.kind, shape.make(shape.n * 10), 5);
    return [shape.name, `n=${shape.n}: ${small.toFixed(2)}`, `n=${shape.n * 10}: ${large.toFixed(2)}`, `${(large / small).toFixed(1)}x`];
  });
}
