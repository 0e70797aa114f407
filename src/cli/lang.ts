import { localeOfHtmlLang, type Locale } from '../i18n/locales';
import { ruleText, translatedFinding } from '../checker/i18n';
import type { Finding, RuleMeta } from '../checker/core/types';

export { LANGS, parseLang } from './lang-tag';

/**
 * The language of the messages: --lang when given, else the locale environment in POSIX order
 * (LC_ALL, then LC_MESSAGES, then LANG), where "zh_CN.UTF-8" and the like mean Simplified Chinese.
 * Anything else, "C" and "POSIX" included, is English.
 */
export function cliLocale(flag: Locale | undefined, env: Readonly<Record<string, string | undefined>>): Locale {
  if (flag) return flag;
  const value = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '') ?? '';
  const tag = value.split('.')[0]?.split('@')[0] ?? '';
  return /^zh(?:[-_](?:CN|SG|Hans))?$/i.test(tag) ? 'zh-cn' : localeOfHtmlLang(tag) === 'zh-cn' ? 'zh-cn' : 'en';
}

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
    const said = translatedFinding(finding, locale);
    return said === undefined ? finding : { ...finding, message: said };
  }
  const text = ruleText(meta, locale);
  if (text.title === meta.title) return finding;
  const problem = translatedFinding(finding, locale) ?? `${text.title}。`;
  return { ...finding, message: `${problem}${text.fix}` };
}
