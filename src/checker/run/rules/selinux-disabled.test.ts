import { describe, it } from 'vitest';
import { composeChecker } from '../../compose';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './selinux-disabled';

describe('selinux-disabled', () => {
  it('docker run', () => testRule(runChecker, rule, {
    valid: ['docker run alpine', 'docker run --security-opt label=type:svirt_apache_t alpine', 'docker run -v /srv:/srv:Z alpine'],
    invalid: [
      { code: 'docker run --security-opt label=disable alpine', errors: [{ line: 1, messageId: 'disabledRun' }] },
      { code: 'docker run --security-opt label:disable alpine', errors: [{ line: 1 }] },
    ],
  }));
  it('compose', () => testRule(composeChecker, rule, {
    valid: ['services:\n  a:\n    security_opt:\n      - label:level:s0:c100,c200\n'],
    invalid: [{ code: 'services:\n  a:\n    security_opt:\n      - label:disable\n', errors: [{ line: 4, messageId: 'disabledCompose' }] }],
  }));
});
