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
        { name: 'maven base', code: 'FROM maven:3-eclipse-temurin-17\nCMD ["mvn"]\n', errors: [{ line: 1, message: 'multi-stage' }] },
        { name: 'JDK base', code: 'FROM eclipse-temurin:17-jdk\n', errors: [{ line: 1 }] },
        { name: 'golang base', code: 'FROM golang:1.27-alpine\n', errors: [{ line: 1 }] },
        { name: 'inherited through a stage', code: 'FROM gradle:8-jdk17 AS build\nFROM build\n', errors: [{ line: 2 }] },
        { name: 'apt installs compilers', code: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y gcc git\n', errors: [{ line: 2, message: 'gcc, git' }] },
        { name: 'apk installs curl', code: 'FROM alpine:3.24\nRUN apk add --no-cache curl\n', errors: [{ line: 2, message: 'curl' }] },
        { name: 'npm install keeps dev dependencies', code: 'FROM node:24-slim\nRUN npm install\n', errors: [{ line: 2, message: '--omit=dev' }] },
      ],
    });
  });
});
