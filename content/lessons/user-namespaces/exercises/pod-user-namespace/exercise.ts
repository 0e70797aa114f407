import type { Exercise, GoalContext, GoalResult } from '../../../../../src/checker/grading/exercise';
import type { Container, Workload } from '../../../../../src/checker/kubernetes/model';
import { kubernetesRunCommand, kubernetesStatusCommand } from '../../../../../src/grading/kubernetes-run';
import starter from './starter.yaml?raw';
import solution from './solution.yaml?raw';

/** What the checks say, by id; exercise.zh-cn.ts words the same ids. */
export const MESSAGES = {
  noWorkload: 'deployment.yaml no longer has a pod template with the `api` container.',
  unset: 'The pod spec does not set `hostUsers`, so the pods share the node\'s user namespace: root in the api container is root on the node, and any escape lands there as root.',
  hostUsersTrue: '`hostUsers: true` keeps the pods in the node\'s user namespace: root in the api container is root on the node.',
  hostUsersFix: 'Set `hostUsers: false` in the pod spec (`spec.template.spec`).',
  ownNamespace: 'The pods get a user namespace of their own: root in them is an unprivileged UID on the node.',
  hostNamespace: '`{{field}}: true` shares a namespace of the node, and a pod in its own user namespace may share none: the API server would reject the pods, and the Deployment would never get one.',
  hostNamespaceFix: 'Delete `{{field}}: true`.',
  noHostNamespace: 'The pods share no namespace with the node.',
  escalation: 'The api container no longer forbids privilege escalation, which the Deployment had before.',
  escalationFix: 'Keep `allowPrivilegeEscalation: false` in the container\'s `securityContext`.',
  capabilities: 'The api container no longer drops all capabilities, which the Deployment had before; a user namespace limits capabilities to the pod, it does not make them harmless there.',
  capabilitiesFix: 'Keep `capabilities: { drop: ["ALL"] }` in the container\'s `securityContext`.',
  hardeningKept: 'The container still forbids privilege escalation and drops every capability.',
} as const;

type MessageId = keyof typeof MESSAGES;

const id = (pass: boolean, messageId: MessageId, extra: Omit<GoalResult, 'pass' | 'messageId'> & { fixId?: MessageId } = {}): GoalResult => ({ pass, messageId, ...extra });

function api(ctx: GoalContext): { workload: Workload; container: Container } | null {
  for (const workload of ctx.kubernetes().workloads) {
    const container = workload.containers.find((c) => c.role === 'container' && c.name === 'api');
    if (container) return { workload, container };
  }
  return null;
}

function withApi(ctx: GoalContext, check: (found: { workload: Workload; container: Container }) => GoalResult): GoalResult {
  const found = api(ctx);
  return found ? check(found) : id(false, 'noWorkload');
}

const HOST_NAMESPACES = ['hostPID', 'hostNetwork', 'hostIPC'] as const;

export const exercise: Exercise = {
  id: 'user-namespaces/pod-user-namespace',
  lesson: 'user-namespaces',
  title: 'Give a root-only workload its own user namespace',
  task:
    'The vendor supports the `api` image only as root, so `runAsNonRoot` is not an option. Give the Deployment\'s pods a user namespace ' +
    'of their own, so that root in them is an unprivileged UID on the node, and make sure the API server still accepts the pods. ' +
    'Keep the container\'s existing hardening.',
  files: [{ name: 'deployment.yaml', kind: 'kubernetes', starter, solution }],
  rules: ['k8s-host-users', 'k8s-host-namespaces', 'k8s-privileged', 'k8s-capabilities', 'k8s-allow-privilege-escalation', 'k8s-host-path', 'k8s-container-runtime-socket'],
  goals: [
    {
      id: 'own-user-namespace',
      title: 'The pods have their own user namespace',
      why: 'Without one, UID 0 in the container is UID 0 of the node\'s kernel.',
      rules: ['k8s-host-users'],
      messages: MESSAGES,
      check: (ctx) => withApi(ctx, ({ workload }) => {
        const setting = workload.hostUsers;
        if (setting?.value === false) return id(true, 'ownNamespace');
        return setting
          ? id(false, 'hostUsersTrue', { fixId: 'hostUsersFix', line: setting.span.line })
          : id(false, 'unset', { fixId: 'hostUsersFix', line: workload.podSpecSpan.line });
      }),
    },
    {
      id: 'no-host-namespaces',
      title: 'The pods share no namespace with the node',
      why: 'hostPID, hostNetwork and hostIPC cannot be combined with hostUsers: false; the pod would be rejected.',
      rules: ['k8s-host-namespaces'],
      messages: MESSAGES,
      check: (ctx) => withApi(ctx, ({ workload }) => {
        for (const field of HOST_NAMESPACES) {
          const setting = workload[field];
          if (setting?.value === true) return id(false, 'hostNamespace', { fixId: 'hostNamespaceFix', data: { field }, line: setting.span.line });
        }
        return id(true, 'noHostNamespace');
      }),
    },
    {
      id: 'hardening-kept',
      title: 'The container keeps its hardening',
      why: 'A user namespace is one more fence, not a replacement for the others.',
      rules: ['k8s-capabilities', 'k8s-allow-privilege-escalation'],
      messages: MESSAGES,
      check: (ctx) => withApi(ctx, ({ container }) => {
        const security = container.security;
        const line = container.nameSpan.line;
        if (security.allowPrivilegeEscalation?.value !== false) return id(false, 'escalation', { fixId: 'escalationFix', line });
        const dropsAll = (security.capabilities?.drop ?? []).some((cap) => cap.name.toUpperCase() === 'ALL');
        if (!dropsAll) return id(false, 'capabilities', { fixId: 'capabilitiesFix', line });
        return id(true, 'hardeningKept');
      }),
    },
  ],
  run: {
    title: 'The api container starts with these settings',
    why: 'The simulated terminal has no kubelet, so this asks the container runtime for the same settings with docker run, as the lesson\'s demo does; the user namespace itself is the kubelet\'s part.',
    passed: 'The runtime starts the api container with these settings and it keeps running.',
    steps: [
      { command: kubernetesRunCommand },
      { command: kubernetesStatusCommand, output: 'running', explain: 'docker logs api' },
    ],
  },
  hints: [
    'Kubernetes gives a pod its own user namespace with one boolean field in the pod spec. Its name says whether the pod uses the host\'s users.',
    'A pod with its own user namespace may not share the node\'s PID, network or IPC namespace; one of those is still in the template.',
    'In `spec.template.spec`, replace `hostPID: true` with `hostUsers: false`.',
  ],
  demo: [
    'docker run --rm alpine:3.24 id',
    'docker run --rm alpine:3.24 cat /proc/self/uid_map',
  ],
};
