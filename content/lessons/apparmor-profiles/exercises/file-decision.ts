import type { FileDecision, Profile } from '../../../../src/checker/apparmor/model';

/** The file accesses the AppArmor goals probe. */
export type ProbedAccess = 'read' | 'write' | 'link';

/**
 * Why a probed access is allowed or denied, worded by id: one message per outcome and kind of
 * access, with the same English as the checker's own reason (src/checker/apparmor/query.ts).
 */
export const FILE_DECISION_MESSAGES = {
  deniedRead: 'read {{path}} is denied: "{{rule}}" (line {{line}}) denies "r": the process may not read {{path}}. Deny rules win over any allow rule.',
  allowedRead: 'read {{path}} is allowed: "{{rule}}" (line {{line}}) allows the process to read {{path}}.',
  allowedAuditedRead: 'read {{path}} is allowed: "{{rule}}" (line {{line}}) allows the process to read {{path}}, and an audit rule logs it.',
  noRuleRead: 'read {{path}} is denied: No rule in profile {{profile}} allows it to read {{path}}; anything a profile does not allow is denied.',
  noRuleComplainRead: 'read {{path}} is allowed: No rule in profile {{profile}} allows it to read {{path}}; anything a profile does not allow is denied. Profile {{profile}} is in complain mode, so the access goes through and is only logged.',
  unconfinedRead: 'read {{path}} is allowed: Profile {{profile}} has flags=(unconfined), so it confines nothing.',
  deniedReadDir: 'read {{path}} is denied: "{{rule}}" (line {{line}}) denies "r": the process may not read (list) the directory {{path}}. Deny rules win over any allow rule.',
  allowedReadDir: 'read {{path}} is allowed: "{{rule}}" (line {{line}}) allows the process to read (list) the directory {{path}}.',
  allowedAuditedReadDir: 'read {{path}} is allowed: "{{rule}}" (line {{line}}) allows the process to read (list) the directory {{path}}, and an audit rule logs it.',
  noRuleReadDir: 'read {{path}} is denied: No rule in profile {{profile}} allows it to read (list) the directory {{path}}; anything a profile does not allow is denied.',
  noRuleComplainReadDir: 'read {{path}} is allowed: No rule in profile {{profile}} allows it to read (list) the directory {{path}}; anything a profile does not allow is denied. Profile {{profile}} is in complain mode, so the access goes through and is only logged.',
  unconfinedReadDir: 'read {{path}} is allowed: Profile {{profile}} has flags=(unconfined), so it confines nothing.',
  deniedWrite: 'write {{path}} is denied: "{{rule}}" (line {{line}}) denies "w": the process may not write {{path}}. Deny rules win over any allow rule.',
  allowedWrite: 'write {{path}} is allowed: "{{rule}}" (line {{line}}) allows the process to write {{path}}.',
  allowedAuditedWrite: 'write {{path}} is allowed: "{{rule}}" (line {{line}}) allows the process to write {{path}}, and an audit rule logs it.',
  noRuleWrite: 'write {{path}} is denied: No rule in profile {{profile}} allows it to write {{path}}; anything a profile does not allow is denied.',
  noRuleComplainWrite: 'write {{path}} is allowed: No rule in profile {{profile}} allows it to write {{path}}; anything a profile does not allow is denied. Profile {{profile}} is in complain mode, so the access goes through and is only logged.',
  unconfinedWrite: 'write {{path}} is allowed: Profile {{profile}} has flags=(unconfined), so it confines nothing.',
  deniedLink: 'link {{path}} is denied: "{{rule}}" (line {{line}}) denies "l": the process may not create a hard link named {{path}}. Deny rules win over any allow rule. ("l" is link, not list.)',
  allowedLink: 'link {{path}} is allowed: "{{rule}}" (line {{line}}) allows the process to create a hard link named {{path}}. ("l" is link, not list.)',
  allowedAuditedLink: 'link {{path}} is allowed: "{{rule}}" (line {{line}}) allows the process to create a hard link named {{path}}, and an audit rule logs it. ("l" is link, not list.)',
  noRuleLink: 'link {{path}} is denied: No rule in profile {{profile}} allows it to create a hard link named {{path}}; anything a profile does not allow is denied. ("l" is link, not list.)',
  noRuleComplainLink: 'link {{path}} is allowed: No rule in profile {{profile}} allows it to create a hard link named {{path}}; anything a profile does not allow is denied. ("l" is link, not list.) Profile {{profile}} is in complain mode, so the access goes through and is only logged.',
  unconfinedLink: 'link {{path}} is allowed: Profile {{profile}} has flags=(unconfined), so it confines nothing.',
} as const;

export type FileDecisionMessageId = keyof typeof FILE_DECISION_MESSAGES;

type Outcome = 'denied' | 'allowed' | 'allowedAudited' | 'noRule' | 'noRuleComplain' | 'unconfined';

function outcomeOf(profile: Profile, decision: FileDecision): Outcome {
  if (profile.mode === 'unconfined') return 'unconfined';
  if (decision.rule) return decision.allowed ? (decision.audited ? 'allowedAudited' : 'allowed') : 'denied';
  return decision.allowed ? 'noRuleComplain' : 'noRule';
}

function actionOf(path: string, access: ProbedAccess): 'Read' | 'ReadDir' | 'Write' | 'Link' {
  if (access === 'read') return path.endsWith('/') ? 'ReadDir' : 'Read';
  return access === 'write' ? 'Write' : 'Link';
}

/** The message that says what decided one probed access, and its values. */
export function decisionMessage(profile: Profile, path: string, access: ProbedAccess, decision: FileDecision): { id: FileDecisionMessageId; data: Record<string, string | number> } {
  return {
    id: `${outcomeOf(profile, decision)}${actionOf(path, access)}`,
    data: { path, profile: profile.name, rule: decision.rule?.text ?? '', line: decision.rule?.line ?? profile.line },
  };
}
