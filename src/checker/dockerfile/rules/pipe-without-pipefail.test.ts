import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './pipe-without-pipefail';

describe('pipe-without-pipefail', () => {
  it('flags pipes unless pipefail is set in a shell that supports it', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM debian:13-slim\nRUN wget -O - https://x && wc -l file\n',
        'FROM debian:13-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://x | wc -l\n',
        'FROM debian:13-slim\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nRUN wget -O - https://x | wc -l\n',
        { name: 'zsh', code: 'FROM debian:13-slim\nSHELL ["/usr/local/bin/zsh", "-o", "pipefail", "-c"]\nRUN a | b\n' },
        { name: 'set -o pipefail in the script', code: 'FROM debian:13-slim\nRUN set -euo pipefail; curl -s https://x | tar x\n' },
        { name: 'powershell', code: 'FROM mcr.microsoft.com/powershell:lts\nSHELL ["pwsh", "-c"]\nRUN Get-Item x | Select-Object Name\n' },
        { name: 'exec form has no pipe', code: 'FROM debian:13-slim\nRUN ["/bin/bash", "./script", "|", "./other"]\n' },
        { name: 'or is not a pipe', code: 'FROM debian:13-slim\nRUN a || b\n' },
        { name: 'quoted pipe', code: 'FROM debian:13-slim\nRUN echo "a | b"\n' },
        { name: 'pipe in a heredoc with set -o pipefail', code: 'FROM debian:13-slim\nSHELL ["/bin/bash", "-c"]\nRUN <<EOF\nset -o pipefail\na | b\nEOF\n' },
      ],
      invalid: [
        { name: 'plain pipe', code: 'FROM debian:13-slim\nRUN wget -O - https://x | wc -l > /n\n', errors: [{ line: 2, message: 'pipefail' }] },
        { name: 'sh -o pipefail', code: 'FROM debian:13-slim\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN a | b\n', errors: [{ line: 3, message: 'may not support', messageId: 'shellMayNotSupportBash' }] },
        { name: 'sh -o pipefail on Alpine', code: 'FROM alpine:3.24\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN a | b\n', errors: [{ line: 3, message: 'SHELL ["/bin/ash", "-eo", "pipefail", "-c"]', messageId: 'shellMayNotSupportAsh' }] },
        { name: 'SHELL resets in the next stage', code: 'FROM debian:13-slim AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b\nFROM debian:13-slim\nRUN a | b\n', errors: [{ line: 5 }] },
        { name: 'SHELL changed back', code: 'FROM debian:13-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nSHELL ["/bin/sh", "-c"]\nRUN a | b\n', errors: [{ line: 4 }] },
        { name: 'exec form running bash -c', code: 'FROM debian:13-slim\nRUN ["/bin/bash", "-c", "curl -s https://x | tar x"]\n', errors: [{ line: 2 }] },
        { name: 'pipe in a heredoc', code: 'FROM debian:13-slim\nRUN <<EOF\ncurl -s https://x | tar x\nEOF\n', errors: [{ line: 2 }] },
        { name: 'pipe before set -o pipefail', code: 'FROM debian:13-slim\nRUN a | b; set -o pipefail\n', errors: [{ line: 2 }] },
      ],
    });
  });
});

describe('pipe-without-pipefail, only where a pipe can hide a failure', () => {
  it('stays quiet for writers that cannot fail, checking readers, conditions and ignored failures', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        { name: 'echo into sha256sum -c', code: 'FROM debian:13-slim\nRUN echo "$SHA  x.tgz" | sha256sum -c -\n' },
        { name: 'grep into sha256sum --check', code: 'FROM debian:13-slim\nRUN grep " x.tgz$" SHASUMS | sha256sum --check\n' },
        { name: 'a group of echos into tee', code: 'FROM debian:13-slim\nRUN { echo a; echo b; } | tee /etc/app.conf\n' },
        { name: 'printf into a command', code: 'FROM debian:13-slim\nRUN printf "y\\n" | apt-get install x\n' },
        { name: 'reader grep fails on nothing', code: 'FROM debian:13-slim\nRUN iptables --version | grep legacy\n' },
        { name: 'pipe in an if condition', code: 'FROM alpine:3.24\nRUN if apk list --installed | grep -i ruby; then exit 1; fi\n' },
        { name: 'failure ignored on purpose', code: 'FROM debian:13-slim\nRUN ls /x | wc -l || true\n' },
        { name: 'pipe inside a substitution', code: 'FROM debian:13-slim\nRUN arch="$(dpkg --print-architecture | awk -F- \'{ print $NF }\')" && echo "$arch"\n' },
      ],
      invalid: [
        { name: 'cmd | tee hides cmd', code: 'FROM debian:13-slim\nRUN make | tee build.log\n', errors: [{ line: 2, message: 'make' }] },
        { name: 'grep -v passes on nothing', code: 'FROM debian:13-slim\nRUN curl -s https://x | grep -v "#" > /list\n', errors: [{ line: 2, message: 'curl' }] },
        { name: 'a group that downloads', code: 'FROM debian:13-slim\nRUN { echo a; curl -s https://x; } | tar x\n', errors: [{ line: 2, message: 'curl' }] },
        { name: 'the pipe of a case branch on one line', code: 'FROM debian:13-slim\nRUN case "$a" in x|y) find / | xargs rm ;; esac\n', errors: [{ line: 2, message: 'find' }] },
      ],
    });
  });

  it('gives advice in the base image shell', () => {
    testRule(dockerfileChecker, rule, {
      valid: [],
      invalid: [
        { name: 'Alpine has BusyBox ash', code: 'FROM alpine:3.24\nRUN wget -qO- https://x | tar x\n', errors: [{ line: 2, message: 'SHELL ["/bin/ash", "-eo", "pipefail", "-c"]', messageId: 'pipeHidesFailureAsh' }] },
        { name: 'through an earlier stage', code: 'FROM alpine:3.24 AS base\nFROM base\nRUN wget -qO- https://x | tar x\n', errors: [{ line: 3, message: 'set -o pipefail &&' }] },
        { name: 'Debian has bash', code: 'FROM debian:13-slim\nRUN wget -qO- https://x | tar x\n', errors: [{ line: 2, message: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', messageId: 'pipeHidesFailureBash' }] },
      ],
    });
  });
});
