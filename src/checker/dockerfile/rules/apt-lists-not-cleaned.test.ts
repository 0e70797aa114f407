import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './apt-lists-not-cleaned';

describe('apt-lists-not-cleaned', () => {
  it('flags apt lists left in shipped layers', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM debian:13-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
        { name: 'unused build stage', code: 'FROM debian:13 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM scratch\n' },
        { name: 'cache mount', code: 'FROM debian:13-slim\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n' },
        { name: 'tmpfs mounts', code: 'FROM debian:13-slim\nRUN --mount=type=tmpfs,target=/var/cache/apt --mount=type=tmpfs,target=/var/lib/apt apt-get update\n' },
        { name: 'docker-clean removed, both caches mounted', code: 'FROM debian:13-slim\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install foo\n' },
      ],
      invalid: [
        { name: 'no cleanup', code: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y curl\n', errors: [{ line: 2, message: 'rm -rf /var/lib/apt/lists', messageId: 'listsKept' }] },
        { name: 'cleanup in a later RUN', code: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n', errors: [{ line: 2 }] },
        { name: 'apt-get clean is not enough', code: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y curl && apt-get clean\n', errors: [{ line: 2 }] },
        { name: 'stage reused by FROM', code: 'FROM ubuntu:24.04 AS base\nRUN apt-get update && apt-get install python3\nFROM base\n', errors: [{ line: 2 }] },
        { name: 'docker-clean removed, lists cached only', code: 'FROM debian:13-slim\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install python\n', errors: [{ line: 3, message: '/var/cache/apt', messageId: 'archivesKept' }] },
        { name: 'aptitude', code: 'FROM debian:13-slim\nRUN aptitude update && aptitude install python\n', errors: [{ line: 2 }] },
      ],
    });
  });
});

describe('apt-lists-not-cleaned, other ways to clean', () => {
  it('accepts apt-get dist-clean and find -delete', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && apt-get dist-clean\n',
        'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && find /var/lib/apt/lists -type f -delete\n',
      ],
      invalid: [
        { code: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && apt-get clean\n', errors: [{ line: 2 }] },
      ],
    });
  });
});
