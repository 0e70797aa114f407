import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { apparmorChecker } from '../index';
import { rule } from './apparmor-link-is-not-list';

describe(rule.meta.id, () => {
  it('follows the rule tester cases', () => {
    testRule(apparmorChecker, rule, {
      valid: [
        'profile p {\n  file,\n  deny /etc/** wl,\n}\n',
        'profile p {\n  file,\n  # no writes or hard links under /etc\n  deny /etc/** wl,\n}\n',
        'profile p {\n  file,\n  # block listing /etc\n  deny /etc/ r,\n}\n',
        'profile p {\n  # stop listing of /etc\n\n  deny /etc/** wl,\n}\n',
        {
          name: 'listing is already denied by an r rule on the directory',
          code: 'profile p {\n  file,\n  # deny write and list\n  deny /etc/** wl,\n  deny /etc/ r,\n}\n',
        },
      ],
      invalid: [
        {
          code: 'profile p {\n  file,\n  deny /etc/** wl, # deny write and list\n}\n',
          errors: [{ line: 3, messageId: 'denyDoesNotStopListing', message: 'add "deny /etc/ r,"' }],
        },
        {
          name: 'comment block above the rule',
          code: 'profile p {\n  file,\n  # Deny write and list\n  # on /home\n  deny /home/** wl,\n}\n',
          errors: [{ line: 5, message: 'ls /home/' }],
        },
        {
          code: 'profile p {\n  file,\n  deny /etc/ l,\n}\n',
          errors: [{ line: 3, messageId: 'linkOnDirectory', message: 'write "deny /etc/ r,"' }],
        },
        {
          name: 'an allow rule that expects l to grant listing',
          code: 'profile p {\n  /srv/** rl, # read and list\n}\n',
          errors: [{ line: 2, messageId: 'listingNeedsRead', message: '"/srv/ r,"' }],
        },
        {
          code: 'profile p {\n  /srv/data/*/ rl,\n}\n',
          errors: [{ line: 2, message: 'not listing' }],
        },
      ],
    });
  });
});
