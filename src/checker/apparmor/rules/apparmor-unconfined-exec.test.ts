import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { apparmorChecker } from '../index';
import { rule } from './apparmor-unconfined-exec';

describe(rule.meta.id, () => {
  it('follows the rule tester cases', () => {
    testRule(apparmorChecker, rule, {
      valid: [
        'profile p {\n  /usr/sbin/nginx ix,\n}\n',
        'profile p {\n  /usr/bin/python3 Px -> py,\n  /bin/** pix,\n  /usr/bin/* Cix,\n}\n',
        'profile p {\n  deny /bin/sh mrwklx,\n}\n',
        'profile p {\n  # never use ux here\n  /bin/ls rix,\n}\n',
      ],
      invalid: [
        { code: 'profile p {\n  /bin/sh Ux,\n}\n', errors: [{ line: 2, messageId: 'unconfined', message: 'no AppArmor confinement at all' }] },
        { code: 'profile p {\n  /bin/sh rux,\n}\n', errors: [{ line: 2, message: '"ux"' }] },
        { code: 'profile p {\n  /usr/bin/** PUx,\n}\n', errors: [{ line: 2, message: 'Use "Pix"' }] },
        { code: 'profile p {\n  /opt/tool cux,\n  ux /opt/other,\n}\n', errors: [{ line: 2, messageId: 'fallbackUnconfined', message: 'whenever its own profile is missing' }, { line: 3, messageId: 'unconfined' }] },
        { code: 'profile p {\n  ^hat {\n    /bin/bash CUx,\n  }\n}\n', errors: [{ line: 3 }] },
      ],
    });
  });
});
