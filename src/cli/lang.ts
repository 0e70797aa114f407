import { localeOfHtmlLang, type Locale } from '../i18n/locales';
import { ruleText, translatedFinding } from '../checker/i18n';
import type { Finding, RuleMeta } from '../checker/core/types';

/** The values --lang takes, matched without regard to case. */
export const LANGS = ['en', 'zh-CN'] as const;

/** --lang's value as a language, or null when it names none the CLI speaks. */
export function parseLang(value: string): Locale | null {
  const tag = value.trim().replace(/_/g, '-').toLowerCase();
  if (tag === 'zh' || tag === 'zh-cn' || tag === 'zh-hans' || tag === 'zh-hans-cn') return 'zh-cn';
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  return null;
}

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
    // A syntax diagnostic or an internal error: no rule, so its sentence says how to get the file read.
    const diagnostic = translatedFinding(finding, locale);
    return diagnostic === undefined ? finding : { ...finding, message: diagnostic };
  }
  const text = ruleText(meta, locale);
  if (text.title === meta.title) return finding;
  const problem = translatedFinding(finding, locale) ?? `${text.title}。`;
  return { ...finding, message: `${problem}${text.fix}` };
}
