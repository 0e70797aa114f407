import { formatMessage } from '../core/messages';
import type { Finding, RuleMeta } from '../core/types';
import type { Locale } from '../../i18n/locales';
import { zhCnRules } from './zh-cn';
import { zhCnDockerfileDiagnostics } from './zh-cn-dockerfile-diagnostics';
import { zhCnDiagnostics } from './zh-cn-diagnostics';
import { englishRuleText } from './english';

/** The words of a rule a reader sees: its title, why it matters and how to fix it. */
export interface RuleText {
  title: string;
  why: string;
  fix: string;
  /**
   * The rule's findings by the message ids of its `meta.messages`, with the same placeholders. A
   * translation words the problem only: its advice is the rule's `fix`, which grading holds back
   * until the learner asks for it.
   */
  messages?: Readonly<Record<string, string>>;
}

/** Per language other than English (which the rules carry themselves), the text of every rule by id. */
const TRANSLATIONS: Partial<Record<Locale, Readonly<Record<string, RuleText>>>> = { 'zh-cn': zhCnRules };

/** Per language, the findings no rule reports (syntax diagnostics, refused input, internal errors), by rule id and message id. */
const DIAGNOSTIC_TRANSLATIONS: Partial<Record<Locale, Readonly<Record<string, Readonly<Record<string, string>>>>>> = {
  'zh-cn': { ...zhCnDockerfileDiagnostics, ...zhCnDiagnostics },
};

/** A rule's text in a language; English, from the rule itself, where a translation has no entry. */
export function ruleText(meta: Pick<RuleMeta, 'id' | 'title' | 'why' | 'fix'>, locale: Locale = 'en'): RuleText {
  return TRANSLATIONS[locale]?.[meta.id] ?? englishRuleText(meta);
}

/** Rule ids a language has no text for (a test keeps this empty). */
export function untranslatedRules(ids: readonly string[], locale: Locale): string[] {
  if (locale === 'en') return [];
  const table = TRANSLATIONS[locale] ?? {};
  return ids.filter((id) => !Object.hasOwn(table, id));
}

/**
 * A finding's problem statement in a language other than English, from its message id (a rule's, or a
 * parser diagnostic's); undefined when the finding has no id or the language has no text for it (the
 * caller then falls back).
 */
export function translatedFinding(finding: Pick<Finding, 'ruleId' | 'messageId' | 'data'>, locale: Locale): string | undefined {
  if (locale === 'en' || finding.messageId === undefined) return undefined;
  const template = TRANSLATIONS[locale]?.[finding.ruleId]?.messages?.[finding.messageId]
    ?? DIAGNOSTIC_TRANSLATIONS[locale]?.[finding.ruleId]?.[finding.messageId];
  return template === undefined ? undefined : formatMessage(template, finding.data);
}
