import { describe, expect, it } from 'vitest';
import { checkById, failingIds } from '../../../../src/grading/testing';
import { exercise as labelNamespace } from './label-namespace/exercise';
import { exercise as restrictedDeployment } from './restricted-deployment/exercise';

describe('pod-security-admission/label-namespace', () => {
  const head = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: payments\n  labels:\n';
  const file = (labels: string) => ({ 'namespace.yaml': head + labels.split('\n').filter(Boolean).map((l) => `    pod-security.kubernetes.io/${l}\n`).join('') });
  const failing = (labels: string): string[] => failingIds(labelNamespace, file(labels));
  const FULL = 'enforce: restricted\nenforce-version: v1.36\nwarn: restricted\nwarn-version: latest\naudit: restricted\naudit-version: latest';

  it('accepts the solution and other correct spellings', () => {
    expect(failing(FULL)).toEqual([]);
    expect(failing('enforce: restricted\nenforce-version: v1.36\nwarn: restricted\naudit: restricted'), 'a missing warn/audit version means latest').toEqual([]);
  });

  it.each([
    ['only warn, as the starter', 'warn: restricted', 'goal:enforces-restricted', /every pod is admitted/],
    ['baseline enforced', FULL.replace('enforce: restricted', 'enforce: baseline'), 'goal:enforces-restricted', /`enforce: baseline` admits pods/],
    ['a capitalised level', FULL.replace('enforce: restricted', 'enforce: Restricted'), 'goal:enforces-restricted', /not a level the API server knows/],
    ['no pinned version', FULL.replace('enforce-version: v1.36\n', ''), 'goal:enforce-version-pinned', /changes with every upgrade/],
    ['pinned to latest', FULL.replace('enforce-version: v1.36', 'enforce-version: latest'), 'goal:enforce-version-pinned', /changes with every upgrade/],
    ['a version without v', FULL.replace('enforce-version: v1.36', 'enforce-version: "1.36"'), 'goal:enforce-version-pinned', /not a version the API server reads/],
    ['a version newer than the cluster', FULL.replace('enforce-version: v1.36', 'enforce-version: v1.40'), 'goal:enforce-version-pinned', /newer than the cluster/],
    ['warn pinned to an old version', FULL.replace('warn-version: latest', 'warn-version: v1.30'), 'goal:warn-previews-latest', /never shows what an upgrade adds/],
    ['audit missing', FULL.replace('audit: restricted\naudit-version: latest', ''), 'goal:audit-previews-latest', /No audit label: nothing tells the team/],
  ])('rejects %s', (_name, labels, id, message) => {
    expect(failing(labels)).toContain(id);
    expect(checkById(labelNamespace, file(labels), id).message).toMatch(message);
  });

  it('fails the run check when the API server refuses the labels', () => {
    expect(failing(FULL.replace('enforce: restricted', 'enforce: strict'))).toContain('run');
    expect(checkById(labelNamespace, file(FULL.replace('enforce: restricted', 'enforce: strict')), 'run').message).toMatch(/Invalid value: "strict": must be one of privileged, baseline, restricted/);
  });
});

describe('pod-security-admission/restricted-deployment', () => {
  const solution = restrictedDeployment.files[0]?.solution ?? '';
  const files = (text: string) => ({ 'deployment.yaml': text });
  const failing = (text: string): string[] => failingIds(restrictedDeployment, files(text));

  it('accepts the solution and seccomp set on the container instead of the pod', () => {
    expect(failing(solution)).toEqual([]);
    const onContainer = solution.replace('        seccompProfile:\n          type: RuntimeDefault\n', '').replace('            allowPrivilegeEscalation: false\n', '            allowPrivilegeEscalation: false\n            seccompProfile:\n              type: RuntimeDefault\n');
    expect(failing(onContainer)).toEqual([]);
  });

  it.each([
    ['the container\'s runAsUser: 0 kept, which overrides the pod\'s 10001', solution.replace('            allowPrivilegeEscalation: false\n', '            runAsUser: 0\n            allowPrivilegeEscalation: false\n'), 'goal:admitted-under-restricted', /refused under restricted:v1\.36: `runAsUser=0`/],
    ['the container\'s runAsNonRoot: false, which overrides the pod\'s true', solution.replace('            allowPrivilegeEscalation: false\n', '            runAsNonRoot: false\n            allowPrivilegeEscalation: false\n'), 'goal:admitted-under-restricted', /runAsNonRoot != true/],
    ['NET_ADMIN still added', solution.replace('              drop: ["ALL"]\n', '              drop: ["ALL"]\n              add: ["NET_ADMIN"]\n'), 'goal:admitted-under-restricted', /unrestricted capabilities/],
    ['seccomp Unconfined', solution.replace('type: RuntimeDefault', 'type: Unconfined'), 'goal:admitted-under-restricted', /seccompProfile/],
    ['the namespace lowered to baseline', solution.replace('enforce: restricted', 'enforce: baseline'), 'goal:namespace-still-restricted', /baseline:v1\.36 instead of restricted:v1\.36/],
    ['the hostPath kept', solution.replace('          emptyDir: {}\n', '          hostPath:\n            path: /var/log/shop\n'), 'goal:logs-writable', /hostPath of the node \(\/var\/log\/shop\)/],
    ['the logs mount removed', solution.replace('            - name: logs\n              mountPath: /var/log/shop\n', ''), 'goal:logs-writable', /Nothing is mounted at \/var\/log\/shop/],
    ['another image', solution.replace('shop-web:3.1', 'shop-web:latest'), 'goal:still-serves', /now runs `registry\.example\.com\/shop-web:latest`/],
  ])('rejects %s', (_name, text, id, message) => {
    expect(failing(text)).toContain(id);
    expect(checkById(restrictedDeployment, files(text), id).message).toMatch(message);
  });

  it('fails the run check on the starter with the refused pods\' event', () => {
    const starter = restrictedDeployment.files[0]?.starter ?? '';
    expect(failing(starter)).toContain('run');
    expect(checkById(restrictedDeployment, files(starter), 'run').message).toMatch(/forbidden: violates PodSecurity "restricted:v1\.36"/);
  });
});
