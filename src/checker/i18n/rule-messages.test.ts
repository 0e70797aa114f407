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
  // runtime, Kubernetes, AppArmor and registry rules
  'apparmor-broad-capability',
  'apparmor-change-profile-unconfined',
  'apparmor-complain-mode',
  'apparmor-link-is-not-list',
  'apparmor-mount-allowed',
  'apparmor-no-profile',
  'apparmor-unconfined',
  'apparmor-unconfined-exec',
  'dangerous-capability',
  'docker-socket-mount',
  'host-device',
  'host-ipc',
  'host-network',
  'host-pid',
  'host-userns',
  'host-uts',
  'k8s-allow-privilege-escalation',
  'k8s-apparmor-annotation-deprecated',
  'k8s-apparmor-unconfined',
  'k8s-capabilities',
  'k8s-container-runtime-socket',
  'k8s-host-namespaces',
  'k8s-host-path',
  'k8s-image-latest',
  'k8s-privileged',
  'k8s-run-as-root',
  'k8s-seccomp-unconfined',
  'k8s-writable-root-filesystem',
  'no-cap-drop',
  'no-new-privileges-missing',
  'port-on-all-interfaces',
  'privileged',
  'run-as-root-user',
  'seccomp-unconfined',
  'selinux-disabled',
  'sensitive-host-mount',
  'untrusted-registry',
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
