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
        { name: 'an abstraction confines nothing by design', code: '  abi <abi/5.0>,\n  include <abstractions/base>\n  /etc/apt/** r,\n' },
        { name: 'a tunables file', code: '@{MY_DIR}=/opt/app\n' },
        { name: 'a template is reported by the parser', code: 'profile "{{.Name}}" {\n}\n' },
      ],
      invalid: [
        { code: '', errors: [{ line: 1, messageId: 'noProfile', message: 'declares no profile' }] },
        { code: '#include <tunables/global>\n\ndeny /etc/** w,\n', errors: [{ line: 1 }] },
        { code: '# only a comment\n', errors: [{ line: 1, message: '--security-opt apparmor=NAME' }] },
      ],
    });
  });
});
