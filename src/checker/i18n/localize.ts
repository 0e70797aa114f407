import type { Finding, RuleMeta } from '../core/types';
import type { Locale } from '../../i18n/locales';
import { ruleText, translatedFinding } from './index';

/**
 * A finding worded in the language: its message id in that language, then the rule's fix there. A
 * finding without a translated message says the rule's translated title instead, so the message a
 * reader sees is never half English. A parser's diagnostic has no rule: its translated message, which
 * says what to do itself, is all of it.
 */
export function localizeFinding(finding: Finding, locale: Locale, ruleById: (id: string) => RuleMeta | undefined): Finding {
  if (locale === 'en') return finding;
  const meta = ruleById(finding.ruleId);
  if (!meta) {
    // A syntax diagnostic or an internal error: no rule, so its sentence says how to get the file read.
    const diagnostic = translatedFinding(finding, locale);
    return diagnostic === undefined ? finding : { ...finding, message: diagnostic };
  }
  const text = ruleText(meta, locale);
  if (text.title === meta.title) return finding;
  const problem = translatedFinding(finding, locale) ?? `${text.title}。`;
  return { ...finding, message: `${problem}${text.fix}` };
}
