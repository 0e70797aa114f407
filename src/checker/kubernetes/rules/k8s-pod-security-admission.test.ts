import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { kubernetesChecker } from '../index';
import { rule } from './k8s-pod-security-admission';

const ns = (labels: string, name = 'shop') => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  labels:\n${labels}---\n`;
const RESTRICTED = ns('    pod-security.kubernetes.io/enforce: restricted\n');
const BASELINE = ns('    pod-security.kubernetes.io/enforce: baseline\n');
const hardenedPod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  securityContext:\n    runAsNonRoot: true\n    seccompProfile:\n      type: RuntimeDefault\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n      securityContext:\n        allowPrivilegeEscalation: false\n        capabilities:\n          drop: ["ALL"]\n';
const plainPod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n';
const deployment = (securityContext: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: shop\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example/api:2.0.1\n${securityContext}`;

describe('k8s-pod-security-admission', () => {
  it('follows the RuleTester cases', () => {
    testRule(kubernetesChecker, rule, {
      valid: [
        { name: 'no namespace in the file and no chosen level: the cluster default admits it', code: plainPod },
        { name: 'a hardened pod under restricted', code: RESTRICTED + hardenedPod },
        { name: 'a plain pod meets baseline', code: BASELINE + plainPod },
        { name: 'the pod goes to another namespace', code: RESTRICTED + plainPod.replace('namespace: shop', 'namespace: other') },
        { name: 'privileged enforces nothing', code: ns('    pod-security.kubernetes.io/enforce: privileged\n') + plainPod },
        { name: 'warn and audit never refuse', code: ns('    pod-security.kubernetes.io/warn: restricted\n    pod-security.kubernetes.io/audit: restricted\n') + plainPod },
        { name: 'a PodTemplate makes no pods', code: RESTRICTED + plainPod.replace('kind: Pod', 'kind: PodTemplate').replace('spec:\n  containers', 'template:\n  spec:\n    containers').replace('    - name: app\n      image', '      - name: app\n        image') },
      ],
      invalid: [
        {
          name: 'a plain pod under restricted: four reasons, each at its container',
          code: RESTRICTED + plainPod,
          errors: [
            { line: 15, messageId: 'podRefused', message: 'pods "web" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "app" must set securityContext.allowPrivilegeEscalation=false)' },
            { line: 15, message: 'unrestricted capabilities (container "app" must set securityContext.capabilities.drop=["ALL"])' },
            { line: 15, message: 'runAsNonRoot != true (pod or container "app" must set securityContext.runAsNonRoot=true)' },
            { line: 15, message: 'seccompProfile (pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")' },
          ],
        },
        {
          name: 'a Deployment is admitted with a warning, and its pods are refused; the marker is on the field',
          code: RESTRICTED + deployment('          securityContext:\n            runAsNonRoot: true\n            allowPrivilegeEscalation: true\n            capabilities:\n              drop: ["ALL"]\n            seccompProfile:\n              type: RuntimeDefault\n'),
          errors: [{ line: 21, messageId: 'templateRefused', message: 'Deployment "api" would violate PodSecurity "restricted:latest": allowPrivilegeEscalation != false' }],
        },
        {
          name: 'privileged under baseline, at the pinned version',
          code: ns('    pod-security.kubernetes.io/enforce: baseline\n    pod-security.kubernetes.io/enforce-version: v1.36\n') + deployment('          securityContext:\n            privileged: true\n'),
          errors: [{ line: 21, message: 'would violate PodSecurity "baseline:v1.36": privileged (container "api" must not set securityContext.privileged=true)' }],
        },
        {
          name: 'host namespaces point at the field',
          code: BASELINE + plainPod.replace('spec:\n  containers', 'spec:\n  hostPID: true\n  containers'),
          errors: [{ line: 14, message: 'host namespaces (hostPID=true)' }],
        },
        {
          name: 'an unreadable enforce level fails closed, to restricted',
          code: ns('    pod-security.kubernetes.io/enforce: strict\n') + hardenedPod.replace('runAsNonRoot: true', 'runAsNonRoot: false'),
          errors: [{ line: 15, message: 'violates PodSecurity "restricted:latest": runAsNonRoot != true' }],
        },
      ],
    });
  });

  it('applies the level a team chose to workloads whose Namespace is not in the file', () => {
    const privileged = plainPod.replace('image: registry.example/app:1.4.2', 'image: registry.example/app:1.4.2\n      securityContext:\n        privileged: true');
    testRule(kubernetesChecker, rule, {
      options: { podSecurity: { level: 'baseline', version: 'v1.30' } },
      valid: [plainPod, { name: 'the Namespace in the file wins over the chosen level', code: ns('    pod-security.kubernetes.io/enforce: privileged\n') + privileged }],
      invalid: [
        { name: 'the chosen level and version', code: privileged, errors: [{ line: 11, message: 'violates PodSecurity "baseline:v1.30": privileged (container "app" must not set securityContext.privileged=true). The API server refuses this Pod in namespace "shop"' }] },
        { name: 'a workload without a namespace goes to default', code: privileged.replace('  namespace: shop\n', ''), errors: [{ line: 10, message: 'in namespace "default"' }] },
      ],
    });
  });
});
