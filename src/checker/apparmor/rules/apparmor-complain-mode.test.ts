import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { apparmorChecker } from '../index';
import { rule } from './apparmor-complain-mode';

describe(rule.meta.id, () => {
  it('follows the rule tester cases', () => {
    testRule(apparmorChecker, rule, {
      valid: [
        'profile p {\n  file,\n}\n',
        'profile p flags=(attach_disconnected,mediate_deleted) {\n}\n',
        'profile p flags=(enforce) {\n  # complain mode was used while writing this\n}\n',
      ],
      invalid: [
        { code: 'profile p flags=(complain) {\n  file,\n}\n', errors: [{ line: 1, messageId: 'complainMode', message: 'Profile p is in complain mode' }] },
        { code: '\nprofile p flags=(attach_disconnected, complain) {\n}\n', errors: [{ line: 2 }] },
        {
          name: 'a hat in complain mode',
          code: 'profile p {\n  ^h flags=(complain) {\n  }\n}\n',
          errors: [{ line: 2, message: 'Profile h' }],
        },
      ],
    });
  });
});
