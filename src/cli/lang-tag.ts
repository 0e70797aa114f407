// Apart from lang.ts so that reading the command line does not load the translated rule messages.
import type { Locale } from '../i18n/locales';

/** The values --lang takes, matched without regard to case. */
export const LANGS = ['en', 'zh-CN'] as const;

/** --lang's value as a language, or null when it names none the CLI speaks. */
export function parseLang(value: string): Locale | null {
  const tag = value.trim().replace(/_/g, '-').toLowerCase();
  if (tag === 'zh' || tag === 'zh-cn' || tag === 'zh-hans' || tag === 'zh-hans-cn') return 'zh-cn';
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  return null;
}
