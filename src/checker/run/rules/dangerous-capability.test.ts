import { describe, expect, it } from 'vitest';
import { runRule } from '../../core/engine';
import { composeChecker } from '../../compose';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './dangerous-capability';

describe('dangerous-capability', () => {
  it('docker run', () => testRule(runChecker, rule, {
    valid: [
      'docker run --cap-drop ALL --cap-add NET_BIND_SERVICE nginx',
      'docker run --cap-add CHOWN alpine',
      'docker run --cap-drop SYS_ADMIN alpine',
      'docker run alpine capsh --cap-add SYS_ADMIN',
    ],
    invalid: [
      { code: 'docker run --cap-add SYS_ADMIN alpine', errors: [{ line: 1, messageId: 'sysAdminRun', message: 'SYS_ADMIN' }] },
      { code: 'docker run --cap-add=cap_sys_module alpine', errors: [{ line: 1, message: 'SYS_MODULE' }] },
      { code: 'docker run --cap-add all alpine', errors: [{ line: 1, messageId: 'allRun', message: 'ALL' }] },
      { code: 'docker run --cap-add SYS_PTRACE,BPF alpine', errors: [{ line: 1, messageId: 'sysPtraceRun', message: 'SYS_PTRACE' }, { line: 1, messageId: 'bpfRun', message: 'BPF' }] },
      { code: 'docker run --cap-add NET_ADMIN \\\n  --cap-add Dac_Read_Search alpine', errors: [{ line: 1, messageId: 'netAdminRun', message: 'NET_ADMIN' }, { line: 2, messageId: 'dacReadSearchRun', message: 'DAC_READ_SEARCH' }] },
    ],
  }));
  it('compose', () => testRule(composeChecker, rule, {
    valid: ['services:\n  a:\n    cap_add: [NET_BIND_SERVICE]\n    cap_drop: [ALL]\n'],
    invalid: [
      { code: 'services:\n  a:\n    cap_add:\n      - all\n', errors: [{ line: 4, messageId: 'allCompose', message: 'ALL' }] },
      { code: 'services:\n  a:\n    cap_add:\n      - CHOWN\n      - CAP_SYS_ADMIN\n', errors: [{ line: 5, messageId: 'sysAdminCompose', message: 'SYS_ADMIN' }] },
    ],
  }));
});

describe('dangerous-capability severity', () => {
  it('is an error for a way onto the host and a warning for namespace-level powers', () => {
    const findings = runRule(rule, runChecker.parse('docker run --cap-add SYS_ADMIN --cap-add NET_ADMIN img'));
    expect(findings.map((f) => [f.message.split(' ')[0], f.severity])).toEqual([['SYS_ADMIN', 'error'], ['NET_ADMIN', 'warning']]);
  });
});
