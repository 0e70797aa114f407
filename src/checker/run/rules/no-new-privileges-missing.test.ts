import { describe, it } from 'vitest';
import { composeChecker } from '../../compose';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './no-new-privileges-missing';

describe('no-new-privileges-missing', () => {
  it('docker run', () => testRule(runChecker, rule, {
    valid: [
      'docker run --security-opt no-new-privileges alpine',
      'docker run --security-opt no-new-privileges=true alpine',
      'docker run --security-opt=no-new-privileges:true alpine',
    ],
    invalid: [
      { code: 'docker run alpine', errors: [{ line: 1, messageId: 'missingRun' }] },
      { code: 'docker run --security-opt no-new-privileges=false alpine', errors: [{ line: 1, messageId: 'setFalseRun', message: 'set to false' }] },
    ],
  }));
  it('compose', () => testRule(composeChecker, rule, {
    valid: ['services:\n  a:\n    security_opt:\n      - no-new-privileges:true\n'],
    invalid: [
      { code: 'services:\n  a:\n    image: x\n', errors: [{ line: 2, messageId: 'missingCompose' }] },
      { code: 'services:\n  a:\n    security_opt:\n      - no-new-privileges:false\n', errors: [{ line: 4, messageId: 'setFalseCompose' }] },
    ],
  }));
});
