import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './runs-as-root';

describe('runs-as-root', () => {
  it('follows the final stage user through USER, base images and stages', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM alpine:3.24\nUSER 10001:10001\n',
        'FROM alpine:3.24\nRUN adduser -D -u 1000 app\nUSER app\n',
        { name: 'distroless nonroot needs no USER', code: 'FROM gcr.io/distroless/static-debian13:nonroot\nCOPY app /app\n' },
        { name: 'debug-nonroot', code: 'FROM gcr.io/distroless/base-debian13:debug-nonroot\n' },
        { name: 'nginx-unprivileged', code: 'FROM nginxinc/nginx-unprivileged:1.30-alpine\n' },
        { name: 'payara/micro runs as payara', code: 'FROM payara/micro:6.2024.1\nCOPY app.war /opt/payara/deployments/\n' },
        { name: 'root only in a build stage (hadolint#405, trivy#1620)', code: 'FROM maven:3-eclipse-temurin-17 AS build\nUSER root\nRUN mvn package\nFROM eclipse-temurin:17-jre\nUSER 10001\n' },
        { name: 'FROM an earlier stage inherits its user', code: 'FROM node:24 AS base\nUSER node\nFROM base\nCMD ["node"]\n' },
        { name: 'FROM --platform then FROM base (checkov#5466)', code: 'FROM --platform=$BUILDPLATFORM golang:1.27 AS base\nUSER 1000\nFROM base\n' },
        { name: 'USER with an ARG default', code: 'FROM alpine:3.24\nARG UID=10001\nUSER ${UID}\n' },
        { name: 'lowercase instructions', code: 'from alpine:3.24\nuser 1000\n' },
        { name: 'non-root user in the root group', code: 'FROM alpine:3.24\nUSER 1000:0\n' },
      ],
      invalid: [
        { name: 'no USER at all (hadolint#328)', code: 'FROM node:24\nCMD ["node", "server.js"]\n', errors: [{ line: 1, message: 'never sets USER', messageId: 'imageRunsAsRoot' }] },
        { name: 'USER root', code: 'FROM alpine:3.24\nUSER root\n', errors: [{ line: 2, message: 'USER root', messageId: 'switchesToRoot' }] },
        { name: 'USER 0', code: 'FROM alpine:3.24\nUSER 0\n', errors: [{ line: 2 }] },
        { name: 'USER 0:0 (kics#8095)', code: 'FROM alpine:3.24\nUSER 0:0\n', errors: [{ line: 2 }] },
        { name: 'USER root:root', code: 'FROM alpine:3.24\nUSER root:root\n', errors: [{ line: 2 }] },
        { name: 'USER 00', code: 'FROM alpine:3.24\nUSER 00\n', errors: [{ line: 2 }] },
        { name: 'switching back to root', code: 'FROM alpine:3.24\nUSER 1000\nRUN id\nUSER root\n', errors: [{ line: 4 }] },
        { name: 'scratch without USER', code: 'FROM golang:1.27 AS build\nUSER 1000\nFROM scratch\nCOPY --from=build /app /app\n', errors: [{ line: 3, message: 'scratch', messageId: 'scratchHasNoUser' }] },
        { name: 'unknown base without USER', code: 'FROM example.com/team/app-base:1.2\n', errors: [{ line: 1, message: 'cannot be verified', messageId: 'unverifiedDefaultUser' }] },
        { name: 'FROM $BASE with an ARG default (hadolint#219, trivy#8274)', code: 'ARG BASE=debian:13-slim\nFROM ${BASE}\nRUN true\n', errors: [{ line: 2 }] },
        { name: 'inherits root from an earlier stage', code: 'FROM debian:13 AS base\nFROM base\nCMD ["bash"]\n', errors: [{ line: 2, message: 'stage "base"', messageId: 'stageRunsAsRoot' }] },
        { name: 'plain distroless is root', code: 'FROM gcr.io/distroless/java17-debian13\n', errors: [{ line: 1 }] },
        { name: 'a variable the stage never declared leaves USER empty, which is root', code: 'ARG APP_UID=10001\nFROM gcr.io/distroless/static-debian13:nonroot\nUSER ${APP_UID}\n', errors: [{ line: 3, message: 'is empty', messageId: 'emptyUser' }] },
        { name: 'USER +0 is uid 0', code: 'FROM alpine:3.24\nUSER +0\n', errors: [{ line: 2 }] },
        { name: 'a quoted root', code: 'FROM alpine:3.24\nUSER "root"\n', errors: [{ line: 2, message: 'USER "root"' }] },
      ],
    });
  });
});

describe('runs-as-root with suffixed and pinned base tags', () => {
  it('knows nonroot variants whatever their suffix or digest', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM gcr.io/distroless/static:nonroot-amd64\nCOPY app /\n',
        'FROM gcr.io/distroless/static-debian12:nonroot@sha256:afa5c872c891853ca7fcf1f12c3edb23f7eeef36189728842dd51042ff57f7ab\nCOPY app /\n',
        'FROM gcr.io/distroless/base:debug-nonroot\nCOPY app /\n',
      ],
      invalid: [
        { code: 'FROM gcr.io/distroless/static:latest-arm64\nCOPY app /\n', errors: [{ line: 1 }] },
        { code: 'FROM gcr.io/distroless/static-debian12\nCOPY app /\n', errors: [{ line: 1 }] },
        { code: 'FROM gcr.io/distroless/java21-debian13@sha256:27d6932e85923aa9baf382f3daed5a587fe764c4c5397a0fa085a3f1b8f637ec\nCOPY app /\n', errors: [{ line: 1 }] },
      ],
    });
  });
});
