import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './apk-add-without-no-cache';

describe('apk-add-without-no-cache', () => {
  it('flags apk add that keeps its cache', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM alpine:3.24\nRUN apk add --no-cache curl\n',
        'FROM alpine:3.24\nRUN apk add curl && rm -rf /var/cache/apk/*\n',
        'FROM alpine:3.24\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n',
        'FROM alpine:3.24\nRUN apk update\n',
      ],
      invalid: [
        { name: 'plain', code: 'FROM alpine:3.24\nRUN apk add curl\n', errors: [{ line: 2, message: '--no-cache' }] },
        { name: 'with --update', code: 'FROM alpine:3.24\nRUN apk --update add curl\n', errors: [{ line: 2 }] },
      ],
    });
  });
});
