import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { apparmorChecker } from '../index';
import { rule } from './apparmor-change-profile-unconfined';

describe(rule.meta.id, () => {
  it('follows the rule tester cases', () => {
    testRule(apparmorChecker, rule, {
      valid: [
        'profile p {\n  change_profile -> worker,\n}\n',
        'profile p {\n  change_profile /usr/bin/helper -> helper,\n}\n',
        'profile p {\n  deny change_profile -> unconfined,\n}\n',
      ],
      invalid: [
        { code: 'profile p {\n  change_profile -> unconfined,\n}\n', errors: [{ line: 2, messageId: 'unconfinedTarget', message: 'drop its confinement' }] },
        { code: 'profile p {\n  change_profile,\n}\n', errors: [{ line: 2, messageId: 'noTarget', message: 'without "-> target"' }] },
        { code: 'profile p {\n  change_profile /bin/** -> **,\n}\n', errors: [{ line: 2 }] },
      ],
    });
  });
});
