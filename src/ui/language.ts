import { isLocale, type Locale } from '../i18n/locales';
import { packagedRoot } from './site-root';

const KEY = 'shipshape:locale';
/** Set for the tab's session once a visit was sent to the remembered language, so it happens at most once. */
const REDIRECTED = 'shipshape:locale-redirected';

export interface ArrivalFacts {
  page: Locale;
  stored: Locale | null;
  /** The referrer's origin, or '' when the visit came from no page (a bookmark, a typed address). */
  referrerOrigin: string;
  origin: string;
  /** The same page in each language, from the page's hreflang links. */
  alternates: Partial<Record<Locale, string>>;
  alreadyRedirected: boolean;
}

/**
 * Where a visit should go instead, or null to stay. Only a visit from outside the site is moved, only
 * once per session, and only to a page that exists: following any link inside the site, including
 * the language switch, never redirects, so no two pages can send a visitor back and forth.
 */
export function redirectTarget(facts: ArrivalFacts): string | null {
  if (facts.stored === null || facts.stored === facts.page || facts.alreadyRedirected) return null;
  if (facts.referrerOrigin === facts.origin) return null;
  return facts.alternates[facts.stored] ?? null;
}

function session(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function remember(locale: Locale): void {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Site data blocked: the switch still changes the page, it just is not remembered.
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

/** The header's language links remember the choice; a later visit from outside opens in that language. */
export function initLanguageSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-locale-switch]')) {
    link.addEventListener('click', () => {
      const target = link.dataset.localeSwitch;
      if (isLocale(target)) remember(target);
      // The same page in the other language, with the track or exercise it was showing.
      link.href = link.pathname + location.search + location.hash;
    });
  }
  if (packagedRoot() !== null) return;
  const alternates: Partial<Record<Locale, string>> = {};
  for (const alt of document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][data-locale]')) {
    const locale = alt.dataset.locale;
    if (isLocale(locale)) alternates[locale] = new URL(alt.href).pathname + location.search + location.hash;
  }
  const page = document.documentElement.dataset.locale;
  if (!isLocale(page)) return;
  const target = redirectTarget({
    page,
    stored: storedLocale(),
    referrerOrigin: document.referrer ? originOf(document.referrer) : '',
    origin: location.origin,
    alternates,
    alreadyRedirected: session()?.getItem(REDIRECTED) === '1',
  });
  if (target === null) return;
  session()?.setItem(REDIRECTED, '1');
  location.replace(target);
}
