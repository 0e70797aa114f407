import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './app-files-writable-by-runtime-user';

describe('app-files-writable-by-runtime-user', () => {
  it('flags application files the runtime user owns or anyone can write', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM eclipse-temurin:17-jre\nCOPY --chown=0:0 --chmod=555 app.jar /opt/app/\nUSER 10001\n',
        { name: 'data directory may be owned by the app', code: 'FROM alpine:3.24\nRUN adduser -D -u 1000 app && mkdir -p /data && chown -R app /data\nUSER 1000\n' },
        { name: 'VOLUME path is data', code: 'FROM alpine:3.24\nVOLUME /srv/uploads\nCOPY --chown=1000:1000 seed /srv/uploads/\nUSER 1000\n' },
        { name: 'chown in a build stage only', code: 'FROM alpine:3.24 AS build\nRUN chown -R 1000 /src\nFROM alpine:3.24\nUSER 1000\n' },
        { name: 'owned by another user than the runtime one', code: 'FROM alpine:3.24\nCOPY --chown=2000:2000 app /app\nUSER 1000\n' },
        { name: 'runtime user is root: runs-as-root covers it', code: 'FROM alpine:3.24\nCOPY --chown=0:0 app /app\n' },
        { name: 'chmod without write for others', code: 'FROM alpine:3.24\nRUN chmod -R 755 /app\nUSER 1000\n' },
      ],
      invalid: [
        { name: 'COPY --chown to the runtime user by name', code: 'FROM python:3.12-slim\nRUN useradd -ms /bin/bash patrick\nCOPY --chown=patrick:patrick app /app\nUSER patrick\n', errors: [{ line: 3, message: '--chown=0:0 --chmod=555', messageId: 'ownerOnCopy' }] },
        { name: 'by uid', code: 'FROM alpine:3.24\nCOPY --chown=1000:1000 app /app\nUSER 1000:1000\n', errors: [{ line: 2 }] },
        { name: 'name resolved to the numeric runtime uid', code: 'FROM node:24-slim\nCOPY --chown=node:node . /usr/src/app\nUSER 1000\n', errors: [{ line: 2 }] },
        { name: 'chown -R of the app dir', code: 'FROM node:24-slim\nCOPY . /usr/src/app\nRUN chown -R node:node /usr/src/app\nUSER node\n', errors: [{ line: 3, message: 'chown node:node', messageId: 'ownerByChown' }] },
        { name: 'chmod 777', code: 'FROM alpine:3.24\nCOPY app /app\nRUN chmod -R 777 /app\nUSER 1000\n', errors: [{ line: 3, message: 'any user', messageId: 'writableByChmod' }] },
        { name: 'chmod o+w', code: 'FROM alpine:3.24\nRUN chmod -R o+w /opt/app\nUSER 1000\n', errors: [{ line: 2 }] },
        { name: '--chmod=666', code: 'FROM alpine:3.24\nCOPY --chmod=666 config.yml /etc/app/\nUSER 1000\n', errors: [{ line: 2, messageId: 'writableOnCopy' }] },
        { name: 'heredoc body', code: 'FROM alpine:3.24\nRUN <<EOF\nchmod 777 /app\nEOF\nUSER 1000\n', errors: [{ line: 3 }] },
      ],
    });
  });
});
