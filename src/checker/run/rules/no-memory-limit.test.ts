import { describe, it } from 'vitest';
import { composeChecker } from '../../compose';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './no-memory-limit';

describe('no-memory-limit', () => {
  it('docker run', () => testRule(runChecker, rule, {
    valid: [
      'docker run --memory 256m alpine',
      'docker run -m 64m alpine',
      'docker run --memory=1g --memory-swap=1g alpine',
    ],
    invalid: [
      { code: 'docker run alpine', errors: [{ line: 1, messageId: 'missingRun', message: '--memory 256m' }] },
      { code: 'docker run --memory 0 alpine', errors: [{ line: 1, messageId: 'unlimited', message: '--memory 0 sets no limit' }] },
      { code: 'docker run --cpus 1 --pids-limit 100 \\\n  alpine', errors: [{ line: 1, messageId: 'missingRun' }] },
    ],
  }));
  it('compose', () => testRule(composeChecker, rule, {
    valid: [
      'services:\n  a:\n    image: x\n    mem_limit: 256m\n',
      'services:\n  a:\n    image: x\n    deploy:\n      resources:\n        limits:\n          memory: 256M\n',
    ],
    invalid: [
      { code: 'services:\n  a:\n    image: x\n', errors: [{ line: 2, messageId: 'missingCompose', message: 'Service "a"' }] },
      { code: 'services:\n  a:\n    image: x\n    mem_limit: 0\n', errors: [{ line: 4, messageId: 'unlimited', message: 'mem_limit: 0' }] },
      { code: 'services:\n  a:\n    image: x\n    deploy:\n      resources:\n        reservations:\n          memory: 256M\n', errors: [{ line: 2, messageId: 'missingCompose' }] },
    ],
  }));
});
