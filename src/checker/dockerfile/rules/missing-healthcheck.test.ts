import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './missing-healthcheck';

describe('missing-healthcheck', () => {
  it('flags a final image without HEALTHCHECK', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM scratch\nHEALTHCHECK CMD ["/app", "health"]\n',
        { name: 'HEALTHCHECK NONE is a decision', code: 'FROM scratch\nHEALTHCHECK NONE\n' },
        { name: 'inherited from an earlier stage', code: 'FROM scratch AS base\nHEALTHCHECK CMD /bin/check\nFROM base\n' },
        { name: 'only the final stage matters', code: 'FROM golang:1.27 AS build\nFROM alpine:3.24\nHEALTHCHECK --interval=5m CMD wget -qO- http://localhost/ || exit 1\n' },
        { name: 'fragment', code: 'RUN true\n' },
      ],
      invalid: [
        { name: 'none', code: 'FROM scratch\n', errors: [{ line: 1, message: 'HEALTHCHECK', messageId: 'noHealthcheck' }] },
        { name: 'reported on the final FROM', code: 'FROM golang:1.27 AS build\nHEALTHCHECK CMD true\n\nFROM alpine:3.24\nCMD ["./app"]\n', errors: [{ line: 4 }] },
        { name: 'chain bifurcates', code: 'FROM scratch AS a\nFROM a AS b1\nHEALTHCHECK NONE\nFROM a AS b2\n', errors: [{ line: 4 }] },
      ],
    });
  });
});
