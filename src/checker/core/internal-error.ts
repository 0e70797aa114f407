import type { Finding, Kind } from './types';

/** Rule id of the finding that stands in for a check that could not finish. */
export const INTERNAL_ERROR = 'internal-error';

export const KIND_LABEL: Record<Kind, string> = {
  dockerfile: 'Dockerfile',
  run: 'run script',
  apparmor: 'AppArmor profile',
  compose: 'Compose file',
  kubernetes: 'Kubernetes manifest',
  seccomp: 'seccomp profile',
};

type Cause = 'too-deep' | 'too-large' | 'bug';

/**
 * What went wrong, in words a learner can act on. The JavaScript engine's own texts ("Maximum call
 * stack size exceeded", "Invalid string length") say nothing to someone who wrote a Dockerfile.
 */
function causeOf(error: unknown): Cause {
  if (error instanceof RangeError) {
    if (/call stack/i.test(error.message)) return 'too-deep';
    if (/string length|array length|allocation/i.test(error.message)) return 'too-large';
  }
  return 'bug';
}

const CHECKER_MESSAGE: Record<Cause, (kind: string) => string> = {
  'too-deep': (kind) => `This ${kind} is nested too deeply for Shipshape to read, so it could not be checked and must not be taken as passing; reduce the nesting.`,
  'too-large': (kind) => `A value in this ${kind} grows too large to compute, so it could not be checked and must not be taken as passing; look for variables that expand to huge text.`,
  bug: (kind) => `Shipshape could not finish checking this ${kind} because of a fault in Shipshape, so it must not be taken as passing; please report the file.`,
};

const RULE_MESSAGE: Record<Cause, (rule: string) => string> = {
  'too-deep': (rule) => `The check ${rule} could not finish because the input is nested too deeply; its findings are missing, so this file must not be taken as passing.`,
  'too-large': (rule) => `The check ${rule} could not finish because a value in the input grows too large; its findings are missing, so this file must not be taken as passing.`,
  bug: (rule) => `The check ${rule} could not finish because of a fault in Shipshape; its findings are missing, so this file must not be taken as passing. Please report the file.`,
};

const AT_TOP = { line: 1, column: 1, endLine: 1, endColumn: 1 } as const;

/**
 * A crash is never a pass: the finding is an error, so a severity filter or a CI gate cannot drop it
 * and a grader cannot count the file as clean.
 */
export function checkerCrash(kind: Kind, error: unknown): Finding {
  return { ruleId: INTERNAL_ERROR, severity: 'error', message: CHECKER_MESSAGE[causeOf(error)](KIND_LABEL[kind]), ...AT_TOP };
}

export function ruleCrash(ruleId: string, error: unknown): Finding {
  return { ruleId: INTERNAL_ERROR, severity: 'error', message: RULE_MESSAGE[causeOf(error)](ruleId), ...AT_TOP };
}
