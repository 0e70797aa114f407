import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './secret-file-in-layer';

describe('secret-file-in-layer', () => {
  it('flags secret files copied into shipped layers', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM node:24-slim\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n',
        { name: 'template files are not secrets', code: 'FROM node:24-slim\nCOPY .env.example /app/\n' },
        { name: 'build stage only', code: 'FROM node:24 AS build\nCOPY .npmrc /root/.npmrc\nRUN npm ci\nFROM node:24-slim\nCOPY --from=build /app /app\n' },
        { name: 'COPY . . without removing a secret', code: 'FROM node:24-slim\nCOPY . .\nRUN rm -rf node_modules/.cache\n' },
      ],
      invalid: [
        { name: 'copied then removed', code: 'FROM node:24-slim\nCOPY .npmrc /root/.npmrc\nRUN npm ci && rm /root/.npmrc\n', errors: [{ line: 2, message: 'line 3', messageId: 'removedLater' }] },
        { name: 'private key', code: 'FROM alpine:3.24\nCOPY id_rsa /root/.ssh/id_rsa\n', errors: [{ line: 2, message: 'id_rsa', messageId: 'inImage' }] },
        { name: 'COPY . . then rm .env', code: 'FROM python:3.12-slim\nCOPY . /app\nRUN rm -f /app/.env\n', errors: [{ line: 2, message: '.env', messageId: 'inCopiedDirectory' }] },
        { name: 'pem via ADD', code: 'FROM alpine:3.24\nADD certs/server.key /etc/ssl/private/\n', errors: [{ line: 2 }] },
      ],
    });
  });
});
