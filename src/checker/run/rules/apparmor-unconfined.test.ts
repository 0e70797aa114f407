import { describe, it } from 'vitest';
import { composeChecker } from '../../compose';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './apparmor-unconfined';

describe('apparmor-unconfined', () => {
  it('docker run', () => testRule(runChecker, rule, {
    valid: ['docker run alpine', 'docker run --security-opt apparmor=docker-nginx nginx', 'docker run --privileged --security-opt apparmor=docker-default nginx'],
    invalid: [
      { code: 'docker run --security-opt apparmor=unconfined nginx', errors: [{ line: 1, messageId: 'unconfinedRun' }] },
      { code: 'docker run --security-opt apparmor:unconfined nginx', errors: [{ line: 1 }] },
    ],
  }));
  it('compose', () => testRule(composeChecker, rule, {
    valid: ['services:\n  a:\n    security_opt: ["apparmor=docker-nginx"]\n'],
    invalid: [{ code: 'services:\n  a:\n    security_opt: ["apparmor:unconfined"]\n', errors: [{ line: 3, messageId: 'unconfinedCompose' }] }],
  }));
});
