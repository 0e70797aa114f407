import { describe, it } from 'vitest';
import { composeChecker } from '../../compose';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './host-network';

describe('host-network', () => {
  it('docker run', () => testRule(runChecker, rule, {
    valid: ['docker run -p 8080:80 nginx', 'docker run --network mynet nginx', 'docker run --net=none nginx', 'docker run nginx --net=host'],
    invalid: [
      { code: 'docker run --net=host nginx', errors: [{ line: 1, messageId: 'hostNetworkRun' }] },
      { code: 'docker run --network host nginx', errors: [{ line: 1 }] },
      { code: 'docker run --network=HOST nginx', errors: [{ line: 1 }] },
      { code: 'docker run --network host -p 80:80 nginx', errors: [{ line: 1, messageId: 'hostNetworkPublishingRun', message: 'discarded' }] },
      { code: 'docker run -P --net host nginx', errors: [{ line: 1, message: 'discarded' }] },
    ],
  }));
  it('compose', () => testRule(composeChecker, rule, {
    valid: ['services:\n  db:\n    network_mode: "none"\n', 'services:\n  db:\n    network_mode: "service:web"\n'],
    invalid: [
      { code: 'services:\n  db:\n    image: mongo\n    network_mode: "host"\n', errors: [{ line: 4, messageId: 'hostNetworkCompose', message: 'network_mode: host' }] },
      { code: 'services:\n  db:\n    image: mongo\n    network_mode: host\n    ports:\n      - "80:80"\n', errors: [{ line: 4, messageId: 'hostNetworkPublishingCompose', message: 'discarded' }] },
    ],
  }));
});
