import type { Finding, Span } from '../core/types';
import type { PodInput } from './pod-security/pod';

/** Where an effective setting was written: the pod's securityContext, the container's, or a pod annotation. */
export type SettingSource = 'pod' | 'container' | 'annotation';

/** A value with the key that set it, so a finding can point at that key. */
export interface Setting<T> {
  value: T;
  /** Span of the key (for an annotation: of the annotation's key). */
  span: Span;
  source: SettingSource;
}

/** A seccomp or AppArmor profile choice: `type` as written (RuntimeDefault, Localhost, Unconfined, or anything else). */
export interface ProfileChoice {
  type: string;
  /** The profile name on the node when `type` is Localhost. */
  localhostProfile?: string;
}

export interface CapabilityEntry {
  /** Upper case, without a CAP_ prefix; "ALL" for all of them. */
  name: string;
  /** As written, for messages. */
  raw: string;
  span: Span;
}

export interface Capabilities {
  add: CapabilityEntry[];
  drop: CapabilityEntry[];
  /** Span of the `capabilities` key. */
  span: Span;
}

/** A deprecated `container.apparmor.security.beta.kubernetes.io/<container>` annotation. */
export interface AppArmorAnnotation {
  container: string;
  /** The value as written: runtime/default, localhost/<name>, unconfined, or something invalid. */
  value: string;
  /** What it means as a profile; null when the value is not one Kubernetes accepts. */
  profile: ProfileChoice | null;
  span: Span;
}

/**
 * The settings a container really runs with: the pod-level securityContext merged with the
 * container's own, where the container's value wins, as the kubelet does. Absent = set nowhere.
 */
export interface ContainerSecurity {
  privileged?: Setting<boolean>;
  runAsNonRoot?: Setting<boolean>;
  runAsUser?: Setting<number>;
  runAsGroup?: Setting<number>;
  /** As written; see `escalationPossible` for what it amounts to. */
  allowPrivilegeEscalation?: Setting<boolean>;
  /**
   * True unless allowPrivilegeEscalation is false and the container is neither privileged nor
   * given SYS_ADMIN (either of which implies escalation is allowed).
   */
  escalationPossible: boolean;
  /** Container-level only: the pod securityContext has no capabilities. */
  capabilities?: Capabilities;
  seccompProfile?: Setting<ProfileChoice>;
  /** From the appArmorProfile field (container, then pod) or, failing that, the deprecated annotation. */
  appArmorProfile?: Setting<ProfileChoice>;
  readOnlyRootFilesystem?: Setting<boolean>;
  procMount?: Setting<string>;
}

export interface ImageReference {
  /** As written. */
  value: string;
  /** The tag after the last colon of the name, if any. */
  tag?: string;
  /** The digest after `@`, if any (e.g. sha256:...). */
  digest?: string;
  span: Span;
}

export interface VolumeMount {
  /** Name of the pod volume it mounts. */
  name: string;
  mountPath: string;
  readOnly: boolean;
  span: Span;
}

export type ContainerRole = 'container' | 'initContainer' | 'ephemeralContainer';

export interface Container {
  name: string;
  role: ContainerRole;
  /** Span of the `name` key, or of the list item when the container has no name. */
  nameSpan: Span;
  image?: ImageReference;
  security: ContainerSecurity;
  /** The container's own `securityContext` key, when present. */
  securityContextSpan?: Span;
  mounts: VolumeMount[];
}

export interface HostPathVolume {
  path: string;
  /** The hostPath `type` (Directory, Socket, File, ...), when given. */
  type?: string;
  /** Span of the `path` key (or of `hostPath` when the path is missing). */
  span: Span;
}

export interface Volume {
  name: string;
  span: Span;
  hostPath?: HostPathVolume;
}

export const WORKLOAD_KINDS = [
  'Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'PodTemplate',
] as const;

export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

/** One pod specification found in the file, with the object that carries it. */
export interface Workload {
  kind: WorkloadKind;
  name: string;
  namespace?: string;
  /** 0-based index of the YAML document in the file. */
  document: number;
  /** Line of the object's `kind` key. */
  line: number;
  /** Span of the key holding the pod spec (`spec`, or `template.spec`, ...). */
  podSpecSpan: Span;
  hostNetwork?: Setting<boolean>;
  hostPID?: Setting<boolean>;
  hostIPC?: Setting<boolean>;
  /** false means the pod gets its own user namespace. */
  hostUsers?: Setting<boolean>;
  runtimeClassName?: Setting<string>;
  automountServiceAccountToken?: Setting<boolean>;
  /** The pod-level securityContext key, when present. */
  podSecurityContextSpan?: Span;
  appArmorAnnotations: AppArmorAnnotation[];
  volumes: Volume[];
  /** Containers, then init containers, then ephemeral containers. */
  containers: Container[];
  /** The pod as written (pod and container levels apart), for the Pod Security Standards; null when too large to read. */
  pod: PodInput | null;
}

/** A label as written: its value and where it is. */
export interface Label {
  value: string;
  span: Span;
}

/** A Namespace object of the file, with the labels Pod Security Admission reads. */
export interface NamespaceObject {
  name: string;
  document: number;
  /** Line of the object's `kind` key. */
  line: number;
  /** Span of `metadata.labels`, when present. */
  labelsSpan?: Span;
  labels: ReadonlyMap<string, Label>;
}

export interface KubernetesModel {
  workloads: Workload[];
  namespaces: NamespaceObject[];
  diagnostics: Finding[];
}
