import { describe, expect, it } from 'vitest';
import { analyse } from '../core/engine';
import { kubernetesChecker, parseKubernetes } from './index';

describe('parseKubernetes', () => {
  it('finds the pod spec of every workload kind', () => {
    const text = [
      'kind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c}]}',
      'kind: Deployment\nmetadata: {name: d, namespace: prod}\nspec: {template: {spec: {containers: [{name: c}]}}}',
      'kind: StatefulSet\nmetadata: {name: s}\nspec: {template: {spec: {containers: [{name: c}]}}}',
      'kind: DaemonSet\nmetadata: {name: ds}\nspec: {template: {spec: {containers: [{name: c}]}}}',
      'kind: ReplicaSet\nmetadata: {name: rs}\nspec: {template: {spec: {containers: [{name: c}]}}}',
      'kind: ReplicationController\nmetadata: {name: rc}\nspec: {template: {spec: {containers: [{name: c}]}}}',
      'kind: Job\nmetadata: {name: j}\nspec: {template: {spec: {containers: [{name: c}]}}}',
      'kind: CronJob\nmetadata: {name: cj}\nspec: {jobTemplate: {spec: {template: {spec: {containers: [{name: c}]}}}}}',
      'kind: PodTemplate\nmetadata: {name: pt}\ntemplate: {spec: {containers: [{name: c}]}}',
      'kind: Service\nmetadata: {name: svc}\nspec: {ports: [{port: 80}]}',
    ].join('\n---\n');
    const model = parseKubernetes(text);
    expect(model.diagnostics).toEqual([]);
    expect(model.workloads.map((w) => [w.kind, w.name, w.document, w.containers.length])).toEqual([
      ['Pod', 'p', 0, 1], ['Deployment', 'd', 1, 1], ['StatefulSet', 's', 2, 1], ['DaemonSet', 'ds', 3, 1],
      ['ReplicaSet', 'rs', 4, 1], ['ReplicationController', 'rc', 5, 1], ['Job', 'j', 6, 1], ['CronJob', 'cj', 7, 1],
      ['PodTemplate', 'pt', 8, 1],
    ]);
    expect(model.workloads[1]?.namespace).toBe('prod');
    expect(model.workloads[1]?.line).toBe(5);
  });

  it('merges pod and container securityContext, the container winning', () => {
    const model = parseKubernetes([
      'kind: Pod',
      'spec:',
      '  securityContext:',
      '    runAsUser: 1000',
      '    runAsGroup: 3000',
      '    runAsNonRoot: true',
      '    seccompProfile: {type: RuntimeDefault}',
      '  containers:',
      '  - name: a',
      '    securityContext:',
      '      runAsUser: 2000',
      '      procMount: Unmasked',
      '  - name: b',
    ].join('\n'));
    const [a, b] = model.workloads[0]?.containers ?? [];
    expect(a?.security.runAsUser).toMatchObject({ value: 2000, source: 'container', span: { line: 11 } });
    expect(a?.security.runAsGroup).toMatchObject({ value: 3000, source: 'pod', span: { line: 5 } });
    expect(a?.security.procMount?.value).toBe('Unmasked');
    expect(b?.security.runAsUser).toMatchObject({ value: 1000, source: 'pod', span: { line: 4 } });
    expect(b?.security.seccompProfile?.value).toEqual({ type: 'RuntimeDefault' });
    expect(b?.security.escalationPossible).toBe(true);
  });

  it('reads pod-level facts, volumes and mounts', () => {
    const model = parseKubernetes([
      'kind: Pod',
      'spec:',
      '  hostUsers: false',
      '  runtimeClassName: gvisor',
      '  automountServiceAccountToken: false',
      '  volumes:',
      '  - name: logs',
      '    hostPath: {path: /var/log, type: Directory}',
      '  containers:',
      '  - name: a',
      '    image: registry.example:5000/app:1.2@sha256:abc',
      '    volumeMounts: [{name: logs, mountPath: /logs, readOnly: true}]',
    ].join('\n'));
    const pod = model.workloads[0];
    expect(pod?.hostUsers?.value).toBe(false);
    expect(pod?.runtimeClassName).toMatchObject({ value: 'gvisor', span: { line: 4 } });
    expect(pod?.automountServiceAccountToken?.value).toBe(false);
    expect(pod?.volumes[0]?.hostPath).toMatchObject({ path: '/var/log', type: 'Directory', span: { line: 8 } });
    expect(pod?.containers[0]?.mounts[0]).toMatchObject({ name: 'logs', mountPath: '/logs', readOnly: true });
    expect(pod?.containers[0]?.image).toMatchObject({ tag: '1.2', digest: 'sha256:abc' });
  });

  it('resolves the AppArmor profile: container field, then annotation, then pod field', () => {
    const model = parseKubernetes([
      'kind: Pod',
      'metadata:',
      '  annotations:',
      '    container.apparmor.security.beta.kubernetes.io/b: localhost/deny-write',
      'spec:',
      '  securityContext:',
      '    appArmorProfile: {type: Unconfined}',
      '  containers:',
      '  - name: a',
      '    securityContext:',
      '      appArmorProfile: {type: RuntimeDefault}',
      '  - name: b',
      '  - name: c',
    ].join('\n'));
    const profiles = model.workloads[0]?.containers.map((c) => [c.security.appArmorProfile?.source, c.security.appArmorProfile?.value.type]);
    expect(profiles).toEqual([['container', 'RuntimeDefault'], ['annotation', 'Localhost'], ['pod', 'Unconfined']]);
  });

  it('reports YAML errors with their line and still checks the other documents', () => {
    const model = parseKubernetes('kind: Pod\nspec:\n  containers: [{name: a}]\n---\nkind: Pod\nspec: {containers: [\n---\nkind: Pod\nspec:\n  containers: [{name: c}]\n');
    expect(model.diagnostics.map((d) => d.ruleId)).toContain('kubernetes-syntax');
    expect(model.diagnostics[0]?.line).toBeGreaterThanOrEqual(6);
    expect(model.workloads.map((w) => w.containers[0]?.name)).toEqual(['a', 'c']);
  });

  it('reports duplicate keys, which make the object ambiguous', () => {
    const model = parseKubernetes('kind: Pod\nspec:\n  hostNetwork: false\n  hostNetwork: true\n');
    expect(model.diagnostics[0]).toMatchObject({ ruleId: 'kubernetes-syntax', line: 4 });
  });

  it('honours suppression comments through analyse', () => {
    const text = 'kind: Pod\nspec:\n  # shipshape ignore=k8s-host-namespaces\n  hostNetwork: true\n  containers: []\n';
    const { findings } = analyse(kubernetesChecker, text);
    expect(findings.filter((f) => f.ruleId === 'k8s-host-namespaces')).toEqual([]);
  });

  it('has complete metadata on every rule', () => {
    const ids = kubernetesChecker.rules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(16);
    // untrusted-registry is shared with the other kinds and tested with them (src/checker/images).
    for (const { meta } of kubernetesChecker.rules.filter((r) => r.meta.appliesTo.length === 1)) {
      expect(meta.id).toMatch(/^k8s-[a-z0-9-]+$/);
      expect(meta.appliesTo).toEqual(['kubernetes']);
      expect(meta.why.length).toBeGreaterThan(20);
      expect(meta.fix.length).toBeGreaterThan(20);
      expect(analyse(kubernetesChecker, meta.examples.bad).findings.some((f) => f.ruleId === meta.id), meta.id).toBe(true);
      expect(analyse(kubernetesChecker, meta.examples.good).findings.filter((f) => f.ruleId === meta.id), meta.id).toEqual([]);
    }
  });
});
