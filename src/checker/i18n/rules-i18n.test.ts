import { describe, expect, it } from 'vitest';
import { allRules } from '../index';
import { ruleText, untranslatedRules } from './index';
import { zhCnRules } from './zh-cn';

describe('rule catalogues', () => {
  const ids = allRules().map((r) => r.id);

  it('give every rule a Chinese title, why and fix', () => {
    expect(untranslatedRules(ids, 'zh-cn')).toEqual([]);
    for (const id of ids) {
      const text = zhCnRules[id];
      for (const value of [text?.title, text?.why, text?.fix]) expect(value?.trim(), id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('word each Chinese finding as the problem only: the advice is the rule\'s fix, which grading holds back', () => {
    // 请 ("please") opens the advice clause in these texts; the fix follows the message wherever it is shown.
    const advising = Object.entries(zhCnRules).flatMap(([id, text]) =>
      Object.entries(text.messages ?? {}).filter(([, message]) => /请|应当/.test(message)).map(([messageId, message]) => `${id}/${messageId}: ${message}`));
    expect(advising).toEqual([]);
  });

  it('name no rule that does not exist', () => {
    expect(Object.keys(zhCnRules).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('keep English as the rule itself writes it, and the id in every language', () => {
    const rule = allRules().find((r) => r.id === 'privileged');
    expect(rule).toBeDefined();
    if (!rule) return;
    expect(ruleText(rule, 'en')).toEqual({ title: rule.title, why: rule.why, fix: rule.fix });
    expect(ruleText(rule, 'zh-cn').title).toBe('容器以特权模式运行');
  });

  it('keep the identifiers a rule quotes in code form', () => {
    for (const rule of allRules()) {
      const english = `${rule.why} ${rule.fix}`;
      const chinese = `${zhCnRules[rule.id]?.why ?? ''} ${zhCnRules[rule.id]?.fix ?? ''}`;
      const spans = (text: string) => (text.match(/`[^`]+`/g) ?? []).sort();
      expect(spans(chinese), rule.id).toEqual(spans(english));
    }
  });
});
