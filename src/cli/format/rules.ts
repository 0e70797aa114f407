import type { RuleMeta } from '../../checker/core/types';
import { ruleText } from '../../checker/i18n';
import { lessonUrl, ruleUrl } from '../../checker/registry/urls';
import type { Locale } from '../../i18n/locales';
import { cliMessages } from '../messages';

/** Columns measured in terminal cells: a CJK character takes two. */
function width(text: string): number {
  let cells = 0;
  for (const ch of text) cells += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return cells;
}

function pad(text: string, cells: number): string {
  return text + ' '.repeat(Math.max(0, cells - width(text)));
}

/** An aligned table: id, severity, kinds, title (in the language; ids, severities and kinds as the configuration writes them). */
export function formatRulesText(rules: readonly RuleMeta[], locale: Locale = 'en'): string {
  const m = cliMessages(locale).rules;
  const idWidth = Math.max(width(m.header.id), ...rules.map((r) => r.id.length));
  const kindsOf = (r: RuleMeta): string => r.appliesTo.join(',');
  const severityWidth = Math.max(8, width(m.header.severity));
  const kindWidth = Math.max(5, width(m.header.kinds), ...rules.map((r) => kindsOf(r).length));
  const header = `${pad(m.header.id, idWidth)}  ${pad(m.header.severity, severityWidth)}  ${pad(m.header.kinds, kindWidth)}  ${m.header.title}`;
  const rows = rules.map((r) => `${pad(r.id, idWidth)}  ${pad(r.severity, severityWidth)}  ${pad(kindsOf(r), kindWidth)}  ${ruleText(r, locale).title}`);
  return `${[header, ...rows].join('\n')}\n${m.count(rules.length)}\n`;
}

function indent(text: string): string {
  return text.split('\n').map((l) => `    ${l}`).join('\n');
}

/** Everything the rule's page on the site says, for reading offline. */
export function formatRuleDetail(rule: RuleMeta, siteUrl: string | undefined, locale: Locale = 'en'): string {
  const m = cliMessages(locale).rules;
  const text = ruleText(rule, locale);
  const refs = Object.entries(rule.refs).map(([tool, ids]) => `${tool} ${(ids as string[]).join(', ')}`).join('; ');
  return [
    `${rule.id} (${rule.severity}; ${rule.appliesTo.join(', ')})`,
    text.title,
    '',
    `${m.why} ${text.why}`,
    `${m.fix} ${text.fix}`,
    '',
    m.bad,
    indent(rule.examples.bad),
    m.good,
    indent(rule.examples.good),
    '',
    m.lesson(lessonUrl(rule.lesson), siteUrl),
    ...(refs ? [m.elsewhere(refs)] : []),
    '',
  ].join('\n');
}

/** The rules as JSON; title, why and fix in the language, everything else as in English. */
export function formatRulesJson(rules: readonly RuleMeta[], locale: Locale = 'en'): string {
  const out = rules.map((r) => {
    const text = ruleText(r, locale);
    return {
      id: r.id,
      title: text.title,
      severity: r.severity,
      appliesTo: r.appliesTo,
      url: ruleUrl(r.id),
      lesson: lessonUrl(r.lesson),
      why: text.why,
      fix: text.fix,
      examples: r.examples,
      refs: r.refs,
    };
  });
  return `${JSON.stringify({ rules: out }, null, 2)}\n`;
}
