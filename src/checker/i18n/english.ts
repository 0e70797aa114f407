import type { RuleMeta } from '../core/types';
import type { RuleText } from './index';

/** A rule's English text: the rule carries it itself. */
export function englishRuleText(meta: Pick<RuleMeta, 'title' | 'why' | 'fix'>): RuleText {
  return { title: meta.title, why: meta.why, fix: meta.fix };
}
