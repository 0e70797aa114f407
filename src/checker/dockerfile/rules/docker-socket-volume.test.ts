import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './docker-socket-volume';

describe('docker-socket-volume', () => {
  it('flags VOLUME of the Docker socket', () => {
    testRule(dockerfileChecker, rule, {
      valid: ['FROM docker:27-cli\nVOLUME /data\n', 'FROM docker:27-cli\nVOLUME ./app/main.py:/main.py\n'],
      invalid: [
        { name: 'path', code: 'FROM docker:27-cli\nVOLUME /var/run/docker.sock\n', errors: [{ line: 2, message: 'docker.sock', messageId: 'socketVolume' }] },
        { name: 'host:container style', code: 'FROM docker:27-cli\nVOLUME /var/run/docker.sock:/var/run/docker.sock\n', errors: [{ line: 2 }] },
        { name: 'JSON form', code: 'FROM docker:27-cli\nVOLUME ["/data", "/run/docker.sock"]\n', errors: [{ line: 2 }] },
      ],
    });
  });
});
