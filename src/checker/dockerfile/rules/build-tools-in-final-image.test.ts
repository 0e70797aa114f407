import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './build-tools-in-final-image';

describe('build-tools-in-final-image', () => {
  it('flags toolchain bases and build tools in the final stage only', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM maven:3-eclipse-temurin-17 AS build\nRUN mvn package\nFROM eclipse-temurin:17-jre\nCOPY --from=build /app.jar /app.jar\n',
        { name: 'compilers in a build stage', code: 'FROM debian:13 AS build\nRUN apt-get install -y gcc make\nFROM debian:13-slim\n' },
        { name: 'npm ci --omit=dev', code: 'FROM node:24-slim\nRUN npm ci --omit=dev\n' },
        { name: 'runtime packages', code: 'FROM debian:13-slim\nRUN apt-get install -y --no-install-recommends ca-certificates tzdata\n' },
        { name: 'JRE tag', code: 'FROM eclipse-temurin:21-jre-alpine\n' },
        'FROM gcr.io/distroless/java17-debian13:nonroot\n',
      ],
      invalid: [
        { name: 'maven base', code: 'FROM maven:3-eclipse-temurin-17\nCMD ["mvn"]\n', errors: [{ line: 1, message: 'multi-stage', messageId: 'toolchainBase' }] },
        { name: 'JDK base', code: 'FROM eclipse-temurin:17-jdk\n', errors: [{ line: 1 }] },
        { name: 'golang base', code: 'FROM golang:1.27-alpine\n', errors: [{ line: 1 }] },
        { name: 'inherited through a stage', code: 'FROM gradle:8-jdk17 AS build\nFROM build\n', errors: [{ line: 2 }] },
        { name: 'apt installs compilers', code: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y gcc git\n', errors: [{ line: 2, message: 'gcc, git', messageId: 'buildPackages' }] },
        { name: 'apk installs curl', code: 'FROM alpine:3.24\nRUN apk add --no-cache curl\n', errors: [{ line: 2, message: 'curl' }] },
        { name: 'npm install keeps dev dependencies', code: 'FROM node:24-slim\nRUN npm install\n', errors: [{ line: 2, message: '--omit=dev', messageId: 'devDependencies' }] },
      ],
    });
  });
});

describe('build tools removed in the same RUN', () => {
  it('does not count packages a RUN removes again before it ends', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        { name: 'apk virtual group deleted', code: 'FROM alpine:3.24\nRUN apk add --no-cache --virtual .build-deps gcc make \\\n && make -C /src && apk del --no-network .build-deps\n' },
        { name: 'apk packages deleted by name', code: 'FROM alpine:3.24\nRUN apk add --no-cache curl && curl -fsSLo /x https://x && apk del curl\n' },
        { name: 'apt purge --auto-remove by name', code: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc \\\n && make && apt-get purge -y --auto-remove gcc && rm -rf /var/lib/apt/lists/*\n' },
        { name: 'official images: apt-mark auto then purge', code: 'FROM debian:13-slim\nRUN set -eux; savedAptMark="$(apt-mark showmanual)"; apt-get update; \\\n apt-get install -y --no-install-recommends gcc make wget; make; \\\n apt-mark auto \'.*\' > /dev/null; apt-mark manual $savedAptMark; \\\n apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; apt-get dist-clean\n' },
      ],
      invalid: [
        { name: 'another group is deleted', code: 'FROM alpine:3.24\nRUN apk add --virtual .a gcc && apk add --virtual .b make && apk del .b\n', errors: [{ line: 2, message: 'gcc' }] },
        { name: 'removed in a later RUN is still in the earlier layer', code: 'FROM alpine:3.24\nRUN apk add --no-cache gcc\nRUN apk del gcc\n', errors: [{ line: 2 }] },
        { name: 'autoremove alone keeps explicitly installed packages', code: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc && apt-get autoremove -y\n', errors: [{ line: 2 }] },
        { name: 'purge before install', code: 'FROM debian:13-slim\nRUN apt-get purge -y gcc; apt-get install -y --no-install-recommends gcc\n', errors: [{ line: 2 }] },
      ],
    });
  });
});
