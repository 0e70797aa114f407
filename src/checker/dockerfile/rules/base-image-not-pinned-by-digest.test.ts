import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './base-image-not-pinned-by-digest';

const DIGEST = 'sha256:046a853f21a8e176b76369e1ea8de0c8fb24f3b377577f1aed0766e56bb4c1cc';

describe('base-image-not-pinned-by-digest', () => {
  it('flags tag-only bases and malformed digests, and leaves the untagged ones to latest-or-untagged-base-image', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        `FROM alpine:3.24@${DIGEST}\n`,
        { name: 'digest without a tag', code: `FROM alpine@${DIGEST}\n` },
        { name: 'registry with a port', code: `FROM registry.example.com:5000/base/alpine:3.24@${DIGEST}\n` },
        { name: 'an earlier stage', code: `FROM golang:1.27@${DIGEST} AS build\nFROM build\n` },
        { name: 'scratch', code: 'FROM scratch\n' },
        { name: 'untagged: the other rule reports it', code: 'FROM alpine\n' },
        { name: ':latest: the other rule reports it', code: 'FROM alpine:latest\n' },
        { name: 'a variable without a default', code: 'ARG BASE\nFROM ${BASE}\n' },
      ],
      invalid: [
        { name: 'tag only', code: 'FROM alpine:3.24\n', errors: [{ line: 1, messageId: 'notPinned', message: 'FROM alpine:3.24 is pinned by tag only' }] },
        {
          name: 'each stage',
          code: `FROM golang:1.27 AS build\nRUN true\nFROM gcr.io/distroless/static-debian13:nonroot@${DIGEST}\nFROM debian:13-slim\n`,
          errors: [{ line: 1, message: 'golang:1.27' }, { line: 4, message: 'debian:13-slim' }],
        },
        { name: 'tag from an ARG', code: 'ARG TAG=3.24\nFROM alpine:${TAG}\n', errors: [{ line: 2, message: 'FROM alpine:3.24 ' }] },
        { name: 'a short digest', code: 'FROM alpine:3.24@sha256:046a853f\n', errors: [{ line: 1, messageId: 'malformedDigest', message: '"sha256:046a853f" is not an image digest' }] },
        { name: 'upper-case hex', code: `FROM alpine:3.24@${DIGEST.toUpperCase().replace('SHA256', 'sha256')}\n`, errors: [{ line: 1, messageId: 'malformedDigest' }] },
        { name: 'lowercase instruction', code: 'from node:24-alpine3.24 as build\n', errors: [{ line: 1 }] },
      ],
    });
  });
});
