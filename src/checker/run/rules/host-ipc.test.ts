import { describe, it } from 'vitest';
import { composeChecker } from '../../compose';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './host-ipc';

describe('host-ipc', () => {
  it('docker run', () => testRule(runChecker, rule, {
    valid: ['docker run alpine', 'docker run --ipc=shareable alpine', 'docker run alpine --ipc=host'],
    invalid: [
      { code: 'docker run --ipc=host alpine', errors: [{ line: 1, messageId: 'hostIpcRun' }] },
      { code: 'docker run -d \\\n  --ipc=host \\\n  alpine', errors: [{ line: 2 }] },
    ],
  }));
  it('compose', () => testRule(composeChecker, rule, {
    valid: ['services:\n  app:\n    image: alpine\n', 'services:\n  app:\n    ipc: private\n'],
    invalid: [{ code: 'services:\n  app:\n    image: alpine\n    ipc: host\n', errors: [{ line: 4, messageId: 'hostIpcCompose' }] }],
  }));
});
