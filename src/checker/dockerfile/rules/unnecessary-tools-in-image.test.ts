import { describe, expect, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './unnecessary-tools-in-image';

describe('unnecessary-tools-in-image', () => {
  it('flags interactive commands in RUN and toolbox packages in the final stage', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates\n',
        { name: 'debugger only in a build stage', code: 'FROM debian:13 AS build\nRUN apt-get install -y gdb strace\nFROM debian:13-slim\nCOPY --from=build /out /app\n' },
        { name: 'build tools are another rule', code: 'FROM debian:13-slim\nRUN apt-get install -y gcc git curl wget sudo openssh-server\n' },
        { name: 'ssh package installed, not run', code: 'RUN apt-get install ssh\n' },
        { name: 'tool names as arguments', code: 'FROM alpine:3.24\nRUN echo top vim ps > /notes && grep -r kill /etc\n' },
        { name: 'similar program names', code: 'FROM alpine:3.24\nRUN pstree && topgrade --help && vimdiff a b\n' },
        { name: 'pip package named like a tool', code: 'FROM python:3.12-slim\nRUN pip install nano\n' },
        { name: 'CMD is not a RUN', code: 'FROM alpine:3.24\nCMD ["top"]\n' },
        { name: 'semgrep ok lines', code: 'FROM busybox\nRUN git clone https://github.com/returntocorp/semgrep\nRUN pip3 install semgrep\nRUN semgrep -f p/xss\n' },
      ],
      invalid: [
        { name: 'top in a fragment', code: 'RUN top\n', errors: [{ line: 1, message: 'top', messageId: 'interactiveCommand' }] },
        { name: 'exec form', code: 'FROM golang:1.27\nRUN ["ps", "-d"]\n', errors: [{ line: 2, message: 'ps' }] },
        { name: 'after && and through sudo', code: 'FROM debian:13\nRUN nginx && sudo service nginx reload\n', errors: [{ line: 2, message: 'service' }] },
        { name: 'absolute path', code: 'FROM debian:13\nRUN /bin/kill -HUP 1\n', errors: [{ line: 2, message: 'kill' }] },
        { name: 'running in a build stage still makes no sense', code: 'FROM debian:13 AS build\nRUN vim /etc/app.conf\nFROM debian:13-slim\n', errors: [{ line: 2, message: 'vim' }] },
        { name: 'apt install of editors', code: 'FROM ubuntu:24.04\nRUN apt-get install nano vim\n', errors: [{ line: 2, message: 'nano, vim', messageId: 'manyTools' }] },
        { name: 'apk with versions', code: 'FROM alpine:3.24\nRUN apk add --no-cache tcpdump=4.99.4-r1 netcat-openbsd\n', errors: [{ line: 2, message: 'tcpdump, netcat-openbsd' }] },
        { name: 'dnf and yum', code: 'FROM fedora:40\nRUN dnf install -y gdb\nRUN yum install -y nmap telnet\n', errors: [{ line: 2, message: 'gdb', messageId: 'oneTool' }, { line: 3, message: 'nmap, telnet' }] },
        { name: 'install and run on one RUN', code: 'FROM debian:13\nRUN apt-get install -y strace && ps aux\n', errors: [{ line: 2, message: 'strace' }, { line: 2, message: 'ps' }] },
        { name: 'tool on a continuation line reported on the RUN line', code: 'FROM debian:13\nRUN apt-get install -y \\\n    ca-certificates \\\n    nano\n', errors: [{ line: 2, message: 'nano' }] },
      ],
    });
  });

  it('points at the tool word', () => {
    const model = dockerfileChecker.parse('FROM debian:13\nRUN apt-get install -y nano && top -b\n');
    const [install, run] = rule.check(model);
    expect(install).toMatchObject({ line: 2, column: 24, endColumn: 28 });
    expect(run).toMatchObject({ line: 2, column: 32, endColumn: 35 });
  });
});
