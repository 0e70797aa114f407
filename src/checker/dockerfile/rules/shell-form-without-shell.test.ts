import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './shell-form-without-shell';

describe('shell-form-without-shell', () => {
  it('flags shell form on scratch and non-debug distroless', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM gcr.io/distroless/static-debian13:nonroot\nENTRYPOINT ["/server"]\n',
        'FROM scratch\nCOPY app /app\nCMD ["/app"]\n',
        { name: 'debug image has busybox', code: 'FROM gcr.io/distroless/base-debian13:debug\nCMD /app\n' },
        { name: 'alpine has a shell', code: 'FROM alpine:3.24\nCMD /app --port 80\n' },
        { name: 'unknown base is not assumed shell-less', code: 'FROM example.com/base:1\nCMD /app\n' },
        { name: 'shell form in a build stage', code: 'FROM golang:1.27 AS build\nRUN go build\nFROM scratch\nCMD ["/app"]\n' },
      ],
      invalid: [
        { name: 'ENTRYPOINT shell form', code: 'FROM gcr.io/distroless/static-debian13:nonroot\nENTRYPOINT /server --port 8080\n', errors: [{ line: 2, message: 'exec form', messageId: 'commandShellForm' }] },
        { name: 'CMD on scratch', code: 'FROM scratch\nCOPY app /app\nCMD /app\n', errors: [{ line: 3 }] },
        { name: 'RUN on distroless', code: 'FROM gcr.io/distroless/java17-debian13\nRUN mkdir /data\n', errors: [{ line: 2, message: 'RUN', messageId: 'runShellForm' }] },
        { name: 'inherited through a stage', code: 'FROM scratch AS base\nFROM base\nCMD /app\n', errors: [{ line: 3 }] },
      ],
    });
  });
});
