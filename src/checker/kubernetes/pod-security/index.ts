export { CHECKS, type CheckId, type CheckResult, type PolicyLevel } from './checks';
export { checksAt, evaluatePod, knownVersions, podSecurityLevel, type CheckOutcome, type PodSecurityEvaluation, type PodSecurityLevel } from './evaluate';
export { podInputFrom, type PodInput } from './pod';
export { LATEST, parseVersion, versionString, type Version } from './version';
export { DEFAULT_POLICY, LABEL_PREFIX, MODES, judgePod, labelValues, levelVersionString, policyFromLabels, type LabelError, type LevelVersion, type Mode, type Policy, type Verdict } from './namespace-policy';
