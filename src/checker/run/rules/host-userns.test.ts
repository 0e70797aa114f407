import { describe, it } from 'vitest';
import { composeChecker } from '../../compose';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './host-userns';

describe('host-userns', () => {
  it('docker run', () => testRule(runChecker, rule, {
    valid: ['docker run alpine', 'docker run --user 1000 alpine', 'docker run alpine --userns=host'],
    invalid: [
      { code: 'docker run --userns=host alpine', errors: [{ line: 1, messageId: 'hostUsernsRun' }] },
      { code: 'docker run -d \\\n  --userns=host \\\n  alpine', errors: [{ line: 2 }] },
    ],
  }));
  it('compose', () => testRule(composeChecker, rule, {
    valid: ['services:\n  app:\n    image: alpine\n', 'services:\n  app:\n    image: x\n'],
    invalid: [{ code: 'services:\n  app:\n    image: alpine\n    userns_mode: host\n', errors: [{ line: 4, messageId: 'hostUsernsCompose' }] }],
  }));
});
