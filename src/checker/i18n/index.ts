import type { RuleMeta } from '../core/types';
import type { Locale } from '../../i18n/locales';
import { zhCnRules } from './zh-cn';

/** The words of a rule a reader sees: its title, why it matters and how to fix it. */
export interface RuleText {
  title: string;
  why: string;
  fix: string;
}

/** Per language other than English (which the rules carry themselves), the text of every rule by id. */
const TRANSLATIONS: Partial<Record<Locale, Readonly<Record<string, RuleText>>>> = { 'zh-cn': zhCnRules };

/** A rule's text in a language; English, from the rule itself, where a translation has no entry. */
export function ruleText(meta: Pick<RuleMeta, 'id' | 'title' | 'why' | 'fix'>, locale: Locale = 'en'): RuleText {
  const translated = TRANSLATIONS[locale]?.[meta.id];
  return translated ?? { title: meta.title, why: meta.why, fix: meta.fix };
}

/** Rule ids a language has no text for (a test keeps this empty). */
export function untranslatedRules(ids: readonly string[], locale: Locale): string[] {
  if (locale === 'en') return [];
  const table = TRANSLATIONS[locale] ?? {};
  return ids.filter((id) => !Object.hasOwn(table, id));
}
