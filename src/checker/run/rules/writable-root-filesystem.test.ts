import { describe, it } from 'vitest';
import { composeChecker } from '../../compose';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './writable-root-filesystem';

describe('writable-root-filesystem', () => {
  it('docker run', () => testRule(runChecker, rule, {
    valid: ['docker run --read-only --tmpfs /tmp alpine', 'docker run --read-only=true alpine'],
    invalid: [
      { code: 'docker run alpine', errors: [{ line: 1, messageId: 'missingRun', message: '--read-only' }] },
      { code: 'docker run --read-only=false alpine', errors: [{ line: 1, messageId: 'switchedOff', message: '--read-only=false leaves' }] },
      { code: 'docker run --tmpfs /tmp alpine', errors: [{ line: 1, messageId: 'missingRun' }], name: 'a tmpfs alone keeps the root writable' },
    ],
  }));
  it('compose', () => testRule(composeChecker, rule, {
    valid: ['services:\n  a:\n    image: x\n    read_only: true\n'],
    invalid: [
      { code: 'services:\n  a:\n    image: x\n', errors: [{ line: 2, messageId: 'missingCompose', message: 'read_only: true' }] },
      { code: 'services:\n  a:\n    image: x\n    read_only: false\n', errors: [{ line: 4, messageId: 'switchedOff', message: 'read_only: false' }] },
    ],
  }));
});
