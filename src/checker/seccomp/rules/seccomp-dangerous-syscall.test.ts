import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { seccompChecker } from '../index';
import { rule } from './seccomp-dangerous-syscall';

const profile = (...rules: string[]): string => `{\n"defaultAction": "SCMP_ACT_ERRNO",\n"syscalls": [\n${rules.join(',\n')}\n]}`;

describe(rule.meta.id, () => {
  it('follows the rule tester cases', () => {
    testRule(seccompChecker, rule, {
      valid: [
        profile('{"names": ["read", "write", "clone"], "action": "SCMP_ACT_ALLOW"}'),
        profile('{"names": ["mount", "unshare", "keyctl"], "action": "SCMP_ACT_ERRNO"}'),
        profile('{"names": ["mount", "setns"], "action": "SCMP_ACT_ALLOW", "includes": {"caps": ["CAP_SYS_ADMIN"]}}'),
        profile('{"names": ["ptrace"], "action": "SCMP_ACT_ALLOW", "includes": {"minKernel": "4.8"}}'),
        profile('{"names": ["personality"], "action": "SCMP_ACT_ALLOW", "args": [{"index": 0, "value": 0, "op": "SCMP_CMP_EQ"}]}'),
      ],
      invalid: [
        { code: profile('{"names": ["read", "mount"], "action": "SCMP_ACT_ALLOW"}'), errors: [{ line: 4, messageId: 'mount', message: 'mount is allowed' }] },
        {
          code: profile('{"names": ["unshare", "keyctl", "bpf"], "action": "SCMP_ACT_ALLOW"}', '{"name": "open_by_handle_at", "action": "SCMP_ACT_LOG"}'),
          errors: [{ line: 4, messageId: 'namespace' }, { line: 4, messageId: 'keyring' }, { line: 4, messageId: 'bpf' }, { line: 5, messageId: 'handle' }],
        },
        { name: 'ptrace without a kernel condition', code: profile('{"names": ["ptrace"], "action": "SCMP_ACT_ALLOW"}'), errors: [{ line: 4, messageId: 'trace' }] },
        { name: 'a capability condition does not cover the keyring', code: profile('{"names": ["kexec_load"], "action": "SCMP_ACT_ALLOW", "excludes": {"caps": ["CAP_SYS_BOOT"]}}'), errors: [{ line: 4, messageId: 'kernelCode' }] },
      ],
    });
  });
});
