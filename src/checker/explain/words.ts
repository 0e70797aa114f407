import type { Locale } from '../../i18n/locales';
import type { ContainerName, ExplainMessage, ExplainMessageId, ProfileFacts, Subject, SubjectKind, UserFacts } from './types';
import { explainZhCn } from './words.zh-cn';

type MessageData<K extends ExplainMessageId> = Extract<ExplainMessage, { id: K }>['data'];

/**
 * The explanation's words for people, one catalogue per language: labels, values and the sentences
 * of its warnings and notes by message id. What the files say (names, paths, capabilities, Pod
 * Security admission's own reasons) is shown as written.
 */
export interface ExplainWords {
  kind: Record<SubjectKind, string>;
  role: Record<NonNullable<Subject['containerName']>['role'], string>;
  unnamed: string;
  label: {
    image: string; user: string; root: string; capabilities: string; effective: string; privileged: string;
    noNewPrivileges: string; readOnly: string; namespaces: string; mounts: string; seccomp: string; apparmor: string;
    podSecurity: string;
  };
  source: Record<UserFacts['source'], string>;
  yes: string;
  no: string;
  unknown: string;
  none: string;
  noneNotRoot: string;
  dependsOnUser: string;
  unknownUser: string;
  user(name: string, uid: string, gid: string, source: string, where: string | null): string;
  customProfile(profile: string, definedIn: string | null): string;
  profileState: Record<Exclude<ProfileFacts['state'], 'custom'>, string>;
  builtImage(reference: string | null, dockerfile: string, stage: { index: number; name: string | null; base: string } | null): string;
  userNamespaceToo: string;
  anonymous: string;
  readOnlyMount: string;
  podSecurityLevel(level: string, version: string): string;
  violation(level: string, reason: string, detail: string): string;
  messages: { [K in ExplainMessageId]: (data: MessageData<K>) => string };
  /** A subject's heading: its kind, then its name. */
  heading(kind: string, name: string): string;
  /** The CLI's text output around the subjects. */
  findingsInFiles(count: number, command: string): string;
  note(text: string): string;
  nothing: string;
}

export const explainEn: ExplainWords = {
  kind: {
    image: 'Image, as docker run runs it with no flags',
    'compose-service': 'Compose service',
    'docker-run': 'docker run',
    'kubernetes-container': 'Kubernetes container',
  },
  role: { container: 'container', initContainer: 'init container', ephemeralContainer: 'ephemeral container' },
  unnamed: '(unnamed)',
  label: {
    image: 'Image', user: 'User', root: 'Runs as root', capabilities: 'Capabilities', effective: 'Effective capabilities',
    privileged: 'Privileged', noNewPrivileges: 'No new privileges', readOnly: 'Read-only root', namespaces: 'Host namespaces',
    mounts: 'Mounts', seccomp: 'Seccomp', apparmor: 'AppArmor', podSecurity: 'Pod Security',
  },
  source: {
    'user-instruction': 'from USER',
    'base-image': 'from the base image',
    'earlier-stage': 'from an earlier stage',
    runtime: 'set by the runtime',
    unknown: 'unknown',
  },
  yes: 'yes',
  no: 'no',
  unknown: 'unknown',
  none: 'none',
  noneNotRoot: 'none (not root)',
  dependsOnUser: 'unknown (depends on the user)',
  unknownUser: 'unknown: the image is not built by a given file and not one Shipshape knows',
  user: (name, uid, gid, source, where) => `${name} (uid ${uid}, gid ${gid}), ${source}${where ? ` at ${where}` : ''}`,
  customProfile: (profile, definedIn) => `${profile}${definedIn ? ` (defined in ${definedIn})` : ''}`,
  profileState: { 'runtime-default': 'runtime default', unconfined: 'unconfined' },
  builtImage: (reference, dockerfile, stage) =>
    `${reference ?? 'built'} from ${dockerfile}${stage ? ` (stage ${stage.index}${stage.name ? ` "${stage.name}"` : ''}, FROM ${stage.base})` : ''}`,
  userNamespaceToo: '; the user namespace too (no remapping)',
  anonymous: '(anonymous)',
  readOnlyMount: ' (ro)',
  podSecurityLevel: (level, version) => `${level} at Kubernetes ${version}`,
  violation: (level, reason, detail) => `not ${level}: ${reason}${detail ? ` (${detail})` : ''}`,
  messages: {
    'user-override-root': ({ imageUser, flag, value }) => `The image sets a non-root user (${imageUser}), but ${flag} ${value} runs it as root.`,
    'apparmor-not-given': ({ profile }) =>
      `AppArmor profile "${profile}" is not among the given files; it must be loaded on the host (apparmor_parser -r) or the container will not start.`,
    'run-as-non-root-uid-0': () => 'runAsNonRoot is true but runAsUser is 0: the kubelet refuses to start the container.',
    'run-as-non-root-image-root': () =>
      'runAsNonRoot is true but the image runs as root: the kubelet refuses to start it ("container has runAsNonRoot and image will run as root"); set runAsUser or a numeric non-root USER.',
    'run-as-non-root-named-user': ({ user }) =>
      `runAsNonRoot is true but the image's USER is the name "${user}", which the kubelet cannot check: it refuses to start the container ("image has non-numeric user"); use a numeric USER or set runAsUser.`,
    'no-seccomp': () =>
      'No seccomp profile is set, so Kubernetes runs the container Unconfined unless the kubelet runs with --seccomp-default; set seccompProfile.type: RuntimeDefault.',
    'kind-unknown': ({ path }) => `${path}: its kind cannot be told from its name or content, so it was left out.`,
    'image-unknown': ({ reference }) =>
      `No given Dockerfile builds ${reference} and Shipshape does not know that image, so its user is unknown; add the Dockerfile, and a Compose service with build: and image: ${reference} to link them.`,
    'service-profiles-inactive': ({ service, profiles }) => `Service "${service}" is left out: its profiles (${profiles.join(', ')}) are not active.`,
    'service-build-missing': ({ service, dockerfile }) =>
      `Service "${service}" builds ${dockerfile}, which is not among the given files; its image's user is unknown.`,
  },
  heading: (kind, name) => `${kind}: ${name}`,
  findingsInFiles: (count, command) => `${count} finding${count === 1 ? '' : 's'} in these files: ${command} lists them.`,
  note: (text) => `Note: ${text}`,
  nothing: 'Nothing in these files runs a container.',
};

const CATALOGUES: Record<Locale, ExplainWords> = { en: explainEn, 'zh-cn': explainZhCn };

export function explainWords(locale: Locale): ExplainWords {
  return CATALOGUES[locale];
}

/** One message in a language's words. */
export function wordMessage(message: ExplainMessage, words: ExplainWords = explainEn): string {
  const format = words.messages[message.id] as (data: ExplainMessage['data']) => string;
  return format(message.data);
}

/** A Kubernetes container's name as people read it: "Deployment/api container api". */
export function subjectName(name: ContainerName, words: ExplainWords = explainEn): string {
  return `${name.workloadKind}/${name.workloadName || words.unnamed} ${words.role[name.role]} ${name.container || words.unnamed}`;
}

/** A subject's name in a language: a Kubernetes container's role is worded, other names are as written. */
export function subjectTitle(subject: Subject, words: ExplainWords = explainEn): string {
  return subject.containerName ? subjectName(subject.containerName, words) : subject.name;
}
