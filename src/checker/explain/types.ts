/**
 * The explanation's JSON shape, version 1. `explanation.schema.json` beside this file is the same
 * contract as a JSON Schema, and the README documents it: add fields, never rename or remove them.
 */
import type { Finding, Kind } from '../core/types';

export interface Place {
  file: string;
  line: number;
}

/** Where the user came from: a USER line, the base image, an earlier stage, the runtime's override, or nobody can tell. */
export type UserSource = 'user-instruction' | 'base-image' | 'earlier-stage' | 'runtime' | 'unknown';

export interface UserFacts {
  /** The user as written or known (`app`, `10001`, `root`); null when unknown. */
  name: string | null;
  uid: number | null;
  gid: number | null;
  source: UserSource;
  /** The line that set it (USER, FROM, `user:`, `runAsUser`, `-u`); null for an unknown user. */
  place: Place | null;
}

export interface ProfileFacts {
  /** runtime-default: the runtime's default profile; unconfined: none; custom: `profile`. */
  state: 'runtime-default' | 'unconfined' | 'custom';
  profile: string | null;
  /** For a custom AppArmor profile given among the files: the file that defines it. */
  definedIn: string | null;
}

export interface MountFacts {
  /** bind, volume, tmpfs (Docker), or the Kubernetes volume source (hostPath, emptyDir, configMap, ...). */
  type: string;
  /** Host path, volume name, or null. */
  source: string | null;
  target: string;
  readOnly: boolean;
}

export interface PodSecurityFacts {
  /** The strictest Pod Security Standards level met: privileged, baseline or restricted. */
  level: 'privileged' | 'baseline' | 'restricted';
  /** The Kubernetes version evaluated, e.g. "1.37". */
  version: string;
  /** Checks that fail, Baseline's first: what keeps the pod from the next level. */
  violations: { level: 'baseline' | 'restricted'; check: string; reason: string; detail: string }[];
}

/**
 * What the explanation says in its own words, by id with its data, so each language words it from
 * its catalogue (words.ts); `warnings` and `notes` keep the English sentences for readers of the JSON.
 */
export type ExplainMessage =
  | { id: 'user-override-root'; data: { imageUser: string; flag: '-u' | 'user:'; value: string } }
  | { id: 'apparmor-not-given'; data: { profile: string } }
  | { id: 'run-as-non-root-uid-0'; data: Record<string, never> }
  | { id: 'run-as-non-root-image-root'; data: Record<string, never> }
  | { id: 'run-as-non-root-named-user'; data: { user: string } }
  | { id: 'no-seccomp'; data: Record<string, never> }
  | { id: 'kind-unknown'; data: { path: string } }
  | { id: 'image-unknown'; data: { reference: string } }
  | { id: 'service-profiles-inactive'; data: { service: string; profiles: string[] } }
  | { id: 'service-build-missing'; data: { service: string; dockerfile: string } };

export type ExplainMessageId = ExplainMessage['id'];

/** A Kubernetes container's name in parts, so each language can word its role. */
export interface ContainerName {
  /** Deployment, Pod, CronJob, ... */
  workloadKind: string;
  /** Empty when the manifest gives none. */
  workloadName: string;
  role: 'container' | 'initContainer' | 'ephemeralContainer';
  /** The container's name; empty when the manifest gives none. */
  container: string;
}

export type SubjectKind = 'image' | 'compose-service' | 'docker-run' | 'kubernetes-container';

/** One thing that runs: an image run with `docker run`'s defaults, a Compose service, a `docker run` line or a Kubernetes container. */
export interface Subject {
  kind: SubjectKind;
  name: string;
  place: Place;
  image: {
    /** As the runtime names it; null for an image explained on its own. */
    reference: string | null;
    /** The Dockerfile among the inputs that builds it, when one does. */
    dockerfile: string | null;
    /** The stage that becomes the image (the final one, or the build target). */
    stage: { index: number; name: string | null; base: string } | null;
  };
  user: UserFacts;
  /** true: uid 0; false: certainly another uid; null: cannot tell. */
  runsAsRoot: boolean | null;
  capabilities: {
    /** The container's capability bounding set. */
    bounding: string[];
    /** What the process holds: the bounding set for root, none for another user (no ambient capabilities); null when the user is unknown. */
    effective: string[] | null;
    added: string[];
    dropped: string[];
  };
  privileged: boolean;
  /** no-new-privileges is set (Docker) or allowPrivilegeEscalation is false (Kubernetes), so setuid binaries cannot raise privileges. */
  noNewPrivileges: boolean;
  hostNamespaces: { network: boolean; pid: boolean; ipc: boolean; uts: boolean; user: boolean; cgroup: boolean };
  mounts: MountFacts[];
  seccomp: ProfileFacts;
  apparmor: ProfileFacts;
  readOnlyRootFilesystem: boolean;
  /** Kubernetes containers only: the level their pod meets. */
  podSecurity: PodSecurityFacts | null;
  /** What will go wrong at start or what the combination hides, in plain English words. */
  warnings: string[];
  /** The same warnings by message id, for wording them in another language. */
  warningMessages: ExplainMessage[];
  /** Kubernetes containers only: the name's parts. */
  containerName?: ContainerName;
}

export interface ExplainedFile {
  path: string;
  kind: Kind;
  findings: Finding[];
}

export interface Explanation {
  schemaVersion: 1;
  kubernetesVersion: string;
  subjects: Subject[];
  files: ExplainedFile[];
  /** What could not be matched or read, in plain English words. */
  notes: string[];
  /** The same notes by message id. */
  noteMessages: ExplainMessage[];
}
