import { afterAll, describe, expect, it } from 'vitest';
import { runIn, tempRepo } from './cli-harness';

const repos: (() => void)[] = [];
afterAll(() => repos.forEach((cleanup) => cleanup()));

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n';

async function lint(files: Record<string, string>) {
  const repo = tempRepo({ '.git/HEAD': 'ref: x\n', ...files });
  repos.push(repo.cleanup);
  return runIn(repo.dir, ['lint', '--format', 'json', 'pod.yaml'], { env: {} });
}

const admission = (out: string): string[] =>
  (JSON.parse(out) as { files: { findings: { ruleId: string; message: string }[] }[] }).files
    .flatMap((f) => f.findings).filter((f) => f.ruleId === 'k8s-pod-security-admission').map((f) => f.message);

describe('podSecurity in .shipshape.yaml', () => {
  it('admits workloads under the chosen level when their Namespace is not in the file', async () => {
    expect(admission((await lint({ 'pod.yaml': POD })).out)).toEqual([]);
    const restricted = admission((await lint({ 'pod.yaml': POD, '.shipshape.yaml': 'podSecurity: restricted:v1.36\n' })).out);
    expect(restricted).toHaveLength(4);
    expect(restricted[0]).toContain('violates PodSecurity "restricted:v1.36"');
    expect(admission((await lint({ 'pod.yaml': POD, '.shipshape.yaml': 'podSecurity: baseline\n' })).out)).toEqual([]);
  });

  it('rejects a value that is not a level', async () => {
    const r = await lint({ 'pod.yaml': POD, '.shipshape.yaml': 'podSecurity: strict\n' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('podSecurity: must be a Pod Security level');
  });
});
