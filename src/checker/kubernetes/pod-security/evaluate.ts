import { CHECKS, type CheckId, type CheckPod, type CheckResult, type PolicyLevel } from './checks';
import type { PodInput } from './pod';
import { LATEST, olderThan, v, versionString, type Version } from './version';

export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

export interface CheckOutcome extends CheckResult {
  id: CheckId;
  level: PolicyLevel;
  /** The Kubernetes version this revision of the check applies from, e.g. "1.25". */
  since: string;
}

export interface PodSecurityEvaluation {
  /** The strictest level the pod meets at this version. */
  level: PodSecurityLevel;
  /** The version evaluated (a newer one than Shipshape knows is evaluated as the newest it knows). */
  version: string;
  /** Failed checks of Baseline, then those Restricted adds: what stops the pod from meeting each level. */
  baseline: CheckOutcome[];
  restricted: CheckOutcome[];
}

interface Active {
  id: CheckId;
  level: PolicyLevel;
  since: Version;
  check: CheckPod;
  overrides: CheckId[];
}

/** The revision of each check in force at `version`; a check whose first revision is newer is absent. */
function activeAt(version: Version): Active[] {
  const out: Active[] = [];
  for (const check of CHECKS) {
    let current: Active | undefined;
    for (const revision of check.versions) {
      if (olderThan(version, revision.minimumVersion)) break;
      current = { id: check.id, level: check.level, since: revision.minimumVersion, check: revision.check, overrides: revision.overrides ?? [] };
    }
    if (current) out.push(current);
  }
  return out;
}

const cache = new Map<number, { baseline: Active[]; restricted: Active[] }>();

/**
 * The checks of each level at `version`, as the library's registry assembles them: Baseline's own
 * checks sorted by ID; Restricted's own checks plus the Baseline checks none of them overrides.
 */
export function checksAt(version: Version): { baseline: Active[]; restricted: Active[] } {
  const clamped = olderThan(LATEST, version) ? LATEST : version;
  const known = cache.get(clamped.minor);
  if (known) return known;
  const active = activeAt(clamped);
  const baseline = active.filter((c) => c.level === 'baseline').sort((a, b) => (a.id < b.id ? -1 : 1));
  const overridden = new Set(active.filter((c) => c.level === 'restricted').flatMap((c) => c.overrides));
  const restricted = [...baseline.filter((c) => !overridden.has(c.id)), ...active.filter((c) => c.level === 'restricted')];
  const sets = { baseline, restricted };
  cache.set(clamped.minor, sets);
  return sets;
}

function run(checks: readonly Active[], pod: PodInput): CheckOutcome[] {
  return checks.map((c) => ({ id: c.id, level: c.level, since: versionString(c.since), ...c.check(pod) }));
}

/** Every check of one level at one version, allowed or not. */
export function evaluatePod(pod: PodInput, level: PolicyLevel, version: Version = LATEST): CheckOutcome[] {
  return run(checksAt(version)[level], pod);
}

/** The Pod Security Standards level a pod meets at a Kubernetes version, and the checks that stop it from meeting more. */
export function podSecurityLevel(pod: PodInput, version: Version = LATEST): PodSecurityEvaluation {
  const clamped = olderThan(LATEST, version) ? LATEST : version;
  const baselineFailures = evaluatePod(pod, 'baseline', clamped).filter((r) => !r.allowed);
  const restrictedFailures = evaluatePod(pod, 'restricted', clamped).filter((r) => !r.allowed);
  const level: PodSecurityLevel = baselineFailures.length > 0 ? 'privileged' : restrictedFailures.length > 0 ? 'baseline' : 'restricted';
  return {
    level,
    version: versionString(clamped),
    baseline: baselineFailures,
    restricted: restrictedFailures.filter((r) => !baselineFailures.some((b) => b.id === r.id)),
  };
}

/** Every version with its own set of checks, for documentation and tests. */
export function knownVersions(): Version[] {
  return Array.from({ length: LATEST.minor + 1 }, (_, i) => v(i));
}
