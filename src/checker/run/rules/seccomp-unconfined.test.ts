import { describe, it } from 'vitest';
import { composeChecker } from '../../compose';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './seccomp-unconfined';

describe('seccomp-unconfined', () => {
  it('docker run', () => testRule(runChecker, rule, {
    valid: [
      'docker run alpine',
      'docker run --security-opt seccomp=./profile.json alpine',
      'docker run --security-opt seccomp=builtin alpine',
      { code: 'docker run --privileged alpine', name: 'privileged is reported by its own rule' },
    ],
    invalid: [
      { code: 'docker run --security-opt seccomp=unconfined alpine', errors: [{ line: 1, messageId: 'unconfinedRun' }] },
      { code: 'docker run --security-opt="seccomp:unconfined" alpine', errors: [{ line: 1 }] },
    ],
  }));
  it('compose', () => testRule(composeChecker, rule, {
    valid: ['services:\n  a:\n    security_opt:\n      - seccomp:./p.json\n', 'services:\n  a:\n    security_opt:\n      - label:seccomp:unconfined\n'],
    invalid: [{ code: 'services:\n  a:\n    security_opt:\n      - seccomp=unconfined\n', errors: [{ line: 4, messageId: 'unconfinedCompose' }] }],
  }));
});
