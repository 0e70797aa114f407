import { describe, it } from 'vitest';
import { composeChecker } from '../../compose';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './no-pids-limit';

describe('no-pids-limit', () => {
  it('docker run', () => testRule(runChecker, rule, {
    valid: ['docker run --pids-limit 100 alpine', 'docker run --pids-limit=200 alpine'],
    invalid: [
      { code: 'docker run alpine', errors: [{ line: 1, messageId: 'missingRun', message: '--pids-limit 200' }] },
      { code: 'docker run --pids-limit -1 alpine', errors: [{ line: 1, messageId: 'unlimited', message: '--pids-limit -1 means no limit' }] },
      { code: 'docker run --pids-limit=0 alpine', errors: [{ line: 1, messageId: 'unlimited' }] },
      { code: 'docker run --ulimit nproc=100 alpine', errors: [{ line: 1, messageId: 'missingRun' }], name: 'nproc is per user, not a container limit' },
    ],
  }));
  it('compose', () => testRule(composeChecker, rule, {
    valid: [
      'services:\n  a:\n    image: x\n    pids_limit: 100\n',
      'services:\n  a:\n    image: x\n    deploy:\n      resources:\n        limits:\n          pids: 100\n',
    ],
    invalid: [
      { code: 'services:\n  a:\n    image: x\n', errors: [{ line: 2, messageId: 'missingCompose', message: 'pids_limit: 200' }] },
      { code: 'services:\n  a:\n    image: x\n    pids_limit: -1\n', errors: [{ line: 4, messageId: 'unlimited', message: 'pids_limit: -1' }] },
    ],
  }));
});
