import { describe, it } from 'vitest';
import { composeChecker } from '../../compose';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './no-cap-drop';

describe('no-cap-drop', () => {
  it('docker run', () => testRule(runChecker, rule, {
    valid: ['docker run --cap-drop ALL nginx', 'docker run --cap-drop=NET_RAW nginx', 'docker run --privileged nginx', '# docker run nginx', 'ls -l'],
    invalid: [
      { code: 'docker run nginx', errors: [{ line: 1, messageId: 'defaultCapabilitiesRun', message: '--cap-drop ALL' }] },
      { code: 'docker run -d nginx\ndocker run --cap-drop all redis\ndocker create alpine', errors: [{ line: 1 }, { line: 3 }] },
    ],
  }));
  it('compose', () => testRule(composeChecker, rule, {
    valid: ['services:\n  a:\n    cap_drop:\n      - all\n'],
    invalid: [{ code: 'services:\n  a:\n    image: x\n  b:\n    cap_drop: [ALL]\n', errors: [{ line: 2, messageId: 'defaultCapabilitiesCompose', message: 'cap_drop' }] }],
  }));
});
