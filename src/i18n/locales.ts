/**
 * The site's languages. English keeps the unprefixed URLs it always had; every other language lives
 * under its own prefix ("/zh-cn/lessons/…"), so a page's address says which language it is in.
 */
export const LOCALES = ['en', 'zh-cn'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The BCP 47 tag for <html lang> and hreflang; Pagefind builds one index per tag. */
export const HTML_LANG: Record<Locale, string> = { en: 'en', 'zh-cn': 'zh-CN' };

/** Each language's name written in that language, for the language switch. */
export const LOCALE_NAME: Record<Locale, string> = { en: 'English', 'zh-cn': '简体中文' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language of a site path: its first segment when that names a language, else English. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1]?.toLowerCase();
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** The language of an <html lang> value ("zh-CN"); anything unknown reads as English. */
export function localeOfHtmlLang(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').toLowerCase();
  return LOCALES.find((l) => HTML_LANG[l].toLowerCase() === lower) ?? DEFAULT_LOCALE;
}

/** A path without its language prefix: "/zh-cn/rules/" -> "/rules/". */
export function unlocalizedPath(pathname: string): string {
  const locale = localeOfPath(pathname);
  if (locale === DEFAULT_LOCALE) return pathname;
  const rest = pathname.slice(locale.length + 1);
  return rest === '' ? '/' : rest;
}

/**
 * A site path ("/rules/x/", "/#lessons") in the given language. Paths that are not pages of the site
 * (downloads, scripts, other hosts) stay as they are.
 */
export function localizedPath(path: string, locale: Locale): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  if (/^\/(?:pagefind|_astro|shipshape-site|scorm|sw\.js|favicon)/.test(path)) return path;
  const bare = unlocalizedPath(path);
  return locale === DEFAULT_LOCALE ? bare : `/${locale}${bare}`;
}
