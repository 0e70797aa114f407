import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './apt-no-install-recommends';

describe('apt-no-install-recommends', () => {
  it('flags apt-get install without --no-install-recommends', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM debian:13-slim\nRUN apt-get install -y --no-install-recommends curl\n',
        'FROM debian:13-slim\nRUN apt-get -o APT::Install-Recommends=false install curl\n',
        'FROM debian:13-slim\nRUN ["apt-get", "apt::install-recommends=false", "install", "curl"]\n',
        'FROM debian:13-slim\nRUN apt-get update\n',
        { name: 'apk is another rule', code: 'FROM alpine:3.24\nRUN apk add curl\n' },
      ],
      invalid: [
        { name: 'plain', code: 'FROM debian:13-slim\nRUN apt-get install curl\n', errors: [{ line: 2, message: '--no-install-recommends', messageId: 'installsRecommends' }] },
        { name: 'fragment with -y first', code: 'RUN apt-get -y install python\n', errors: [{ line: 1 }] },
        { name: 'exec form', code: 'FROM debian:13-slim\nRUN ["apt-get", "install", "curl"]\n', errors: [{ line: 2 }] },
        { name: 'reported on the RUN line', code: 'FROM debian:13-slim\nRUN apt-get update \\\n  && apt-get install -y curl\n', errors: [{ line: 2 }] },
        { name: 'apt', code: 'FROM debian:13-slim\nRUN apt install -y curl\n', errors: [{ line: 2 }] },
      ],
    });
  });
});

describe('apt-no-install-recommends, simulated installs', () => {
  it('ignores apt-get install -s, which installs nothing', () => {
    testRule(dockerfileChecker, rule, {
      valid: ['FROM debian:13-slim\nRUN if apt-get install -s postgresql-jit > /dev/null 2>&1; then echo yes; fi\n'],
      invalid: [{ code: 'FROM debian:13-slim\nRUN apt-get install -y postgresql-jit\n', errors: [{ line: 2 }] }],
    });
  });
});
