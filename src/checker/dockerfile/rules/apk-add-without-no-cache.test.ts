import { describe, expect, it } from 'vitest';
import { lintText } from '../../index';
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
        { name: 'plain', code: 'FROM alpine:3.24\nRUN apk add curl\n', errors: [{ line: 2, message: '--no-cache', messageId: 'keepsIndex' }] },
        { name: 'with --update', code: 'FROM alpine:3.24\nRUN apk --update add curl\n', errors: [{ line: 2 }] },
      ],
    });
  });
});

describe('apk-add-without-no-cache, no index fetched', () => {
  it('accepts --no-network and a later cache cleanup, and stays linear', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM alpine:3.24\nRUN apk add --no-network --virtual .rundeps so:libc.musl-x86_64.so.1\n',
        'FROM alpine:3.24\nRUN apk add curl && apk add git && rm -rf /var/cache/apk/*\n',
      ],
      invalid: [
        { code: 'FROM alpine:3.24\nRUN rm -rf /var/cache/apk/* && apk add curl\n', errors: [{ line: 2 }] },
      ],
    });
    const many = `FROM alpine:3.24\nRUN true${' && apk add x'.repeat(5000)}\n`;
    expect(lintText('dockerfile', many).filter((f) => f.ruleId === rule.meta.id)).toHaveLength(5000);
  });
});
