import type { ProfileFacts, Subject, UserFacts } from './types';
import { explainEn, type ExplainWords } from './words';

/** One line of an explanation for people: the CLI's text output and the /explain/ page both show these. */
export interface Fact {
  key: string;
  label: string;
  value: string;
}

function yesNo(value: boolean | null, w: ExplainWords): string {
  return value === null ? w.unknown : value ? w.yes : w.no;
}

function user(u: UserFacts, w: ExplainWords): string {
  if (u.source === 'unknown' && u.uid === null) return w.unknownUser;
  const where = u.place ? `${u.place.file}:${u.place.line}` : null;
  return w.user(u.name ?? '?', String(u.uid ?? '?'), String(u.gid ?? '?'), w.source[u.source], where);
}

function profile(p: ProfileFacts, w: ExplainWords): string {
  if (p.state === 'custom') return w.customProfile(p.profile ?? '?', p.definedIn);
  return w.profileState[p.state];
}

function list(items: readonly string[] | null, none: string, w: ExplainWords): string {
  if (items === null) return w.dependsOnUser;
  return items.length === 0 ? none : items.join(', ');
}

function image(s: Subject, w: ExplainWords): string {
  if (!s.image.dockerfile) return s.image.reference ?? w.none;
  return w.builtImage(s.image.reference, s.image.dockerfile, s.image.stage);
}

/** The facts of one subject, in the order people read them, in the words given (English by default). */
export function describeSubject(s: Subject, w: ExplainWords = explainEn): Fact[] {
  const ns = s.hostNamespaces;
  const shared = Object.entries(ns).filter(([k, v]) => v && k !== 'user').map(([k]) => k);
  const mounts = s.mounts.map((m) => `${m.type} ${m.source ?? w.anonymous} -> ${m.target}${m.readOnly ? w.readOnlyMount : ''}`);
  const facts: Fact[] = [
    { key: 'image', label: w.label.image, value: image(s, w) },
    { key: 'user', label: w.label.user, value: user(s.user, w) },
    { key: 'root', label: w.label.root, value: yesNo(s.runsAsRoot, w) },
    { key: 'capabilities', label: w.label.capabilities, value: list(s.capabilities.bounding, w.none, w) },
    { key: 'effective', label: w.label.effective, value: list(s.capabilities.effective, w.noneNotRoot, w) },
    { key: 'privileged', label: w.label.privileged, value: yesNo(s.privileged, w) },
    { key: 'no-new-privileges', label: w.label.noNewPrivileges, value: yesNo(s.noNewPrivileges, w) },
    { key: 'read-only', label: w.label.readOnly, value: yesNo(s.readOnlyRootFilesystem, w) },
    { key: 'namespaces', label: w.label.namespaces, value: `${shared.length === 0 ? w.none : shared.join(', ')}${ns.user ? w.userNamespaceToo : ''}` },
    { key: 'mounts', label: w.label.mounts, value: mounts.length === 0 ? w.none : mounts.join('; ') },
    { key: 'seccomp', label: w.label.seccomp, value: profile(s.seccomp, w) },
    { key: 'apparmor', label: w.label.apparmor, value: profile(s.apparmor, w) },
  ];
  if (s.podSecurity) facts.push({ key: 'pod-security', label: w.label.podSecurity, value: w.podSecurityLevel(s.podSecurity.level, s.podSecurity.version) });
  return facts;
}

/** Why the pod does not meet the next level, one line per failing check (admission's own reasons, as it words them). */
export function describeViolations(s: Subject, w: ExplainWords = explainEn): string[] {
  return (s.podSecurity?.violations ?? []).map((x) => w.violation(x.level, x.reason, x.detail));
}
