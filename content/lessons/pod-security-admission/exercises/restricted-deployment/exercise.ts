import type { Exercise, GoalContext, GoalResult } from '../../../../../src/checker/grading/exercise';
import type { Container, Workload } from '../../../../../src/checker/kubernetes/model';
import { judgePod, labelValues, levelVersionString, policyFromLabels } from '../../../../../src/checker/kubernetes/pod-security';
import starter from './starter.yaml?raw';
import solution from './solution.yaml?raw';

const IMAGE = 'registry.example.com/shop-web:3.1';
const LOGS = '/var/log/shop';

function shopWeb(ctx: GoalContext): { workload: Workload; container: Container | undefined } | undefined {
  const workload = ctx.kubernetes().workloads.find((w) => w.kind === 'Deployment' && w.name === 'shop-web');
  return workload && { workload, container: workload.containers.find((c) => c.role === 'container') };
}

const NO_DEPLOYMENT: GoalResult = { pass: false, messageId: 'noDeployment' };
const NO_DEPLOYMENT_MESSAGE = { noDeployment: 'The file no longer declares the Deployment "shop-web" in namespace "shop".' } as const;

export const exercise: Exercise = {
  id: 'pod-security-admission/restricted-deployment',
  lesson: 'pod-security-admission',
  title: 'Make a Deployment pass the Restricted profile',
  task:
    'The `shop` namespace enforces `restricted`. `kubectl apply` accepts the `shop-web` Deployment with a warning, and then not one of its pods is created. ' +
    'Change the pod template until Pod Security admission admits it, without weakening the namespace: the web server must keep its image, its port 8080 and a writable `/var/log/shop`. ' +
    'Watch which `securityContext` wins: a container\'s own setting overrides the pod\'s.',
  files: [{ name: 'deployment.yaml', kind: 'kubernetes', starter, solution }],
  rules: ['k8s-pod-security-admission', 'k8s-namespace-pod-security', 'k8s-host-path', 'k8s-privileged'],
  run: {
    title: 'The Deployment\'s two pods are created and running',
    why: 'A controller is admitted with only a warning; whether its pods are refused shows in the Deployment\'s READY column and in the namespace\'s events.',
    passed: 'Both shop-web pods are admitted under restricted:v1.36 and running.',
    steps: [
      { command: 'kubectl apply -f deployment.yaml', output: 'deployment.apps/shop-web created' },
      { command: 'kubectl get deployment shop-web -n shop', output: '2/2', explain: 'kubectl get events -n shop' },
    ],
  },
  hints: [
    'Run `kubectl apply -f deployment.yaml` in the terminal: the warning lists every reason, and `kubectl get events -n shop` shows the refused pods.',
    'Restricted wants, for every container: `runAsNonRoot: true` and no `runAsUser: 0`, `allowPrivilegeEscalation: false`, `capabilities.drop: ["ALL"]` (only `NET_BIND_SERVICE` may be added), a `seccompProfile` of `RuntimeDefault` or `Localhost`, and no hostPath volumes.',
    'Delete the container\'s `runAsUser: 0` and its `capabilities.add`, give it `allowPrivilegeEscalation: false` and `capabilities: { drop: ["ALL"] }`, add `seccompProfile: { type: RuntimeDefault }` and `fsGroup: 10001` to the pod\'s securityContext, and make the logs volume an `emptyDir: {}`.',
  ],
  goals: [
    {
      id: 'admitted-under-restricted',
      title: 'Pod Security admission admits the pods under restricted',
      why: 'Every pod the ReplicaSet creates is judged against the namespace\'s enforce level; one failing check is enough to refuse them all.',
      rules: ['k8s-pod-security-admission'],
      messages: {
        ...NO_DEPLOYMENT_MESSAGE,
        noPod: 'The Deployment has no pod template to admit.',
        refused: 'The pods are still refused under {{policy}}: `{{reasons}}`.',
        passed: 'The pods meet {{policy}}.',
        fix: 'Change each field the reasons name; the rule\'s fix lists what Restricted needs.',
      },
      check(ctx) {
        const found = shopWeb(ctx);
        if (!found) return NO_DEPLOYMENT;
        const pod = found.workload.pod;
        if (!pod) return { pass: false, line: found.workload.line, messageId: 'noPod' };
        const ns = ctx.kubernetes().namespaces.find((n) => n.name === (found.workload.namespace ?? 'default'));
        const labels = labelValues(ns);
        const enforce = policyFromLabels(labels).policy.enforce;
        const level = enforce.level === 'privileged' ? { level: 'restricted' as const, version: enforce.version } : enforce;
        const verdict = judgePod(pod, level);
        const policy = levelVersionString(level);
        return verdict.allowed
          ? { pass: true, messageId: 'passed', data: { policy } }
          : { pass: false, line: found.container?.nameSpan.line ?? found.workload.line, messageId: 'refused', fixId: 'fix', data: { policy, reasons: verdict.reason } };
      },
    },
    {
      id: 'namespace-still-restricted',
      title: 'The namespace still enforces restricted:v1.36',
      why: 'Lowering the namespace\'s level would admit the pods by admitting everything else too.',
      rules: ['k8s-namespace-pod-security'],
      messages: {
        noNamespace: 'The file no longer declares the Namespace "shop", so nothing says what the pods are admitted under.',
        weakened: 'The namespace now enforces {{policy}} instead of restricted:v1.36: that admits the pods by admitting weaker ones too.',
        passed: 'The namespace still enforces restricted:v1.36.',
        fix: 'Put back `pod-security.kubernetes.io/enforce: restricted` and `pod-security.kubernetes.io/enforce-version: v1.36`.',
      },
      check(ctx) {
        const ns = ctx.kubernetes().namespaces.find((n) => n.name === 'shop');
        if (!ns) return { pass: false, messageId: 'noNamespace', fixId: 'fix' };
        const labels = labelValues(ns);
        const policy = levelVersionString(policyFromLabels(labels).policy.enforce);
        return policy === 'restricted:v1.36'
          ? { pass: true, messageId: 'passed' }
          : { pass: false, line: ns.labelsSpan?.line ?? ns.line, messageId: 'weakened', fixId: 'fix', data: { policy } };
      },
    },
    {
      id: 'still-serves',
      title: 'The web server is the same: image, port and replicas',
      why: 'Hardening must not change what the Deployment runs.',
      messages: {
        ...NO_DEPLOYMENT_MESSAGE,
        image: 'The container now runs `{{image}}` instead of `{{expected}}`.',
        noContainer: 'The pod template has no container left.',
        port: 'The container no longer declares port 8080, which the shop\'s Service sends traffic to.',
        passed: 'The same image serves on port 8080.',
      },
      check(ctx) {
        const found = shopWeb(ctx);
        if (!found) return NO_DEPLOYMENT;
        const { container } = found;
        if (!container) return { pass: false, line: found.workload.line, messageId: 'noContainer' };
        const image = container.image?.value ?? '';
        if (image !== IMAGE) return { pass: false, line: container.image?.span.line ?? container.nameSpan.line, messageId: 'image', data: { image, expected: IMAGE } };
        if (!/containerPort:\s*8080\b/.test(ctx.text())) return { pass: false, line: container.nameSpan.line, messageId: 'port' };
        return { pass: true, messageId: 'passed' };
      },
    },
    {
      id: 'logs-writable',
      title: '/var/log/shop is still a writable volume, and not the node\'s disk',
      why: 'The server writes its logs there; a hostPath volume would hand the pod a directory of the node, which Baseline already forbids.',
      rules: ['k8s-host-path'],
      messages: {
        ...NO_DEPLOYMENT_MESSAGE,
        notMounted: 'Nothing is mounted at /var/log/shop any more, so the server cannot write its logs.',
        readOnly: 'The logs volume is mounted read-only, so the server cannot write its logs.',
        hostPath: 'The logs volume is still a hostPath of the node ({{path}}).',
        passed: 'The logs go to a volume of the pod\'s own.',
        fix: 'Keep the mount and make the volume `emptyDir: {}`.',
      },
      check(ctx) {
        const found = shopWeb(ctx);
        if (!found) return NO_DEPLOYMENT;
        const mount = found.container?.mounts.find((m) => m.mountPath === LOGS);
        if (!mount) return { pass: false, line: found.container?.nameSpan.line ?? found.workload.line, messageId: 'notMounted', fixId: 'fix' };
        if (mount.readOnly) return { pass: false, line: mount.span.line, messageId: 'readOnly', fixId: 'fix' };
        const volume = found.workload.volumes.find((v) => v.name === mount.name);
        if (volume?.hostPath) return { pass: false, line: volume.hostPath.span.line, messageId: 'hostPath', fixId: 'fix', data: { path: volume.hostPath.path } };
        if (!volume) return { pass: false, line: mount.span.line, messageId: 'notMounted', fixId: 'fix' };
        return { pass: true, messageId: 'passed' };
      },
    },
  ],
};
