import type { Goal, GoalResult } from '../../../../src/checker/grading/exercise';
import type { Container, KubernetesModel, Workload } from '../../../../src/checker/kubernetes/model';

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

/** What is still wrong with one container, and the change that fixes it. */
interface Problem {
  message: string;
  fix: string;
}

/**
 * A goal that every container of every workload in the file must meet. `problem` returns what is
 * still wrong with one container, or null when it is fine.
 */
export function everyContainer(
  spec: Omit<Goal, 'check'> & { passed: string; problem(container: Container, workload: Workload): Problem | null },
): Goal {
  return {
    id: spec.id,
    title: spec.title,
    why: spec.why,
    ...(spec.rules ? { rules: spec.rules } : {}),
    check(ctx): GoalResult {
      const placed = containersOf(ctx.kubernetes());
      if (placed.length === 0) return { pass: false, message: 'The file has no workload with a container yet.' };
      for (const { workload, container } of placed) {
        const problem = spec.problem(container, workload);
        if (problem) return { pass: false, message: `Container \`${container.name}\`: ${problem.message}`, fix: problem.fix, line: lineOf(container) };
      }
      return { pass: true, message: spec.passed };
    },
  };
}

const nonRoot = everyContainer({
  id: 'non-root',
  title: 'Runs as a verified non-root user and group',
  why: 'runAsNonRoot makes the kubelet refuse UID 0, but it can only check a numeric user; without runAsGroup the process may run in the root group.',
  rules: ['k8s-run-as-root'],
  passed: 'runAsNonRoot is set with a numeric, non-zero runAsUser and runAsGroup.',
  problem(container) {
    const { runAsNonRoot, runAsUser, runAsGroup } = container.security;
    const fix = 'Set `runAsNonRoot: true`, `runAsUser: 10001` and `runAsGroup: 10001` in the Pod\'s securityContext.';
    if (runAsNonRoot?.value !== true) return { message: 'nothing makes the kubelet refuse to start it as root (runAsNonRoot is not set).', fix };
    if (runAsUser === undefined) return { message: 'without a numeric runAsUser, the kubelet can only trust the image\'s USER, and refuses a named one.', fix };
    if (runAsUser.value === 0) return { message: '`runAsUser: 0` is root, which runAsNonRoot then refuses: the Pod never starts.', fix };
    if (runAsGroup === undefined) return { message: 'without runAsGroup the process gets the group of its UID in the image\'s /etc/passwd, or group 0 (root) when there is none.', fix };
    if (runAsGroup.value === 0) return { message: '`runAsGroup: 0` is the root group.', fix };
    return null;
  },
});

const noEscalation = everyContainer({
  id: 'no-privilege-escalation',
  title: 'Privilege escalation is off',
  why: 'Without it, setuid binaries and file capabilities can raise a process above the user it started as.',
  rules: ['k8s-allow-privilege-escalation', 'k8s-privileged'],
  passed: 'allowPrivilegeEscalation is false.',
  problem(container) {
    if (!container.security.escalationPossible) return null;
    const { privileged } = container.security;
    return privileged?.value
      ? { message: 'it is privileged, which allows every escalation whatever else is set.', fix: 'Remove `privileged: true`.' }
      : { message: 'setuid programs inside it can still raise its privileges.', fix: 'Set `allowPrivilegeEscalation: false` in the container\'s securityContext (and no privileged mode or SYS_ADMIN).' };
  },
});

const dropAll = everyContainer({
  id: 'drop-all-capabilities',
  title: 'All capabilities are dropped',
  why: 'Runtimes differ in their defaults (Docker 14, CRI-O and containerd 2 nine); dropping ALL does not depend on any of them.',
  rules: ['k8s-capabilities'],
  passed: 'capabilities drop ALL, nothing added back.',
  problem(container) {
    const caps = container.security.capabilities;
    if (!caps?.drop.some((c) => c.name === 'ALL')) return { message: 'it keeps whatever capabilities the node\'s runtime hands out by default.', fix: 'Add `capabilities: { drop: ["ALL"] }` to its securityContext.' };
    const added = caps.add[0];
    return added ? { message: `it adds \`${added.raw}\` back, which the app does not need.`, fix: `Remove \`${added.raw}\` from capabilities.add.` } : null;
  },
});

const readOnlyRoot = everyContainer({
  id: 'read-only-root',
  title: 'The root filesystem is read-only',
  why: 'An attacker cannot replace binaries or drop tools into a read-only filesystem.',
  rules: ['k8s-writable-root-filesystem'],
  passed: 'readOnlyRootFilesystem is true.',
  problem(container) {
    return container.security.readOnlyRootFilesystem?.value === true
      ? null
      : { message: 'its root filesystem is writable, so an attacker can drop tools or replace binaries.', fix: 'Set `readOnlyRootFilesystem: true`, and mount an emptyDir where the app writes.' };
  },
});

const seccomp = everyContainer({
  id: 'seccomp-profile',
  title: 'A seccomp profile is applied',
  why: 'Kubernetes runs containers without seccomp unless a profile is requested.',
  rules: ['k8s-seccomp-unconfined'],
  passed: 'A RuntimeDefault or Localhost seccomp profile is set.',
  problem(container) {
    const type = container.security.seccompProfile?.value.type;
    if (type === 'RuntimeDefault' || type === 'Localhost') return null;
    return { message: type === 'Unconfined' ? 'seccomp is switched off (Unconfined), so every system call is open to it.' : 'no seccomp profile is requested, and Kubernetes then applies none: every system call is open to it.', fix: 'Set `seccompProfile: { type: RuntimeDefault }`.' };
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
  check(ctx) {
    for (const workload of ctx.kubernetes().workloads) {
      const volume = workload.volumes.find((v) => v.hostPath && isRuntimeSocketPath(v.hostPath.path));
      if (volume?.hostPath) {
        return {
          pass: false,
          message: `Volume \`${volume.name}\` mounts ${volume.hostPath.path} from the node, so whoever takes over the Pod can create containers on that node as root.`,
          fix: `Delete the \`${volume.name}\` volume and the volumeMount that uses it.`,
          line: volume.hostPath.span.line,
        };
      }
    }
    return { pass: true, message: 'No runtime socket is reachable from the Pod.' };
  },
};
