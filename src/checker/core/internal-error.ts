import { formatMessage } from './messages';
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

export const KINDS = Object.keys(KIND_LABEL) as Kind[];

export type Cause = 'tooDeep' | 'tooLarge' | 'bug';

const CAUSES: readonly Cause[] = ['tooDeep', 'tooLarge', 'bug'];

/**
 * What went wrong, in words a learner can act on. The JavaScript engine's own texts ("Maximum call
 * stack size exceeded", "Invalid string length") say nothing to someone who wrote a Dockerfile.
 */
function causeOf(error: unknown): Cause {
  if (error instanceof RangeError) {
    if (/call stack/i.test(error.message)) return 'tooDeep';
    if (/string length|array length|allocation/i.test(error.message)) return 'tooLarge';
  }
  return 'bug';
}

/** `tooDeepCompose`: the checker's crash is one message per cause and kind, so the kind's name is a word of the message's language. */
export function checkerCrashId(cause: Cause, kind: Kind): string {
  return `${cause}${kind[0]?.toUpperCase() ?? ''}${kind.slice(1)}`;
}

/** `ruleTooDeep`: a rule's crash names the rule by id, which is code in every language. */
export function ruleCrashId(cause: Cause): string {
  return `rule${cause[0]?.toUpperCase() ?? ''}${cause.slice(1)}`;
}

/** The words of a language for the internal-error messages; `{{rule}}` is a rule id. */
export interface CrashWording {
  kindLabel: Readonly<Record<Kind, string>>;
  checker: Readonly<Record<Cause, (kind: string) => string>>;
  rule: Readonly<Record<Cause, string>>;
}

/** Every internal-error message of a language, by id. */
export function crashMessages(wording: CrashWording): Readonly<Record<string, string>> {
  const messages: Record<string, string> = {};
  for (const cause of CAUSES) {
    for (const kind of KINDS) messages[checkerCrashId(cause, kind)] = wording.checker[cause](wording.kindLabel[kind]);
    messages[ruleCrashId(cause)] = wording.rule[cause];
  }
  return messages;
}

export const INTERNAL_ERROR_MESSAGES = crashMessages({
  kindLabel: KIND_LABEL,
  checker: {
    tooDeep: (kind) => `This ${kind} is nested too deeply for Shipshape to read, so it could not be checked and must not be taken as passing; reduce the nesting.`,
    tooLarge: (kind) => `A value in this ${kind} grows too large to compute, so it could not be checked and must not be taken as passing; look for variables that expand to huge text.`,
    bug: (kind) => `Shipshape could not finish checking this ${kind} because of a fault in Shipshape, so it must not be taken as passing; please report the file.`,
  },
  rule: {
    tooDeep: 'The check {{rule}} could not finish because the input is nested too deeply; its findings are missing, so this file must not be taken as passing.',
    tooLarge: 'The check {{rule}} could not finish because a value in the input grows too large; its findings are missing, so this file must not be taken as passing.',
    bug: 'The check {{rule}} could not finish because of a fault in Shipshape; its findings are missing, so this file must not be taken as passing. Please report the file.',
  },
});

const AT_TOP = { line: 1, column: 1, endLine: 1, endColumn: 1 } as const;

function crash(messageId: string, data?: Finding['data']): Finding {
  const template = INTERNAL_ERROR_MESSAGES[messageId] ?? '';
  return { ruleId: INTERNAL_ERROR, severity: 'error', message: formatMessage(template, data), messageId, ...(data ? { data } : {}), ...AT_TOP };
}

/**
 * A crash is never a pass: the finding is an error, so a severity filter or a CI gate cannot drop it
 * and a grader cannot count the file as clean.
 */
export function checkerCrash(kind: Kind, error: unknown): Finding {
  return crash(checkerCrashId(causeOf(error), kind));
}

export function ruleCrash(ruleId: string, error: unknown): Finding {
  return crash(ruleCrashId(causeOf(error)), { rule: ruleId });
}
