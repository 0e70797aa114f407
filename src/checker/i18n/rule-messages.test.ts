import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../core/messages';
import { allRules, lintText } from '../index';
import { translatedFinding } from './index';
import { zhCnRules } from './zh-cn';

describe('rule messages by id', () => {
  const rules = allRules();

  it('are kept by every rule', () => {
    expect(rules.filter((r) => Object.keys(r.messages).length === 0).map((r) => r.id)).toEqual([]);
  });

  it('are all worded in Chinese, with no placeholder the English lacks', () => {
    for (const rule of rules) {
      for (const [id, english] of Object.entries(rule.messages ?? {})) {
        const chinese = zhCnRules[rule.id]?.messages?.[id];
        expect(chinese, `${rule.id}/${id} has no Chinese text`).toMatch(/[\u4e00-\u9fff]/);
        const extra = placeholdersOf(chinese ?? '').filter((p) => !placeholdersOf(english).includes(p));
        expect(extra, `${rule.id}/${id}`).toEqual([]);
      }
      const unknown = Object.keys(zhCnRules[rule.id]?.messages ?? {}).filter((id) => !Object.hasOwn(rule.messages ?? {}, id));
      expect(unknown, `${rule.id}: Chinese messages the rule does not have`).toEqual([]);
    }
  });
});

describe('a finding worded by id', () => {
  it('reads in Chinese with its data filled in, and in English as the rule words it', () => {
    const [finding] = lintText('dockerfile', 'FROM debian:13-slim\nRUN sudo apt-get update\n').filter((f) => f.ruleId === 'sudo-usage');
    expect(finding?.messageId).toBe('viaSudo');
    expect(finding?.message).toContain('"sudo apt-get"');
    expect(finding && translatedFinding(finding, 'zh-cn')).toBe('“sudo apt-get” 通过 sudo 执行这一步，镜像里也因此带上了 sudo。');
    expect(finding && translatedFinding(finding, 'en')).toBeUndefined();
  });
});
