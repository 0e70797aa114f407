import type { Container, ProfileChoice, Setting, Workload } from '../kubernetes/model';
import { podSecurityLevel } from '../kubernetes/pod-security/evaluate';
import type { Version } from '../kubernetes/pod-security/version';
import { effectiveCapabilities } from '../run/capabilities';
import { numericId } from '../dockerfile/users';
import { effectiveOf, type ProfileIndex } from './docker';
import { overrideUser, type ImageFacts } from './image';
import type { ContainerName, ExplainMessage, MountFacts, Place, PodSecurityFacts, ProfileFacts, Subject, UserFacts } from './types';
import { subjectName, wordMessage } from './words';

function profile(choice: Setting<ProfileChoice> | undefined, privileged: boolean, whenUnset: ProfileFacts['state'], profiles: ProfileIndex | null): ProfileFacts {
  if (privileged) return { state: 'unconfined', profile: null, definedIn: null };
  const type = choice?.value.type;
  if (type === undefined) return { state: whenUnset, profile: null, definedIn: null };
  if (type === 'RuntimeDefault') return { state: 'runtime-default', profile: null, definedIn: null };
  if (type === 'Localhost') {
    const name = choice?.value.localhostProfile ?? null;
    return { state: 'custom', profile: name, definedIn: (profiles && name !== null && profiles.get(name)) || null };
  }
  return { state: 'unconfined', profile: null, definedIn: null };
}

/** runAsUser / runAsGroup (container, then pod) over the image's USER. */
function userOf(container: Container, image: ImageFacts, place: (line: number) => Place): UserFacts {
  const { runAsUser, runAsGroup } = container.security;
  if (!runAsUser) {
    return runAsGroup ? { ...image.user, gid: runAsGroup.value, source: image.user.source } : image.user;
  }
  const resolved = overrideUser(String(runAsUser.value), image.table, image.tableComplete);
  return {
    name: String(runAsUser.value),
    uid: runAsUser.value,
    gid: runAsGroup?.value ?? resolved.gid,
    source: 'runtime',
    place: place(runAsUser.span.line),
  };
}

/** The kubelet's own runAsNonRoot check (verifyRunAsNonRoot), which refuses to start the container. */
function runAsNonRootProblem(container: Container, image: ImageFacts): ExplainMessage | null {
  if (container.security.runAsNonRoot?.value !== true) return null;
  const runAsUser = container.security.runAsUser?.value;
  if (runAsUser !== undefined) return runAsUser === 0 ? { id: 'run-as-non-root-uid-0', data: {} } : null;
  const user = image.configUser;
  if (user === null) return null;
  const name = user.split(':')[0] ?? '';
  const uid = numericId(name);
  if (name === '' || uid === 0) return { id: 'run-as-non-root-image-root', data: {} };
  if (uid === null) return { id: 'run-as-non-root-named-user', data: { user: name } };
  return null;
}

function mountsOf(workload: Workload, container: Container): MountFacts[] {
  return container.mounts.map((m) => {
    const volume = workload.volumes.find((v) => v.name === m.name);
    const sources = workload.pod?.spec.volumes.find((v) => v.name === m.name)?.sources ?? [];
    if (volume?.hostPath) return { type: 'hostPath', source: volume.hostPath.path, target: m.mountPath, readOnly: m.readOnly };
    return { type: sources[0] ?? 'unknown', source: m.name, target: m.mountPath, readOnly: m.readOnly };
  });
}

function podSecurityOf(workload: Workload, version: Version): PodSecurityFacts | null {
  if (!workload.pod) return null;
  const result = podSecurityLevel(workload.pod, version);
  return {
    level: result.level,
    version: result.version,
    violations: [...result.baseline, ...result.restricted].map((r) => ({ level: r.level, check: r.id, reason: r.reason ?? '', detail: r.detail ?? '' })),
  };
}

/** One container of a Kubernetes workload with the image it runs, as the kubelet will start it. */
export function kubernetesSubject(
  workload: Workload,
  container: Container,
  image: ImageFacts,
  place: (line: number) => Place,
  profiles: ProfileIndex,
  version: Version,
): Subject {
  const sec = container.security;
  const privileged = sec.privileged?.value === true;
  const added = sec.capabilities?.add.map((c) => c.name) ?? [];
  const dropped = sec.capabilities?.drop.map((c) => c.name) ?? [];
  // containerd's default set is Docker's 14; CRI-O's default is smaller.
  const bounding = effectiveCapabilities(privileged, added, dropped);
  const user = userOf(container, image, place);
  const runsAsRoot = user.uid !== null ? user.uid === 0 : user.name === 'root' ? true : null;
  const warningMessages: ExplainMessage[] = [];
  const nonRoot = runAsNonRootProblem(container, image);
  if (nonRoot) warningMessages.push(nonRoot);
  if (sec.seccompProfile === undefined && !privileged) warningMessages.push({ id: 'no-seccomp', data: {} });
  const hostNetwork = workload.hostNetwork?.value === true;
  const containerName: ContainerName = { workloadKind: workload.kind, workloadName: workload.name, role: container.role, container: container.name };
  return {
    kind: 'kubernetes-container',
    name: subjectName(containerName),
    place: place(container.nameSpan.line),
    image: { reference: image.reference, dockerfile: image.dockerfile, stage: image.stage },
    user,
    runsAsRoot,
    capabilities: { bounding, effective: effectiveOf(bounding, runsAsRoot), added, dropped },
    privileged,
    noNewPrivileges: !sec.escalationPossible,
    hostNamespaces: {
      network: hostNetwork,
      pid: workload.hostPID?.value === true,
      ipc: workload.hostIPC?.value === true,
      // A pod on the host network also gets the node's hostname (UTS namespace).
      uts: hostNetwork,
      user: workload.hostUsers?.value !== false,
      cgroup: false,
    },
    mounts: mountsOf(workload, container),
    seccomp: profile(sec.seccompProfile, privileged, 'unconfined', null),
    apparmor: profile(sec.appArmorProfile, privileged, 'runtime-default', profiles),
    readOnlyRootFilesystem: sec.readOnlyRootFilesystem?.value === true,
    podSecurity: podSecurityOf(workload, version),
    warnings: warningMessages.map((w) => wordMessage(w)),
    warningMessages,
    containerName,
  };
}
