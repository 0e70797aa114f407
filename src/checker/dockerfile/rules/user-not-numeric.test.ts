import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './user-not-numeric';

describe('user-not-numeric', () => {
  it('asks for a numeric USER and suggests the id when known', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM alpine:3.24\nUSER 10001:10001\n',
        'FROM alpine:3.24\nUSER 1000\n',
        { name: 'root is another rule', code: 'FROM alpine:3.24\nUSER root\n' },
        { name: 'variable without a value', code: 'ARG APP_UID\nFROM alpine:3.24\nUSER ${APP_UID}\n' },
        { name: 'only the final stage counts', code: 'FROM node:24 AS build\nUSER node\nFROM node:24-slim\nUSER 1000\n' },
        'FROM alpine:3.24\n',
      ],
      invalid: [
        { name: 'shipped by the base', code: 'FROM node:24-slim\nUSER node\n', errors: [{ line: 2, message: 'USER 1000:1000', messageId: 'knownId' }] },
        { name: 'created with useradd -u', code: 'FROM debian:13-slim\nRUN groupadd -g 10001 app && useradd -u 10001 -g app app\nUSER app\n', errors: [{ line: 3, message: 'USER 10001:10001' }] },
        { name: 'created with busybox adduser', code: 'FROM alpine:3.24\nRUN adduser -D -u 1234 app\nUSER app:app\n', errors: [{ line: 3, message: 'USER 1234' }] },
        { name: 'uid picked by BusyBox adduser', code: 'FROM alpine:3.24\nRUN adduser -D app\nUSER app\n', errors: [{ line: 3, message: 'USER 1000:1000' }] },
        { name: 'unknown uid', code: 'FROM registry.example.com/base:1\nRUN adduser -D app\nUSER app\n', errors: [{ line: 3, message: 'useradd -u', messageId: 'unknownId' }] },
        { name: 'fragment', code: 'USER foobar\n', errors: [{ line: 1 }] },
        { name: 'payara', code: 'FROM payara/micro:6.2024.1\nUSER payara\n', errors: [{ line: 2, message: 'USER 1000' }] },
      ],
    });
  });
});
