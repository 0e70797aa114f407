import { localeOfHtmlLang, type Locale } from '../i18n/locales';

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
