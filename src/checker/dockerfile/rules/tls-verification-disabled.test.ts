import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './tls-verification-disabled';

describe('tls-verification-disabled', () => {
  it('flags the ways to switch off certificate checks', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM alpine:3.24\nRUN curl -fsSL https://example.com\n',
        { name: 'curl -lol has no k', code: 'FROM alpine:3.24\nRUN curl -lol https://example.com\n' },
        { name: '-k belongs to grep', code: 'FROM alpine:3.24\nRUN curl https://example.com | grep -k lol\n' },
        { name: 'k as the value of -o', code: 'FROM alpine:3.24\nRUN curl -ok https://example.com\n' },
        { name: 'quoted flag as an argument', code: 'FROM alpine:3.24\nRUN wget https://example.com && echo "--no-check-certificate"\n' },
        { name: 'NODE_TLS_REJECT_UNAUTHORIZED=1', code: 'FROM node:24-slim\nENV NODE_TLS_REJECT_UNAUTHORIZED=1\n' },
        { name: 'variables named like Object members', code: 'FROM alpine:3.24\nENV constructor=0 toString=0\nRUN hasOwnProperty=0 constructor=0 make\n' },
      ],
      invalid: [
        { name: 'curl -k', code: 'FROM alpine:3.24\nRUN curl -k https://example.com\n', errors: [{ line: 2, message: 'curl -k', messageId: 'insecureOption' }] },
        { name: 'bundled -Lkv', code: 'FROM alpine:3.24\nRUN curl -Lkv https://example.com\n', errors: [{ line: 2 }] },
        { name: 'continued --insecure', code: 'FROM alpine:3.24\nRUN curl \\\n    --insecure \\\n    https://example.com\n', errors: [{ line: 2 }] },
        { name: 'wget', code: 'FROM alpine:3.24\nRUN echo hi && wget --no-check-certificate https://example.com\n', errors: [{ line: 2, message: 'wget' }] },
        { name: 'pip --trusted-host', code: 'FROM python:3.12-slim\nRUN pip install --trusted-host pypi.org flask\n', errors: [{ line: 2, message: 'pip' }] },
        { name: 'git sslVerify', code: 'FROM alpine:3.24\nRUN git -c http.sslVerify=false clone https://example.com/r.git\n', errors: [{ line: 2 }] },
        { name: 'git config', code: 'FROM alpine:3.24\nRUN git config --global http.sslVerify false\n', errors: [{ line: 2 }] },
        { name: 'npm strict-ssl', code: 'FROM node:24-slim\nRUN npm config set strict-ssl false\n', errors: [{ line: 2 }] },
        { name: 'ENV NODE_TLS_REJECT_UNAUTHORIZED', code: 'FROM node:24-slim\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n', errors: [{ line: 2, message: 'ENV NODE_TLS_REJECT_UNAUTHORIZED=0', messageId: 'insecureEnv' }] },
        { name: 'inline PYTHONHTTPSVERIFY', code: 'FROM python:3.12-slim\nRUN PYTHONHTTPSVERIFY=0 python fetch.py\n', errors: [{ line: 2 }] },
        { name: 'apt without peer verification', code: 'FROM debian:13-slim\nRUN apt-get -o Acquire::https::Verify-Peer=false update\n', errors: [{ line: 2, message: 'apt-get without certificate or signature checks', messageId: 'aptChecksOff' }] },
        { name: 'apk --allow-untrusted', code: 'FROM alpine:3.24\nRUN apk add --no-cache --allow-untrusted ./x.apk\n', errors: [{ line: 2 }] },
      ],
    });
  });
});

describe('tls-verification-disabled, apk index', () => {
  it('flags apk add --allow-untrusted but not apk index of local packages', () => {
    testRule(dockerfileChecker, rule, {
      valid: ['FROM alpine:3.24\nRUN apk index --allow-untrusted -o /tmp/APKINDEX.tar.gz /tmp/pkgs/*.apk\n'],
      invalid: [{ code: 'FROM alpine:3.24\nRUN apk add --allow-untrusted /tmp/x.apk\n', errors: [{ line: 2 }] }],
    });
  });
});
