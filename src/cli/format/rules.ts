import type { RuleMeta } from '../../checker/core/types';
import { lessonUrl, ruleUrl } from '../../checker/registry/urls';

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - text.length));
}

/** An aligned table: id, severity, kinds, title. */
export function formatRulesText(rules: readonly RuleMeta[]): string {
  const idWidth = Math.max(2, ...rules.map((r) => r.id.length));
  const kindsOf = (r: RuleMeta): string => r.appliesTo.join(',');
  const kindWidth = Math.max(5, ...rules.map((r) => kindsOf(r).length));
  const header = `${pad('ID', idWidth)}  ${pad('SEVERITY', 8)}  ${pad('KINDS', kindWidth)}  TITLE`;
  const rows = rules.map((r) => `${pad(r.id, idWidth)}  ${pad(r.severity, 8)}  ${pad(kindsOf(r), kindWidth)}  ${r.title}`);
  return `${[header, ...rows].join('\n')}\n${rules.length} rules. shipshape rules RULE-ID explains one.\n`;
}

function indent(text: string): string {
  return text.split('\n').map((l) => `    ${l}`).join('\n');
}

/** Everything the rule's page on the site says, for reading offline. */
export function formatRuleDetail(rule: RuleMeta, siteUrl: string | undefined): string {
  const refs = Object.entries(rule.refs).map(([tool, ids]) => `${tool} ${(ids as string[]).join(', ')}`).join('; ');
  return [
    `${rule.id} (${rule.severity}; ${rule.appliesTo.join(', ')})`,
    rule.title,
    '',
    `Why: ${rule.why}`,
    `Fix: ${rule.fix}`,
    '',
    'Triggers it:',
    indent(rule.examples.bad),
    'Does not:',
    indent(rule.examples.good),
    '',
    `Lesson: ${lessonUrl(rule.lesson)} on the Shipshape site${siteUrl ? ` (${siteUrl})` : ''}`,
    ...(refs ? [`Same check elsewhere: ${refs}`] : []),
    '',
  ].join('\n');
}

export function formatRulesJson(rules: readonly RuleMeta[]): string {
  const out = rules.map((r) => ({
    id: r.id,
    title: r.title,
    severity: r.severity,
    appliesTo: r.appliesTo,
    url: ruleUrl(r.id),
    lesson: lessonUrl(r.lesson),
    why: r.why,
    fix: r.fix,
    examples: r.examples,
    refs: r.refs,
  }));
  return `${JSON.stringify({ rules: out }, null, 2)}\n`;
}
