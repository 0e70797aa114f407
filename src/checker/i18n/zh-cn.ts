import type { RuleText } from './index';

/** The rules in Simplified Chinese, by rule id; identifiers stay in code form, as the rules write them. */
export const zhCnRules: Readonly<Record<string, RuleText>> = {
};
