import { en, type Messages } from './en';
import { zhCn } from './zh-cn';
import { DEFAULT_LOCALE, HTML_LANG, localeOfHtmlLang, localeOfPath, localizedPath, type Locale } from './locales';

export type { Messages };
export type { Locale };

const CATALOGUES: Record<Locale, Messages> = { en, 'zh-cn': zhCn };

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}

/**
 * The language of the page a script runs on, read from <html lang>; English where there is no page
 * (build time, unit tests), since the build passes each page's language explicitly.
 */
function documentLocale(): Locale {
  return typeof document === 'undefined' ? DEFAULT_LOCALE : localeOfHtmlLang(document.documentElement.lang);
}

/** For browser scripts: the language of this page and its messages. */
export const locale: Locale = documentLocale();
export const t: Messages = messagesFor(locale);
/** The language of the page, for <html lang>. */
export const lang: string = HTML_LANG[locale];

/** A site path in this page's language, for links that scripts make. */
export function href(path: string): string {
  return localizedPath(path, locale);
}

/** For Astro components: the language of the page being built, from its URL, with its messages and links. */
export function pageI18n(url: URL): { locale: Locale; t: Messages; lang: string; href: (path: string) => string } {
  const pageLocale = localeOfPath(url.pathname);
  return {
    locale: pageLocale,
    t: messagesFor(pageLocale),
    lang: HTML_LANG[pageLocale],
    href: (path: string) => localizedPath(path, pageLocale),
  };
}
