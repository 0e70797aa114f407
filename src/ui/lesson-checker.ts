import type { Kind } from '../checker/core/types';
import type { GradingChecker } from '../checker/grading/grader';
import { englishRuleText } from '../checker/i18n/english';
import { loadRegistry } from '../checker/registry/load-kinds';
import type { Locale } from '../i18n/locales';

type RuleTexts = Pick<GradingChecker, 'ruleText' | 'translatedFinding'>;

const english: RuleTexts = { ruleText: englishRuleText, translatedFinding: () => undefined };

const TRANSLATED: Record<Exclude<Locale, 'en'>, () => Promise<RuleTexts>> = {
  'zh-cn': () => import('../checker/i18n/zh-cn-texts'),
};

/**
 * The checker a lesson page grades with: the checkers of its files' kinds only, and rule texts in
 * the page's language only (an English page loads no other language's tables).
 */
export async function loadLessonChecker(kinds: Iterable<Kind>, locale: Locale): Promise<GradingChecker> {
  const [registry, texts] = await Promise.all([
    loadRegistry(kinds),
    locale === 'en' ? english : TRANSLATED[locale](),
  ]);
  return {
    analyseText: registry.analyseText,
    ruleById: registry.ruleById,
    ruleText: texts.ruleText,
    translatedFinding: texts.translatedFinding,
  };
}
