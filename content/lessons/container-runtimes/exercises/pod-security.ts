import type { Goal, GoalResult } from '../../../../src/checker/grading/exercise';
import type { Container, KubernetesModel, Workload } from '../../../../src/checker/kubernetes/model';
import { sayFrom } from '../../../../src/checker/grading/goal-messages';

interface Placed {
  workload: Workload;
  container: Container;
}

function containersOf(model: KubernetesModel): Placed[] {
  return model.workloads.flatMap((workload) =>
    workload.containers.filter((c) => c.role !== 'ephemeralContainer').map((container) => ({ workload, container })));
}

/** Line to mark for a container: its own securityContext when it has one, else its name. */
function lineOf(container: Container): number {
  return (container.securityContextSpan ?? container.nameSpan).line;
}

/** What the goals say, by id; pod-security.zh-cn.ts words the same ids. */
export const POD_SECURITY_MESSAGES = {
  noContainer: 'The file has no workload with a container yet.',
  nonRoot: 'runAsNonRoot is set with a numeric, non-zero runAsUser and runAsGroup.',
  runAsNonRootMissing: 'Container `{{container}}`: nothing makes the kubelet refuse to start it as root (runAsNonRoot is not set).',
  runAsUserMissing: "Container `{{container}}`: without a numeric runAsUser, the kubelet can only trust the image's USER, and refuses a named one.",
  runAsUserRoot: 'Container `{{container}}`: `runAsUser: 0` is root, which runAsNonRoot then refuses: the Pod never starts.',
  runAsGroupMissing: "Container `{{container}}`: without runAsGroup the process gets the group of its UID in the image's /etc/passwd, or group 0 (root) when there is none.",
  runAsGroupRoot: 'Container `{{container}}`: `runAsGroup: 0` is the root group.',
  fixNonRoot: "Set `runAsNonRoot: true`, `runAsUser: 10001` and `runAsGroup: 10001` in the Pod's securityContext.",
  noEscalation: 'allowPrivilegeEscalation is false.',
  privileged: 'Container `{{container}}`: it is privileged, which allows every escalation whatever else is set.',
  fixPrivileged: 'Remove `privileged: true`.',
  escalation: 'Container `{{container}}`: setuid programs inside it can still raise its privileges.',
  fixEscalation: "Set `allowPrivilegeEscalation: false` in the container's securityContext (and no privileged mode or SYS_ADMIN).",
  dropAll: 'capabilities drop ALL, nothing added back.',
  defaultCapabilities: "Container `{{container}}`: it keeps whatever capabilities the node's runtime hands out by default.",
  fixDropAll: 'Add `capabilities: { drop: ["ALL"] }` to its securityContext.',
  addedCapability: 'Container `{{container}}`: it adds `{{cap}}` back, which the app does not need.',
  fixAddedCapability: 'Remove `{{cap}}` from capabilities.add.',
  readOnlyRoot: 'readOnlyRootFilesystem is true.',
  writableRoot: 'Container `{{container}}`: its root filesystem is writable, so an attacker can drop tools or replace binaries.',
  fixReadOnlyRoot: 'Set `readOnlyRootFilesystem: true`, and mount an emptyDir where the app writes.',
  seccomp: 'A RuntimeDefault or Localhost seccomp profile is set.',
  seccompUnconfined: 'Container `{{container}}`: seccomp is switched off (Unconfined), so every system call is open to it.',
  seccompMissing: 'Container `{{container}}`: no seccomp profile is requested, and Kubernetes then applies none: every system call is open to it.',
  fixSeccomp: 'Set `seccompProfile: { type: RuntimeDefault }`.',
  runtimeSocket: 'Volume `{{volume}}` mounts {{path}} from the node, so whoever takes over the Pod can create containers on that node as root.',
  fixRuntimeSocket: 'Delete the `{{volume}}` volume and the volumeMount that uses it.',
  noRuntimeSocket: 'No runtime socket is reachable from the Pod.',
} as const;

export type PodSecurityMessageId = keyof typeof POD_SECURITY_MESSAGES;
const say = sayFrom(POD_SECURITY_MESSAGES);

/** What is still wrong with one container, and the change that fixes it. */
interface Problem {
  message: PodSecurityMessageId;
  fix: PodSecurityMessageId;
  data?: Readonly<Record<string, string>>;
}

/**
 * A goal that every container of every workload in the file must meet. `problem` returns what is
 * still wrong with one container, or null when it is fine; its messages name the container.
 */
export function everyContainer(
  spec: Omit<Goal, 'check' | 'messages'> & { passed: PodSecurityMessageId; problem(container: Container, workload: Workload): Problem | null },
): Goal {
  return {
    id: spec.id,
    title: spec.title,
    why: spec.why,
    ...(spec.rules ? { rules: spec.rules } : {}),
    messages: POD_SECURITY_MESSAGES,
    check(ctx): GoalResult {
      const placed = containersOf(ctx.kubernetes());
      if (placed.length === 0) return say.fail('noContainer');
      for (const { workload, container } of placed) {
        const problem = spec.problem(container, workload);
        if (problem) return say.fail(problem.message, { fix: problem.fix, data: { container: container.name, ...problem.data }, line: lineOf(container) });
      }
      return say.pass(spec.passed);
    },
  };
}

