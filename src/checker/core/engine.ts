import { ruleCrash } from './internal-error';
import { formatMessage } from './messages';
import { applySuppressions } from './suppressions';
import type { CheckOptions, Finding, Hit, KindChecker, Rule } from './types';

export interface Analysis<M> {
  model: M & { diagnostics: Finding[] };
  findings: Finding[];
}

/** A hit's English text: its message id looked up in the rule's messages. */
function messageOf<M>(rule: Rule<M>, hit: Hit): Pick<Finding, 'message' | 'messageId' | 'data'> {
  const template = rule.meta.messages[hit.messageId];
  // A rule naming a message it does not have is a fault of the rule; ruleCrash reports it as one.
  if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message "${hit.messageId}"`);
  return { message: formatMessage(template, hit.data), messageId: hit.messageId, ...(hit.data ? { data: hit.data } : {}) };
}

function toFinding<M>(rule: Rule<M>, hit: Hit): Finding {
  return {
    ruleId: rule.meta.id,
    severity: hit.severity ?? rule.meta.severity,
    ...messageOf(rule, hit),
    line: hit.line,
    column: hit.column ?? 1,
    endLine: hit.endLine ?? hit.line,
    endColumn: hit.endColumn ?? (hit.column ?? 1) + 1,
  };
}

/** Runs one rule, turning a crash into a finding: one broken rule must not hide the others. */
export function runRule<M>(rule: Rule<M>, model: M, options: CheckOptions = {}): Finding[] {
  try {
    return rule.check(model, options).map((hit) => toFinding(rule, hit));
  } catch (error) {
    return [ruleCrash(rule.meta.id, error)];
  }
}

export function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** Parses the text, runs every rule of its kind and applies inline suppressions. */
export function analyse<M>(checker: KindChecker<M>, text: string, options: CheckOptions = {}): Analysis<M> {
  const model = checker.parse(text);
  const findings = [...model.diagnostics];
  for (const rule of checker.rules) findings.push(...runRule(rule, model, options));
  return { model, findings: applySuppressions(text, findings).sort(byPosition) };
}
