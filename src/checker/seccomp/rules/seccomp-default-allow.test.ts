import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { seccompChecker } from '../index';
import { rule } from './seccomp-default-allow';

describe(rule.meta.id, () => {
  it('follows the rule tester cases', () => {
    testRule(seccompChecker, rule, {
      valid: [
        '{"defaultAction": "SCMP_ACT_ERRNO", "syscalls": []}',
        '{"defaultAction": "SCMP_ACT_KILL_PROCESS"}',
        '{"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ERRNO"}}}',
        '{"syscalls": [{"names": ["read"], "action": "SCMP_ACT_ALLOW"}]}',
        '{bad',
      ],
      invalid: [
        { code: '{\n  "defaultAction": "SCMP_ACT_ALLOW"\n}', errors: [{ line: 2, messageId: 'allow', message: 'SCMP_ACT_ALLOW' }] },
        { code: '{"defaultAction": "SCMP_ACT_LOG", "syscalls": [{"names": ["mount"], "action": "SCMP_ACT_ERRNO"}]}', errors: [{ line: 1, messageId: 'log' }] },
        { name: 'nothing at all installs no filter', code: '{\n}', errors: [{ line: 1, messageId: 'missing' }] },
        { name: 'an OCI config.json', code: '{"linux": {\n "seccomp": {\n  "defaultAction": "SCMP_ACT_ALLOW"}}}', errors: [{ line: 3, messageId: 'allow' }] },
      ],
    });
  });
});
