import { describe, it } from 'vitest';
import { composeChecker } from '../../compose';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './run-as-root-user';

describe('run-as-root-user', () => {
  it('docker run', () => testRule(runChecker, rule, {
    valid: ['docker run alpine', 'docker run -u 1000 alpine', 'docker run -u 1000:0 alpine', 'docker run --user=rootless alpine', 'docker run alpine su -u root'],
    invalid: [
      { code: 'docker run -u 0 alpine', errors: [{ line: 1, messageId: 'rootRun', message: '-u 0' }] },
      { code: 'docker run -u root alpine', errors: [{ line: 1 }] },
      { code: 'docker run --user=0:0 alpine', errors: [{ line: 1 }] },
      { code: 'docker run -itu root alpine', errors: [{ line: 1 }] },
      { code: 'docker run -uroot:root alpine', errors: [{ line: 1 }] },
    ],
  }));
  it('compose', () => testRule(composeChecker, rule, {
    valid: ['services:\n  a:\n    user: "10001:10001"\n', 'services:\n  a:\n    user: 1000\n'],
    invalid: [
      { code: 'services:\n  a:\n    user: root\n', errors: [{ line: 3, messageId: 'rootCompose' }] },
      { code: 'services:\n  a:\n    user: 0\n', errors: [{ line: 3 }] },
    ],
  }));
});
