import type { Explanation, ProfileFacts, Subject, UserFacts } from '../../checker/explain/types';
import { terminalSafe } from '../terminal-safe';

const KIND_LABEL: Record<Subject['kind'], string> = {
  image: 'image (as docker run runs it with no flags)',
  'compose-service': 'Compose service',
  'docker-run': 'docker run',
  'kubernetes-container': 'Kubernetes',
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
  if (u.source === 'unknown' && u.uid === null) return 'unknown (the image is not among the files and not one Shipshape knows)';
  const ids = `uid ${u.uid ?? '?'}, gid ${u.gid ?? '?'}`;
  const where = u.place ? ` at ${u.place.file}:${u.place.line}` : '';
  return `${u.name ?? '?'} (${ids}), ${SOURCE_LABEL[u.source]}${where}`;
}

function profile(p: ProfileFacts): string {
  if (p.state === 'custom') return `${p.profile ?? '?'}${p.definedIn ? ` (defined in ${p.definedIn})` : ''}`;
  return p.state === 'runtime-default' ? 'runtime default' : 'unconfined';
}

function list(items: readonly string[] | null, none: string): string {
  if (items === null) return 'unknown';
  return items.length === 0 ? none : items.join(', ');
}

function subject(s: Subject): string[] {
  const image = s.image.dockerfile
    ? `${s.image.reference ?? 'built'} from ${s.image.dockerfile}${s.image.stage ? ` (stage ${s.image.stage.index}${s.image.stage.name ? ` "${s.image.stage.name}"` : ''}, FROM ${s.image.stage.base})` : ''}`
    : (s.image.reference ?? 'none');
  const ns = s.hostNamespaces;
  const shared = Object.entries(ns).filter(([k, v]) => v && k !== 'user').map(([k]) => k);
  const lines = [
    `${s.place.file}:${s.place.line} ${KIND_LABEL[s.kind]}: ${s.name}`,
    `  image           ${image}`,
    `  user            ${user(s.user)}`,
    `  runs as root    ${yesNo(s.runsAsRoot)}`,
    `  capabilities    ${list(s.capabilities.bounding, 'none')}`,
    `  effective       ${s.capabilities.effective === null ? 'unknown (depends on the user)' : list(s.capabilities.effective, 'none (not root)')}`,
    `  privileged      ${yesNo(s.privileged)}`,
    `  no-new-privs    ${yesNo(s.noNewPrivileges)}`,
    `  read-only root  ${yesNo(s.readOnlyRootFilesystem)}`,
    `  host namespaces ${shared.length === 0 ? 'none' : shared.join(', ')}${ns.user ? '; the user namespace too (no remapping)' : ''}`,
    `  mounts          ${s.mounts.length === 0 ? 'none' : s.mounts.map((m) => `${m.type} ${m.source ?? '(anonymous)'} -> ${m.target}${m.readOnly ? ' (ro)' : ''}`).join('; ')}`,
    `  seccomp         ${profile(s.seccomp)}`,
    `  AppArmor        ${profile(s.apparmor)}`,
  ];
  if (s.podSecurity) {
    lines.push(`  pod security    ${s.podSecurity.level} at Kubernetes ${s.podSecurity.version}`);
    for (const x of s.podSecurity.violations) lines.push(`    not ${x.level}: ${x.reason}${x.detail ? ` (${x.detail})` : ''}`);
  }
  for (const warning of s.warnings) lines.push(`  ! ${warning}`);
  return lines;
}

/** The explanation for a terminal: one block per subject, then the findings count and the notes. */
export function formatExplainText(result: Explanation): string {
  const blocks = result.subjects.map((s) => subject(s).map(terminalSafe).join('\n'));
  const findings = result.files.reduce((n, f) => n + f.findings.length, 0);
  const tail = [
    ...(findings > 0 ? [`${findings} finding${findings === 1 ? '' : 's'} in these files: shipshape lint ${result.files.map((f) => f.path).join(' ')} lists them.`] : []),
    ...result.notes.map((n) => terminalSafe(`Note: ${n}`)),
  ];
  const body = blocks.length === 0 ? ['Nothing in these files runs a container.'] : blocks;
  return `${[...body, ...(tail.length > 0 ? [tail.join('\n')] : [])].join('\n\n')}\n`;
}
