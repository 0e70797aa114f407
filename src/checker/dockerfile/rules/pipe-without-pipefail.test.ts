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
        { name: 'sh -o pipefail', code: 'FROM debian:13-slim\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN a | b\n', errors: [{ line: 3, message: 'may not support' }] },
        { name: 'SHELL resets in the next stage', code: 'FROM debian:13-slim AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b\nFROM debian:13-slim\nRUN a | b\n', errors: [{ line: 5 }] },
        { name: 'SHELL changed back', code: 'FROM debian:13-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nSHELL ["/bin/sh", "-c"]\nRUN a | b\n', errors: [{ line: 4 }] },
        { name: 'exec form running bash -c', code: 'FROM debian:13-slim\nRUN ["/bin/bash", "-c", "curl -s https://x | tar x"]\n', errors: [{ line: 2 }] },
        { name: 'pipe in a heredoc', code: 'FROM debian:13-slim\nRUN <<EOF\ncurl -s https://x | tar x\nEOF\n', errors: [{ line: 2 }] },
        { name: 'pipe before set -o pipefail', code: 'FROM debian:13-slim\nRUN a | b; set -o pipefail\n', errors: [{ line: 2 }] },
      ],
    });
  });
});
