import { en, type Messages } from './en';
import { zhCn } from './zh-cn';
import { HTML_LANG, localeOfPath, localizedPath, type Locale } from './locales';

export type { Messages };
export type { Locale };

const CATALOGUES: Record<Locale, Messages> = { en, 'zh-cn': zhCn };

/**
 * Every language's messages, for the build (Astro components). Browser scripts import './page'
 * instead, which loads only the page's own language.
 */
export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
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