const nonRoot = everyContainer({
  id: 'non-root',
  title: 'Runs as a verified non-root user and group',
  why: 'runAsNonRoot makes the kubelet refuse UID 0, but it can only check a numeric user; without runAsGroup the process may run in the root group.',
  rules: ['k8s-run-as-root'],
  passed: 'nonRoot',
  problem(container) {
    const { runAsNonRoot, runAsUser, runAsGroup } = container.security;
    const fix = 'fixNonRoot';
    if (runAsNonRoot?.value !== true) return { message: 'runAsNonRootMissing', fix };
    if (runAsUser === undefined) return { message: 'runAsUserMissing', fix };
    if (runAsUser.value === 0) return { message: 'runAsUserRoot', fix };
    if (runAsGroup === undefined) return { message: 'runAsGroupMissing', fix };
    if (runAsGroup.value === 0) return { message: 'runAsGroupRoot', fix };
    return null;
  },
});

const noEscalation = everyContainer({
  id: 'no-privilege-escalation',
  title: 'Privilege escalation is off',
  why: 'Without it, setuid binaries and file capabilities can raise a process above the user it started as.',
  rules: ['k8s-allow-privilege-escalation', 'k8s-privileged'],
  passed: 'noEscalation',
  problem(container) {
    if (!container.security.escalationPossible) return null;
    const { privileged } = container.security;
    return privileged?.value ? { message: 'privileged', fix: 'fixPrivileged' } : { message: 'escalation', fix: 'fixEscalation' };
  },
});

const dropAll = everyContainer({
  id: 'drop-all-capabilities',
  title: 'All capabilities are dropped',
  why: 'Runtimes differ in their defaults (Docker 14, CRI-O and containerd 2 nine); dropping ALL does not depend on any of them.',
  rules: ['k8s-capabilities'],
  passed: 'dropAll',
  problem(container) {
    const caps = container.security.capabilities;
    if (!caps?.drop.some((c) => c.name === 'ALL')) return { message: 'defaultCapabilities', fix: 'fixDropAll' };
    const added = caps.add[0];
    return added ? { message: 'addedCapability', fix: 'fixAddedCapability', data: { cap: added.raw } } : null;
  },
});

const readOnlyRoot = everyContainer({
  id: 'read-only-root',
  title: 'The root filesystem is read-only',
  why: 'An attacker cannot replace binaries or drop tools into a read-only filesystem.',
  rules: ['k8s-writable-root-filesystem'],
  passed: 'readOnlyRoot',
  problem(container) {
    return container.security.readOnlyRootFilesystem?.value === true ? null : { message: 'writableRoot', fix: 'fixReadOnlyRoot' };
  },
});

const seccomp = everyContainer({
  id: 'seccomp-profile',
  title: 'A seccomp profile is applied',
  why: 'Kubernetes runs containers without seccomp unless a profile is requested.',
  rules: ['k8s-seccomp-unconfined'],
  passed: 'seccomp',
  problem(container) {
    const type = container.security.seccompProfile?.value.type;
    if (type === 'RuntimeDefault' || type === 'Localhost') return null;
    return { message: type === 'Unconfined' ? 'seccompUnconfined' : 'seccompMissing', fix: 'fixSeccomp' };
  },
});

export const hardenedContainerGoals: Goal[] = [nonRoot, noEscalation, dropAll, readOnlyRoot, seccomp];

const RUNTIME_SOCKET_PATHS = [
  /(^|\/)(docker|containerd|crio|cri-dockerd|podman)\.sock$/,
  /^\/(var\/)?run\/?$/,
  /^\/(var\/)?run\/(containerd|crio|docker)\/?$/,
  /^\/var\/lib\/(docker|containerd)\/?$/,
  /^\/+$/,
];

/** A hostPath that is, or contains, a container runtime's API socket. */
export function isRuntimeSocketPath(path: string): boolean {
  return RUNTIME_SOCKET_PATHS.some((pattern) => pattern.test(path));
}

export const noRuntimeSocket: Goal = {
  id: 'no-runtime-socket',
  title: 'No runtime socket is mounted from the node',
  why: 'containerd, CRI-O and Docker sockets accept commands with the runtime\'s full authority: root on the node.',
  rules: ['k8s-container-runtime-socket'],
  messages: POD_SECURITY_MESSAGES,
  check(ctx) {
    for (const workload of ctx.kubernetes().workloads) {
      const volume = workload.volumes.find((v) => v.hostPath && isRuntimeSocketPath(v.hostPath.path));
      if (volume?.hostPath) {
        return say.fail('runtimeSocket', { fix: 'fixRuntimeSocket', data: { volume: volume.name, path: volume.hostPath.path }, line: volume.hostPath.span.line });
      }
    }
    return say.pass('noRuntimeSocket');
  },
};
