import { describe, it } from 'vitest';
import { composeChecker } from '../../compose';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './docker-socket-mount';

describe('docker-socket-mount', () => {
  it('docker run', () => testRule(runChecker, rule, {
    valid: ['docker run -v data:/var/run/docker.sock alpine', 'docker run -v /srv/app:/app alpine', 'docker run alpine ls /var/run/docker.sock'],
    invalid: [
      { code: 'docker run -v /var/run/docker.sock:/var/run/docker.sock portainer', errors: [{ line: 1, messageId: 'socketRun', message: 'docker.sock' }] },
      { code: 'docker run -v /var/run/docker.sock:/sock:ro alpine', errors: [{ line: 1, messageId: 'socketReadOnlyRun', message: 'read-only does not help' }] },
      { code: 'docker run --mount type=bind,source=/run/docker.sock,target=/s alpine', errors: [{ line: 1 }] },
      { code: 'docker run --volume=/run/containerd/containerd.sock:/c.sock alpine', errors: [{ line: 1, message: 'containerd.sock' }] },
      { code: 'docker run --use-api-socket alpine', errors: [{ line: 1 }] },
    ],
  }));
  it('compose', () => testRule(composeChecker, rule, {
    valid: ['services:\n  a:\n    volumes:\n      - data:/data\n'],
    invalid: [
      { code: 'services:\n  a:\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n', errors: [{ line: 4, messageId: 'socketCompose' }] },
      { code: 'services:\n  a:\n    volumes:\n      - type: bind\n        source: /var/run/docker.sock\n        target: /var/run/docker.sock\n        read_only: true\n', errors: [{ line: 4, messageId: 'socketReadOnlyCompose' }] },
    ],
  }));
});
