import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './ssh-server-or-port-22';

describe('ssh-server-or-port-22', () => {
  it('flags EXPOSE 22 and SSH servers', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM debian:13-slim\nEXPOSE 8080 2222/udp\n',
        'FROM debian:13-slim\nEXPOSE 22/udp\n',
        { name: 'ssh client is not a server', code: 'FROM alpine:3.24\nRUN apk add --no-cache openssh-client\n' },
        'FROM debian:13-slim\nEXPOSE 220\n',
      ],
      invalid: [
        { name: 'EXPOSE 22', code: 'FROM debian:13-slim\nEXPOSE 80 22\n', errors: [{ line: 2, message: 'EXPOSE 22', messageId: 'exposesSsh' }] },
        { name: 'EXPOSE 22/tcp', code: 'FROM debian:13-slim\nEXPOSE 22/tcp\n', errors: [{ line: 2 }] },
        { name: 'port range', code: 'FROM debian:13-slim\nEXPOSE 20-30\n', errors: [{ line: 2, message: 'includes port 22', messageId: 'rangeIncludesSsh' }] },
        { name: 'port from ARG', code: 'FROM debian:13-slim\nARG SSH=22\nEXPOSE ${SSH}\n', errors: [{ line: 3 }] },
        { name: 'openssh-server', code: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y openssh-server\n', errors: [{ line: 2, message: 'openssh-server', messageId: 'installsServer' }] },
      ],
    });
  });
});
