import { describe, it } from 'vitest';
import { composeChecker } from '../../compose';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './port-on-all-interfaces';

describe('port-on-all-interfaces', () => {
  it('docker run', () => testRule(runChecker, rule, {
    valid: [
      'docker run -p 127.0.0.1:8080:80 nginx',
      'docker run -p [::1]:8080:80 nginx',
      'docker run -p 192.168.1.10::80/udp nginx',
      { code: 'docker run --net=host -p 8080:80 nginx', name: 'ports are discarded with the host network' },
    ],
    invalid: [
      { code: 'docker run -p 8080:80 nginx', errors: [{ line: 1, messageId: 'allInterfacesRun', message: '-p 127.0.0.1:8080:80' }] },
      { code: 'docker run -p 80 nginx', errors: [{ line: 1 }] },
      { code: 'docker run --publish=0.0.0.0:53:53/udp dns', errors: [{ line: 1, message: '127.0.0.1:53:53/udp' }] },
      { code: 'docker run -p8000-8010:8000-8010 app', errors: [{ line: 1 }] },
      { code: 'docker run -P nginx', errors: [{ line: 1, messageId: 'publishAll', message: '-P' }] },
    ],
  }));
  it('compose', () => testRule(composeChecker, rule, {
    valid: ['services:\n  a:\n    ports:\n      - "127.0.0.1:8080:80"\n      - target: 80\n        host_ip: 127.0.0.1\n        published: 8081\n'],
    invalid: [
      { code: 'services:\n  a:\n    ports:\n      - 8080:80\n', errors: [{ line: 4, messageId: 'allInterfacesCompose', message: '"127.0.0.1:8080:80"' }] },
      { code: 'services:\n  a:\n    ports:\n      - target: 80\n        published: "8080"\n', errors: [{ line: 4 }] },
    ],
  }));
});
