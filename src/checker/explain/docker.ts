import { DOCKER_DEFAULT_CAPABILITIES } from '../run/capabilities';
import type { ProfileState, RuntimeModel } from '../run/model';
import { overrideUser, type ImageFacts } from './image';
import type { ExplainMessage, Place, ProfileFacts, Subject, SubjectKind, UserFacts } from './types';
import { wordMessage } from './words';

/** Custom AppArmor profiles defined by the given files, by name. */
export type ProfileIndex = ReadonlyMap<string, string>;

function profile(state: ProfileState, privileged: boolean, profiles: ProfileIndex | null): ProfileFacts {
  if (privileged) return { state: 'unconfined', profile: null, definedIn: null };
  if (state.state === 'custom') return { state: 'custom', profile: state.profile, definedIn: (profiles && state.profile !== null && profiles.get(state.profile)) || null };
  return { state: state.state === 'default' ? 'runtime-default' : 'unconfined', profile: null, definedIn: null };
}

export function effectiveOf(bounding: string[], runsAsRoot: boolean | null): string[] | null {
  if (runsAsRoot === true) return bounding;
  return runsAsRoot === false ? [] : null;
}

function rootness(user: UserFacts): boolean | null {
  if (user.uid !== null) return user.uid === 0;
  return user.name === 'root' ? true : null;
}

/** The user a container runs as: the runtime's `-u` / `user:`, else the image's USER. */
function userOf(runtime: RuntimeModel, image: ImageFacts, place: (line: number) => Place): UserFacts {
  if (!runtime.user) return image.user;
  const resolved = overrideUser(runtime.user.value, image.table, image.tableComplete);
  return { ...resolved, source: 'runtime', place: place(runtime.user.span.line) };
}

/** A Compose service or `docker run` line with the image it runs, as Docker will start it. */
export function dockerSubject(
  kind: Extract<SubjectKind, 'compose-service' | 'docker-run'>,
  name: string,
  runtime: RuntimeModel,
  image: ImageFacts,
  place: (line: number) => Place,
  profiles: ProfileIndex,
): Subject {
  const privileged = runtime.privileged?.value === true;
  const user = userOf(runtime, image, place);
  const runsAsRoot = rootness(user);
  const warningMessages: ExplainMessage[] = [];
  if (runtime.user && runsAsRoot === true && image.user.uid !== null && image.user.uid !== 0) {
    warningMessages.push({ id: 'user-override-root', data: { imageUser: String(image.user.name ?? image.user.uid), flag: kind === 'docker-run' ? '-u' : 'user:', value: runtime.user.value } });
  }
  if (runtime.apparmor.state === 'custom' && runtime.apparmor.profile && !profiles.has(runtime.apparmor.profile) && !privileged) {
    warningMessages.push({ id: 'apparmor-not-given', data: { profile: runtime.apparmor.profile } });
  }
  return {
    kind,
    name,
    place: place(runtime.span.line),
    image: { reference: image.reference, dockerfile: image.dockerfile, stage: image.stage },
    user,
    runsAsRoot,
    capabilities: {
      bounding: runtime.capabilities,
      effective: effectiveOf(runtime.capabilities, runsAsRoot),
      added: runtime.capAdd.map((c) => c.name),
      dropped: runtime.capDrop.map((c) => c.name),
    },
    privileged,
    noNewPrivileges: runtime.noNewPrivileges?.value === true,
    hostNamespaces: {
      network: 'net' in runtime.hostNamespaces,
      pid: 'pid' in runtime.hostNamespaces,
      ipc: 'ipc' in runtime.hostNamespaces,
      uts: 'uts' in runtime.hostNamespaces,
      // Without userns-remap in the daemon (its default), every container shares the host's user namespace.
      user: true,
      cgroup: 'cgroupns' in runtime.hostNamespaces,
    },
    mounts: runtime.mounts.map((m) => ({ type: m.type, source: m.source, target: m.target, readOnly: m.readOnly })),
    seccomp: profile(runtime.seccomp, privileged, null),
    apparmor: profile(runtime.apparmor, privileged, profiles),
    readOnlyRootFilesystem: runtime.readOnlyRootfs?.value === true,
    podSecurity: null,
    warnings: warningMessages.map((w) => wordMessage(w)),
    warningMessages,
  };
}

/** An image on its own, as `docker run IMAGE` with no flags would run it. */
export function imageSubject(image: ImageFacts, place: Place): Subject {
  const bounding = [...DOCKER_DEFAULT_CAPABILITIES].sort();
  const runsAsRoot = rootness(image.user);
  return {
    kind: 'image',
    name: image.dockerfile ?? image.reference ?? 'image',
    place,
    image: { reference: image.reference, dockerfile: image.dockerfile, stage: image.stage },
    user: image.user,
    runsAsRoot,
    capabilities: { bounding, effective: effectiveOf(bounding, runsAsRoot), added: [], dropped: [] },
    privileged: false,
    noNewPrivileges: false,
    hostNamespaces: { network: false, pid: false, ipc: false, uts: false, user: true, cgroup: false },
    mounts: image.volumes.map((target) => ({ type: 'volume', source: null, target, readOnly: false })),
    seccomp: { state: 'runtime-default', profile: null, definedIn: null },
    apparmor: { state: 'runtime-default', profile: null, definedIn: null },
    readOnlyRootFilesystem: false,
    podSecurity: null,
    warnings: [],
    warningMessages: [],
  };
}
