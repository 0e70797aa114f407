import type { ProfileFacts, Subject, UserFacts } from './types';

/** One line of an explanation for people: the CLI's text output and the /explain/ page both show these. */
export interface Fact {
  key: string;
  label: string;
  value: string;
}

export const KIND_LABEL: Record<Subject['kind'], string> = {
  image: 'Image, as docker run runs it with no flags',
  'compose-service': 'Compose service',
  'docker-run': 'docker run',
  'kubernetes-container': 'Kubernetes container',
};

const SOURCE_LABEL: Record<UserFacts['source'], string> = {
  'user-instruction': 'from USER',
  'base-image': 'from the base image',
  'earlier-stage': 'from an earlier stage',
  runtime: 'set by the runtime',
  unknown: 'unknown',
};

function yesNo(value: boolean | null): string {
  return value === null ? 'unknown' : value ? 'yes' : 'no';
}

function user(u: UserFacts): string {
  if (u.source === 'unknown' && u.uid === null) return 'unknown: the image is not built by a given file and not one Shipshape knows';
  const where = u.place ? ` at ${u.place.file}:${u.place.line}` : '';
  return `${u.name ?? '?'} (uid ${u.uid ?? '?'}, gid ${u.gid ?? '?'}), ${SOURCE_LABEL[u.source]}${where}`;
}

function profile(p: ProfileFacts): string {
  if (p.state === 'custom') return `${p.profile ?? '?'}${p.definedIn ? ` (defined in ${p.definedIn})` : ''}`;
  return p.state === 'runtime-default' ? 'runtime default' : 'unconfined';
}

function list(items: readonly string[] | null, none: string): string {
  if (items === null) return 'unknown (depends on the user)';
  return items.length === 0 ? none : items.join(', ');
}

function image(s: Subject): string {
  if (!s.image.dockerfile) return s.image.reference ?? 'none';
  const stage = s.image.stage;
  const where = stage ? ` (stage ${stage.index}${stage.name ? ` "${stage.name}"` : ''}, FROM ${stage.base})` : '';
  return `${s.image.reference ?? 'built'} from ${s.image.dockerfile}${where}`;
}

/** The facts of one subject, in the order people read them. */
export function describeSubject(s: Subject): Fact[] {
  const ns = s.hostNamespaces;
  const shared = Object.entries(ns).filter(([k, v]) => v && k !== 'user').map(([k]) => k);
  const facts: Fact[] = [
    { key: 'image', label: 'Image', value: image(s) },
    { key: 'user', label: 'User', value: user(s.user) },
    { key: 'root', label: 'Runs as root', value: yesNo(s.runsAsRoot) },
    { key: 'capabilities', label: 'Capabilities', value: list(s.capabilities.bounding, 'none') },
    { key: 'effective', label: 'Effective capabilities', value: list(s.capabilities.effective, 'none (not root)') },
    { key: 'privileged', label: 'Privileged', value: yesNo(s.privileged) },
    { key: 'no-new-privileges', label: 'No new privileges', value: yesNo(s.noNewPrivileges) },
    { key: 'read-only', label: 'Read-only root', value: yesNo(s.readOnlyRootFilesystem) },
    { key: 'namespaces', label: 'Host namespaces', value: `${shared.length === 0 ? 'none' : shared.join(', ')}${ns.user ? '; the user namespace too (no remapping)' : ''}` },
    { key: 'mounts', label: 'Mounts', value: s.mounts.length === 0 ? 'none' : s.mounts.map((m) => `${m.type} ${m.source ?? '(anonymous)'} -> ${m.target}${m.readOnly ? ' (ro)' : ''}`).join('; ') },
    { key: 'seccomp', label: 'Seccomp', value: profile(s.seccomp) },
    { key: 'apparmor', label: 'AppArmor', value: profile(s.apparmor) },
  ];
  if (s.podSecurity) facts.push({ key: 'pod-security', label: 'Pod Security', value: `${s.podSecurity.level} at Kubernetes ${s.podSecurity.version}` });
  return facts;
}

/** Why the pod does not meet the next level, one line per failing check. */
export function describeViolations(s: Subject): string[] {
  return (s.podSecurity?.violations ?? []).map((x) => `not ${x.level}: ${x.reason}${x.detail ? ` (${x.detail})` : ''}`);
}
