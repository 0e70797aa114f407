import { describe, it } from 'vitest';
import { composeChecker } from '../../compose';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './host-uts';

describe('host-uts', () => {
  it('docker run', () => testRule(runChecker, rule, {
    valid: ['docker run alpine', 'docker run --hostname web alpine', 'docker run alpine --uts host'],
    invalid: [
      { code: 'docker run --uts host alpine', errors: [{ line: 1, messageId: 'hostUtsRun' }] },
      { code: 'docker run -d \\\n  --uts host \\\n  alpine', errors: [{ line: 2 }] },
    ],
  }));
  it('compose', () => testRule(composeChecker, rule, {
    valid: ['services:\n  app:\n    image: alpine\n', 'services:\n  app:\n    hostname: web\n'],
    invalid: [{ code: 'services:\n  app:\n    image: alpine\n    uts: host\n', errors: [{ line: 4, messageId: 'hostUtsCompose' }] }],
  }));
});
