import { localeOfHtmlLang, type Locale } from '../i18n/locales';

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

export { localizeFinding } from '../checker/i18n/localize';
