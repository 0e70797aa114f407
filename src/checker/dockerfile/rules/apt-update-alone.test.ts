import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './apt-update-alone';

describe('apt-update-alone', () => {
  it('flags index updates separated from installs', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM debian:13-slim\nRUN apt-get update && apt-get install -y curl\n',
        'FROM alpine:3.24\nRUN apk --update add curl\n',
        'FROM alpine:3.24\nRUN apk update && apk upgrade\n',
        { name: 'heredoc update and install (trivy)', code: 'FROM debian:13-slim\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n' },
        { name: 'yum', code: 'FROM centos:7\nRUN yum update && yum install nginx\n' },
        { name: 'update followed by another command', code: 'FROM debian:13-slim\nRUN apt update && install -m 755 a /usr/local/bin/a\n' },
      ],
      invalid: [
        { name: 'update then install', code: 'FROM debian:13-slim\nRUN apt-get update\nRUN apt-get install -y curl\n', errors: [{ line: 3, message: 'line 2', messageId: 'installsWithStaleIndex' }] },
        { name: 'apk', code: 'FROM alpine:3.24\nRUN apk update\nRUN apk add nginx\n', errors: [{ line: 3 }] },
        { name: 'zypper', code: 'FROM opensuse/leap:15\nRUN zypper refresh\nRUN zypper install nginx\n', errors: [{ line: 3 }] },
        { name: 'pacman', code: 'FROM archlinux:base\nRUN pacman -Syu\nRUN pacman -S nginx\n', errors: [{ line: 3 }] },
        { name: 'a lone update', code: 'FROM alpine:3.24\nRUN apk update\n', errors: [{ line: 2, message: 'only refreshes', messageId: 'updateAlone' }] },
      ],
    });
  });
});
