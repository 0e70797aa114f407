import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { seccompChecker } from '../index';
import { rule } from './seccomp-trace-notify';

describe(rule.meta.id, () => {
  it('follows the rule tester cases', () => {
    testRule(seccompChecker, rule, {
      valid: [
        '{"defaultAction": "SCMP_ACT_ERRNO", "syscalls": [{"names": ["read"], "action": "SCMP_ACT_ALLOW"}]}',
        '{"defaultAction": "SCMP_ACT_KILL", "syscalls": [{"names": ["unshare"], "action": "SCMP_ACT_ERRNO", "errnoRet": 38}]}',
      ],
      invalid: [
        { code: '{"defaultAction": "SCMP_ACT_ERRNO",\n "syscalls": [{"names": ["unshare"], "action": "SCMP_ACT_TRACE"}]}', errors: [{ line: 2, messageId: 'trace', message: 'unshare' }] },
        { code: '{\n"defaultAction": "SCMP_ACT_TRACE"}', errors: [{ line: 2, messageId: 'trace', message: 'defaultAction' }] },
        { code: '{"defaultAction": "SCMP_ACT_ERRNO",\n "syscalls": [{"names": ["mount"], "action": "SCMP_ACT_NOTIFY"}]}', errors: [{ line: 2, messageId: 'notify' }] },
      ],
    });
  });
});
