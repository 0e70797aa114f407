/**
 * For browser scripts: the language of the page they run on, read from <html lang>, and only that
 * language's messages. Each catalogue is its own chunk, loaded before the importing script runs, so a
 * page never downloads the string table of a language it is not in. English where there is no page
 * (unit tests).
 */
import type { Messages } from './en';
import { DEFAULT_LOCALE, HTML_LANG, localeOfHtmlLang, localizedPath, type Locale } from './locales';

function documentLocale(): Locale {
  return typeof document === 'undefined' ? DEFAULT_LOCALE : localeOfHtmlLang(document.documentElement.lang);
}

async function load(which: Locale): Promise<Messages> {
  return which === 'zh-cn' ? (await import('./zh-cn')).zhCn : (await import('./en')).en;
}

export const locale: Locale = documentLocale();
export const t: Messages = await load(locale);
/** The language of the page, for <html lang>. */
export const lang: string = HTML_LANG[locale];

/** A site path in this page's language, for links that scripts make. */
export function href(path: string): string {
  return localizedPath(path, locale);
}
