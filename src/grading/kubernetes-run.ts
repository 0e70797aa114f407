import type { GoalContext, Unavailable } from '../checker/grading/exercise';
import type { Container, Workload } from '../checker/kubernetes/model';

/** The simulated terminal has no kubelet; the same request reaches the container runtime as these `docker run` options. */
function runtimeOptions(workload: Workload, container: Container): string[] {
  const options: string[] = [];
  const security = container.security;
  const user = security.runAsUser?.value;
  const group = security.runAsGroup?.value;
  if (user !== undefined) options.push(`--user ${user}${group !== undefined ? `:${group}` : ''}`);
  if (security.privileged?.value) options.push('--privileged');
  if (security.allowPrivilegeEscalation?.value === false) options.push('--security-opt no-new-privileges');
  for (const cap of security.capabilities?.drop ?? []) options.push(`--cap-drop ${cap.name}`);
  for (const cap of security.capabilities?.add ?? []) options.push(`--cap-add ${cap.name}`);
  // Without a seccompProfile the kubelet asks for none at all, unlike docker run.
  const seccomp = security.seccompProfile?.value.type;
  if (seccomp === undefined || seccomp === 'Unconfined') options.push('--security-opt seccomp=unconfined');
  const apparmor = security.appArmorProfile?.value;
  if (apparmor?.type === 'Unconfined') options.push('--security-opt apparmor=unconfined');
  else if (apparmor?.type === 'Localhost' && apparmor.localhostProfile) options.push(`--security-opt apparmor=${apparmor.localhostProfile}`);
  if (security.readOnlyRootFilesystem?.value) options.push('--read-only');
  for (const mount of container.mounts) {
    const hostPath = workload.volumes.find((v) => v.name === mount.name)?.hostPath?.path;
    // emptyDir and other pod volumes are writable scratch space, which a tmpfs stands in for.
    options.push(hostPath ? `-v ${hostPath}:${mount.mountPath}${mount.readOnly ? ':ro' : ''}` : `--tmpfs ${mount.mountPath}`);
  }
  if (workload.hostNetwork?.value) options.push('--network host');
  if (workload.hostPID?.value) options.push('--pid host');
  if (workload.hostIPC?.value) options.push('--ipc host');
  return options;
}

function firstContainer(ctx: GoalContext): { workload: Workload; container: Container } | null {
  for (const workload of ctx.kubernetes().workloads) {
    const container = workload.containers.find((c) => c.role === 'container' && c.image);
    if (container) return { workload, container };
  }
  return null;
}

const NO_CONTAINER: Unavailable = { unavailableId: 'no-container' };

/** The `docker run` that asks the runtime for what the first container of the manifest asks the kubelet for. */
export function kubernetesRunCommand(ctx: GoalContext): string | Unavailable {
  const found = firstContainer(ctx);
  if (!found?.container.image) return NO_CONTAINER;
  const { workload, container } = found;
  const name = container.name.replace(/[^A-Za-z0-9_.-]/g, '') || 'app';
  return ['docker run -d', `--name ${name}`, ...runtimeOptions(workload, container), container.image?.value ?? ''].join(' ');
}

/** Asks the engine whether that container is still running. */
export function kubernetesStatusCommand(ctx: GoalContext): string | Unavailable {
  const found = firstContainer(ctx);
  if (!found) return NO_CONTAINER;
  const name = found.container.name.replace(/[^A-Za-z0-9_.-]/g, '') || 'app';
  return `docker inspect -f '{{.State.Status}}' ${name}`;
}
