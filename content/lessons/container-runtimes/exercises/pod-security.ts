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

/**
 * A goal that every container of every workload in the file must meet. `problem` returns what is
 * still wrong with one container, or null when it is fine.
 */
export function everyContainer(
  spec: Omit<Goal, 'check'> & { passed: string; problem(container: Container, workload: Workload): string | null },
): Goal {
  return {
    id: spec.id,
    title: spec.title,
    why: spec.why,
    check(ctx): GoalResult {
      const placed = containersOf(ctx.kubernetes());
      if (placed.length === 0) return { pass: false, message: 'The file needs a workload with at least one container.' };
      for (const { workload, container } of placed) {
        const problem = spec.problem(container, workload);
        if (problem) return { pass: false, message: `Container \`${container.name}\`: ${problem}`, line: lineOf(container) };
      }
      return { pass: true, message: spec.passed };
    },
  };
}

const nonRoot = everyContainer({
  id: 'non-root',
  title: 'Runs as a verified non-root UID',
  why: 'runAsNonRoot makes the kubelet refuse UID 0, but it can only check a numeric user.',
  passed: 'runAsNonRoot is set with a numeric, non-zero runAsUser.',
  problem(container) {
    const { runAsNonRoot, runAsUser } = container.security;
    if (runAsNonRoot?.value !== true) return 'set `runAsNonRoot: true`.';
    if (runAsUser === undefined) return 'set a numeric `runAsUser` so the kubelet can verify the user is not root.';
    if (runAsUser.value === 0) return '`runAsUser: 0` is root; pick a non-zero UID such as 10001.';
    return null;
  },
});

const noEscalation = everyContainer({
  id: 'no-privilege-escalation',
  title: 'Privilege escalation is off',
  why: 'Without it, setuid binaries and file capabilities can raise a process above the user it started as.',
  passed: 'allowPrivilegeEscalation is false.',
  problem(container) {
    return container.security.escalationPossible ? 'set `allowPrivilegeEscalation: false` (and no privileged mode or SYS_ADMIN).' : null;
  },
});

const dropAll = everyContainer({
  id: 'drop-all-capabilities',
  title: 'All capabilities are dropped',
  why: 'Runtimes differ in their defaults (Docker 14, CRI-O and containerd 2 nine); dropping ALL does not depend on any of them.',
  passed: 'capabilities drop ALL, nothing added back.',
  problem(container) {
    const caps = container.security.capabilities;
    if (!caps?.drop.some((c) => c.name === 'ALL')) return 'add `capabilities: { drop: ["ALL"] }` to its securityContext.';
    const added = caps.add[0];
    return added ? `remove \`${added.raw}\` from capabilities.add; the app needs none.` : null;
  },
});

const readOnlyRoot = everyContainer({
  id: 'read-only-root',
  title: 'The root filesystem is read-only',
  why: 'An attacker cannot replace binaries or drop tools into a read-only filesystem.',
  passed: 'readOnlyRootFilesystem is true.',
  problem(container) {
    return container.security.readOnlyRootFilesystem?.value === true ? null : 'set `readOnlyRootFilesystem: true`; mount an emptyDir where the app writes.';
  },
});

const seccomp = everyContainer({
  id: 'seccomp-profile',
  title: 'A seccomp profile is applied',
  why: 'Kubernetes runs containers without seccomp unless a profile is requested.',
  passed: 'A RuntimeDefault or Localhost seccomp profile is set.',
  problem(container) {
    const type = container.security.seccompProfile?.value.type;
    return type === 'RuntimeDefault' || type === 'Localhost' ? null : 'set `seccompProfile: { type: RuntimeDefault }`.';
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
  check(ctx) {
    for (const workload of ctx.kubernetes().workloads) {
      const volume = workload.volumes.find((v) => v.hostPath && isRuntimeSocketPath(v.hostPath.path));
      if (volume?.hostPath) {
        return {
          pass: false,
          message: `Volume \`${volume.name}\` mounts ${volume.hostPath.path} from the node; remove it and its volumeMount.`,
          line: volume.hostPath.span.line,
        };
      }
    }
    return { pass: true, message: 'No runtime socket is reachable from the Pod.' };
  },
};
