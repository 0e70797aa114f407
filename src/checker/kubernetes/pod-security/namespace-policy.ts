/**
 * A namespace's Pod Security labels read as kubernetes/pod-security-admission's `api.PolicyToEvaluate`
 * reads them (api/helpers.go at 8f84a87c): the same label names, the same defaults, the same errors,
 * and the same fallbacks (an unreadable enforce level enforces `restricted`; an unreadable audit or
 * warn level fails open to `privileged`; an unreadable version means `latest`).
 */
import { evaluatePod, type PodSecurityLevel } from './evaluate';
import type { PodInput } from './pod';
import { LATEST, v, type Version } from './version';
import type { NamespaceObject } from '../model';

export const LABEL_PREFIX = 'pod-security.kubernetes.io/';

/** A namespace's labels as the API server keeps them, name to value; a namespace the file lacks has none. */
export function labelValues(ns: Pick<NamespaceObject, 'labels'> | undefined): Map<string, string> {
  return new Map([...(ns?.labels ?? [])].map(([name, label]) => [name, label.value]));
}
export type Mode = 'enforce' | 'audit' | 'warn';
export const MODES: readonly Mode[] = ['enforce', 'audit', 'warn'];

export interface LevelVersion {
  level: PodSecurityLevel;
  /** null means `latest`. */
  version: Version | null;
}

export type Policy = Record<Mode, LevelVersion>;

/** A label value the admission controller refuses, with its reason as the API server words it. */
export interface LabelError {
  label: string;
  value: string;
  reason: string;
}

const LEVELS: readonly PodSecurityLevel[] = ['privileged', 'baseline', 'restricted'];
const VERSION = /^v1\.([0-9]|[1-9][0-9]*)$/;

/** The cluster default when no AdmissionConfiguration says otherwise: everything privileged, at latest. */
export const DEFAULT_POLICY: Policy = {
  enforce: { level: 'privileged', version: null },
  audit: { level: 'privileged', version: null },
  warn: { level: 'privileged', version: null },
};

function parseLevel(value: string): PodSecurityLevel | null {
  return (LEVELS as readonly string[]).includes(value) ? (value as PodSecurityLevel) : null;
}

function parseVersion(value: string): Version | null | 'invalid' {
  if (value === 'latest') return null;
  const match = VERSION.exec(value);
  return match ? v(Number(match[1])) : 'invalid';
}

const RANK: Record<PodSecurityLevel, number> = { privileged: 0, baseline: 1, restricted: 2 };

export function policyFromLabels(labels: ReadonlyMap<string, string>, defaults: Policy = DEFAULT_POLICY): { policy: Policy; errors: LabelError[] } {
  const policy: Policy = { enforce: { ...defaults.enforce }, audit: { ...defaults.audit }, warn: { ...defaults.warn } };
  const errors: LabelError[] = [];
  if (labels.size === 0) return { policy, errors };
  let hasEnforceLevel = false;
  for (const mode of MODES) {
    const levelLabel = `${LABEL_PREFIX}${mode}`;
    const level = labels.get(levelLabel);
    if (level !== undefined) {
      const parsed = parseLevel(level);
      if (parsed === null) errors.push({ label: levelLabel, value: level, reason: `must be one of ${LEVELS.join(', ')}` });
      policy[mode].level = parsed ?? (mode === 'enforce' ? 'restricted' : 'privileged');
      if (mode === 'enforce') hasEnforceLevel = parsed !== null;
    }
    const versionLabel = `${LABEL_PREFIX}${mode}-version`;
    const version = labels.get(versionLabel);
    if (version !== undefined) {
      const parsed = parseVersion(version);
      if (parsed === 'invalid') errors.push({ label: versionLabel, value: version, reason: 'must be "latest" or "v1.x"' });
      policy[mode].version = parsed === 'invalid' ? null : parsed;
    }
  }
  // Warn defaults to a stricter enforce level when warn is not set, as the library does.
  if (!labels.has(`${LABEL_PREFIX}warn`) && hasEnforceLevel && RANK[policy.enforce.level] > RANK[policy.warn.level]) {
    policy.warn.level = policy.enforce.level;
    if (!labels.has(`${LABEL_PREFIX}warn-version`)) policy.warn.version = policy.enforce.version;
  }
  return { policy, errors };
}

/** "restricted:latest", "baseline:v1.36": how messages name a level at a version. */
export function levelVersionString(lv: LevelVersion): string {
  return `${lv.level}:${lv.version === null ? 'latest' : `v${lv.version.major}.${lv.version.minor}`}`;
}

export interface Verdict {
  allowed: boolean;
  /** Reasons joined as ForbiddenReason() does: "allowPrivilegeEscalation != false, unrestricted capabilities". */
  reason: string;
  /** Reasons with details as ForbiddenDetail() does. */
  detail: string;
  /** The failed checks by id, for pointing at the fields they read. */
  failed: { id: string; reason: string; detail: string }[];
}

/** A pod judged at one level and version, worded as AggregateCheckResults words it. */
export function judgePod(pod: PodInput, lv: LevelVersion): Verdict {
  if (lv.level === 'privileged') return { allowed: true, reason: '', detail: '', failed: [] };
  const version = lv.version ?? LATEST;
  const failed = evaluatePod(pod, lv.level, version)
    .filter((r) => !r.allowed)
    .map((r) => ({ id: r.id, reason: r.reason || 'unknown forbidden reason', detail: r.detail ?? '' }));
  return {
    allowed: failed.length === 0,
    reason: failed.map((f) => f.reason).join(', '),
    detail: failed.map((f) => (f.detail ? `${f.reason} (${f.detail})` : f.reason)).join(', '),
    failed,
  };
}
