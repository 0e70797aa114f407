import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { apparmorChecker } from '../index';
import { rule } from './apparmor-broad-capability';

describe(rule.meta.id, () => {
  it('follows the rule tester cases', () => {
    testRule(apparmorChecker, rule, {
      valid: [
        'profile p {\n  capability net_bind_service,\n  capability setuid setgid,\n}\n',
        'profile p {\n  deny capability,\n}\n',
        'profile p {\n  deny capability sys_admin,\n}\n',
        'profile p {\n  file,\n}\n',
      ],
      invalid: [
        { code: 'profile p {\n  capability,\n}\n', errors: [{ line: 2, messageId: 'everyCapability', message: 'every capability' }] },
        { code: 'profile p {\n  capability sys_admin,\n}\n', errors: [{ line: 2, messageId: 'oneSysAdmin', message: 'sys_admin' }] },
        { code: 'profile p {\n  capability chown dac_read_search sys_module,\n}\n', errors: [{ line: 2, messageId: 'severalCapabilities', message: 'This allows dac_read_search, sys_module, each of which' }] },
        { code: 'profile p {\n  audit capability sys_ptrace,\n  capability chown,\n  capability mac_admin,\n}\n', errors: [{ line: 2, messageId: 'oneSysPtrace' }, { line: 4, messageId: 'oneMacAdmin' }] },
      ],
    });
  });
});
