import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../core/engine';
import { kubernetesChecker } from './index';
import { lintText } from '../index';

const SAMPLE = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: {name: web}',
  'spec:',
  '  template:',
  '    metadata:',
  '      annotations:',
  '        container.apparmor.security.beta.kubernetes.io/app: runtime/default',
  '    spec:',
  '      hostNetwork: true',
  '      securityContext: &sc',
  '        runAsUser: 0',
  '        seccompProfile: {type: Unconfined}',
  '      volumes:',
  '      - name: sock',
  '        hostPath: {path: /var/run/docker.sock}',
  '      containers:',
  '      - name: app',
  '        image: nginx',
  '        securityContext:',
  '          <<: *sc',
  '          capabilities: {add: [SYS_ADMIN]}',
  '        volumeMounts: [{name: sock, mountPath: /s}]',
  '---',
  'kind: List',
  'items: [*sc, {kind: Pod, spec: {containers: [{name: x}]}}]',
].join('\n');

const FRAGMENTS = ['kind: Pod', 'spec:', '  containers:', '  - name: a', '&a', '*a', '<<: *a', '[', '{', '---', '- ', ': ', '"', "'", '\t', '!!binary', '%YAML 1.1', '?', '|', '>'];

function analysesCleanly(text: string): void {
  const { findings } = analyse(kubernetesChecker, text);
  expect(findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
  for (const f of findings) expect(f.line).toBeGreaterThanOrEqual(1);
}

describe('kubernetes checker robustness', () => {
  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), analysesCleanly), { numRuns: 300 });
  });

  it('never throws on a valid manifest with lines cut, swapped or mangled', () => {
    const lines = SAMPLE.split('\n');
    const mutation = fc.record({
      drop: fc.integer({ min: 0, max: lines.length - 1 }),
      insertAt: fc.integer({ min: 0, max: lines.length }),
      fragment: fc.constantFrom(...FRAGMENTS),
      cut: fc.integer({ min: 0, max: 40 }),
    });
    fc.assert(fc.property(fc.array(mutation, { maxLength: 6 }), (mutations) => {
      const copy = [...lines];
      for (const m of mutations) {
        copy.splice(m.drop % Math.max(copy.length, 1), 1);
        copy.splice(m.insertAt % (copy.length + 1), 0, m.fragment);
        const target = m.insertAt % Math.max(copy.length, 1);
        copy[target] = (copy[target] ?? '').slice(0, m.cut);
      }
      analysesCleanly(copy.join('\n'));
    }), { numRuns: 300 });
  });

  it('reports binary input instead of parsing it', () => {
    const { findings } = analyse(kubernetesChecker, 'kind: Pod\0\u0001\u0002spec:');
    expect(findings.map((f) => f.ruleId)).toEqual(['binary-input']);
  });

  it('reports an oversized input instead of parsing it', () => {
    const { findings } = analyse(kubernetesChecker, `# ${'x'.repeat(6 * 1024 * 1024)}\n`);
    expect(findings.map((f) => f.ruleId)).toEqual(['input-too-large']);
  });

  it('survives an alias bomb without expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'kind: Pod', 'spec:', '  containers: *d'].join('\n');
    analysesCleanly(bomb);
  });

  // The timeout guards against a hang; how the time grows is measured by npm run bench.
  it('checks a large but legal file, every document of it', () => {
    const many = Array.from({ length: 300 }, () => SAMPLE.split('\n---\n')[0]).join('\n---\n');
    const { findings } = analyse(kubernetesChecker, many);
    expect(findings.length).toBeGreaterThan(300);
  }, 60_000);
});

describe('bounded alias work', () => {
  it('reads 3,000 aliases of one container and reports each', () => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - &c\n    name: c\n    image: nginx:1.30\n    securityContext:\n      privileged: true\n${'  - *c\n'.repeat(2999)}`;
    expect(lintText('kubernetes', text).filter((f) => f.ruleId === 'k8s-privileged')).toHaveLength(3000);
  });
});
