import { describe, it } from 'vitest';
import { composeChecker } from '../../compose';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './host-pid';

describe('host-pid', () => {
  it('docker run', () => testRule(runChecker, rule, {
    valid: ['docker run alpine', 'docker run --pid=container:abc alpine', 'docker run alpine --pid=host'],
    invalid: [
      { code: 'docker run --pid=host alpine', errors: [{ line: 1, messageId: 'hostPidRun' }] },
      { code: 'docker run -d \\\n  --pid=host \\\n  alpine', errors: [{ line: 2 }] },
    ],
  }));
  it('compose', () => testRule(composeChecker, rule, {
    valid: ['services:\n  app:\n    image: alpine\n', 'services:\n  app:\n    pid: "container:x"\n'],
    invalid: [{ code: 'services:\n  app:\n    image: alpine\n    pid: host\n', errors: [{ line: 4, messageId: 'hostPidCompose' }] }],
  }));
});
