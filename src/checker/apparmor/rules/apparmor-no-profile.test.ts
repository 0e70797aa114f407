import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { apparmorChecker } from '../index';
import { rule } from './apparmor-no-profile';

describe(rule.meta.id, () => {
  it('follows the rule tester cases', () => {
    testRule(apparmorChecker, rule, {
      valid: [
        'profile p {\n}\n',
        '/usr/bin/foo {\n  /etc/foo r,\n}\n',
        '#include <tunables/global>\nprofile docker-nginx flags=(attach_disconnected) {\n  file,\n}\n',
      ],
      invalid: [
        { code: '', errors: [{ line: 1, message: 'declares no profile' }] },
        { code: '#include <tunables/global>\n\ndeny /etc/** w,\n', errors: [{ line: 1 }] },
        { code: '# only a comment\n', errors: [{ line: 1, message: '--security-opt apparmor=NAME' }] },
      ],
    });
  });
});
