import { describe, it } from 'vitest';
import { composeChecker } from '../../compose';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './sensitive-host-mount';

describe('sensitive-host-mount', () => {
  it('docker run', () => testRule(runChecker, rule, {
    valid: [
      'docker run -v /srv/app:/app alpine',
      'docker run -v etc:/etc alpine',
      'docker run -v ./config:/etc/app:ro alpine',
      'docker run -v /home/me/project:/src alpine',
      'docker run --tmpfs /run alpine',
    ],
    invalid: [
      { name: 'the host kernel modules', code: 'docker run -v /lib/modules:/lib/modules alpine', errors: [{ line: 1, message: '/lib/modules' }] },
      { code: 'docker run -v /:/host alpine', errors: [{ line: 1, messageId: 'writableRun', message: 'host\'s /' }] },
      { code: 'docker run -v /etc:/host/etc:ro alpine', errors: [{ line: 1, messageId: 'readOnlyRun', message: 'Read-only still leaks' }] },
      { code: 'docker run -v /etc/:/x alpine', errors: [{ line: 1, message: '/etc' }] },
      { name: '.. cannot hide a sensitive path', code: 'docker run -v /tmp/../etc:/x alpine', errors: [{ line: 1, message: '/etc' }] },
      { code: 'docker run --mount type=bind,src=/proc/sys,dst=/x,readonly alpine', errors: [{ line: 1, message: '/proc/sys' }] },
      { code: 'docker run -v /var/lib/docker:/d -v //root//:/r alpine', errors: [{ line: 1 }, { line: 1, message: '/root' }] },
    ],
  }));
  it('compose', () => testRule(composeChecker, rule, {
    valid: ['services:\n  a:\n    volumes:\n      - type: volume\n        source: docker\n        target: /var/lib/docker\n'],
    invalid: [
      { code: 'services:\n  a:\n    volumes:\n      - "/:/host:ro"\n', errors: [{ line: 4, messageId: 'readOnlyCompose' }] },
      { code: 'services:\n  a:\n    volumes:\n      - type: bind\n        source: /etc\n        target: /e\n', errors: [{ line: 4, messageId: 'writableCompose' }] },
    ],
  }));
});
