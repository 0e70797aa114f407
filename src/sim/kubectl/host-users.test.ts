import { describe, expect, it } from 'vitest';
import { terminal } from '../testing';

const NS = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n';
const deployment = (podLines: string): string => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 1\n  selector:\n    matchLabels: { app: api }\n  template:\n    metadata:\n      labels: { app: api }\n    spec:\n${podLines}      containers:\n        - name: api\n          image: registry.example.com/api:1.8.2\n          securityContext:\n            allowPrivilegeEscalation: false\n            capabilities: { drop: ["ALL"] }\n            seccompProfile: { type: RuntimeDefault }\n`;

describe('kubectl and pods in their own user namespace', () => {
  it('refuses hostUsers false next to a host namespace, with the API server\'s field names', () => {
    const t = terminal({ 'one.yaml': deployment('      hostUsers: false\n      hostPID: true\n'), 'two.yaml': deployment('      hostUsers: false\n      hostNetwork: true\n      hostIPC: true\n') });
    expect(t.run('kubectl apply -f one.yaml')).toBe('The Deployment "api" is invalid: spec.template.spec.HostPID: Forbidden: when `pod.Spec.HostUsers` is false\n');
    expect(t.run('echo $?')).toBe('1\n');
    expect(t.run('kubectl apply -f two.yaml')).toBe('The Deployment "api" is invalid: [spec.template.spec.hostNetwork: Forbidden: when `pod.Spec.HostUsers` is false, spec.template.spec.HostIPC: Forbidden: when `pod.Spec.HostUsers` is false]\n');
    expect(t.run('kubectl get deploy')).toBe('No resources found in default namespace.\n');
  });

  it('admits a root pod under restricted only when it has its own user namespace (policy v1.35 and later)', () => {
    const t = terminal({ 'namespace.yaml': NS, 'root.yaml': deployment(''), 'userns.yaml': deployment('      hostUsers: false\n') });
    t.run('kubectl apply -f namespace.yaml');
    expect(t.run('kubectl apply -n shop -f root.yaml')).toMatch(/^Warning: would violate PodSecurity "restricted:latest": runAsNonRoot != true/);
    expect(t.run('kubectl get pods -n shop')).toBe('No resources found in shop namespace.\n');
    expect(t.run('kubectl apply -n shop -f userns.yaml')).toBe('deployment.apps/api configured\n');
    expect(t.run('kubectl get pods -n shop')).toMatch(/^NAME .*\napi-[b-z2-9]{10}-[b-z2-9]{5} +1\/1 +Running /);
  });
});
