import { describe, it } from 'vitest';
import { composeChecker } from '../../compose';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './host-device';

describe('host-device', () => {
  it('docker run', () => testRule(runChecker, rule, {
    valid: ['docker run alpine', 'docker run alpine --device /dev/sda'],
    invalid: [
      { code: 'docker run --device /dev/sda alpine', errors: [{ line: 1, messageId: 'deviceRun', message: '"rwm" access' }] },
      { code: 'docker run --device=/dev/sda:/dev/xvdc:r alpine', errors: [{ line: 1, messageId: 'deviceReadOnlyRun', message: 'read-only' }] },
      { code: 'docker run --device /dev/fuse:rw alpine', errors: [{ line: 1, message: '/dev/fuse' }] },
    ],
  }));
  it('compose', () => testRule(composeChecker, rule, {
    valid: ['services:\n  a:\n    image: x\n'],
    invalid: [{ code: 'services:\n  a:\n    devices:\n      - "/dev/ttyUSB0:/dev/ttyUSB0"\n', errors: [{ line: 4, messageId: 'deviceCompose' }] }],
  }));
});
