import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { apparmorChecker } from '../index';
import { rule } from './apparmor-mount-allowed';

describe(rule.meta.id, () => {
  it('follows the rule tester cases', () => {
    testRule(apparmorChecker, rule, {
      valid: [
        'profile p {\n  deny mount,\n  umount,\n}\n',
        'profile p {\n  file,\n}\n',
        'profile p {\n  deny remount,\n  deny pivot_root,\n}\n',
      ],
      invalid: [
        { code: 'profile p {\n  mount,\n}\n', errors: [{ line: 2, messageId: 'bareMount', message: 'bare "mount,"' }] },
        { code: 'profile p {\n  mount fstype=proc -> /proc/,\n}\n', errors: [{ line: 2, messageId: 'mountRule', message: 'lets the container mount' }] },
        { code: 'profile p {\n  remount,\n  pivot_root,\n}\n', errors: [{ line: 2, messageId: 'bareMount' }, { line: 3, messageId: 'barePivotRoot', message: 'root switch' }] },
        { code: 'profile p {\n  audit mount options=(ro) /dev/sda1 -> /mnt/,\n  deny mount,\n}\n', errors: [{ line: 2 }] },
      ],
    });
  });
});
