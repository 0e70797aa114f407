export { CHECKS, type CheckId, type CheckResult, type PolicyLevel } from './checks';
export { checksAt, evaluatePod, knownVersions, podSecurityLevel, type CheckOutcome, type PodSecurityEvaluation, type PodSecurityLevel } from './evaluate';
export { podInputFrom, type PodInput } from './pod';
export { LATEST, parseVersion, versionString, type Version } from './version';
