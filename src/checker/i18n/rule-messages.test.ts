import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../core/messages';
import { allRules, lintText } from '../index';
import { translatedFinding } from './index';
import { zhCnRules } from './zh-cn';

/**
 * Rules that still word their findings as plain English strings. Each moves to message ids
 * (`meta.messages` + `messageId` + `data`, worded in every catalogue); this list only shrinks.
 */
const NOT_YET_BY_ID = new Set<string>([
  // Dockerfile rules
  'add-instead-of-copy',
  'add-remote-url',
  'apk-add-without-no-cache',
  'app-files-writable-by-runtime-user',
  'apt-lists-not-cleaned',
  'apt-no-install-recommends',
  'apt-update-alone',
  'build-tools-in-final-image',
  'copy-entire-stage-filesystem',
  'curl-pipe-shell',
  'docker-socket-volume',
  'latest-or-untagged-base-image',
  'malformed-json-form',
  'missing-healthcheck',
  'pipe-without-pipefail',
  'relative-workdir',
  'runs-as-root',
  'secret-file-in-layer',
  'secrets-in-env-or-arg',
  'shell-form-without-shell',
  'ssh-server-or-port-22',
  'tls-verification-disabled',
  'unnecessary-tools-in-image',
  'user-not-numeric',
]);

describe('rule messages by id', () => {
  const rules = allRules();

  it('are kept by every rule not listed as still to move', () => {
    const without = rules.filter((r) => !r.messages || Object.keys(r.messages).length === 0).map((r) => r.id);
    expect(without.filter((id) => !NOT_YET_BY_ID.has(id))).toEqual([]);
    expect([...NOT_YET_BY_ID].filter((id) => !without.includes(id)), 'listed but already moved: take them off the list').toEqual([]);
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
