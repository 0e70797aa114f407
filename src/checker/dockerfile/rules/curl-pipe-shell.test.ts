import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './curl-pipe-shell';

describe('curl-pipe-shell', () => {
  it('flags downloads piped into an interpreter', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM debian:13-slim\nRUN curl -fsSLo /tmp/i.sh https://example.com/i.sh && sh /tmp/i.sh\n',
        { name: 'pipe into tar is not a shell', code: 'FROM debian:13-slim\nRUN curl -fsSL https://example.com/a.tgz | tar xz\n' },
        { name: 'quoted pipe is not a pipe', code: 'FROM debian:13-slim\nRUN curl "https://example.com/?q=a|sh"\n' },
        { name: 'shell after ||', code: 'FROM debian:13-slim\nRUN curl -f https://example.com || sh -c "echo failed"\n' },
      ],
      invalid: [
        { name: 'curl | sh', code: 'FROM debian:13-slim\nRUN curl -fsSL https://example.com/install.sh | sh\n', errors: [{ line: 2, message: 'curl pipes', messageId: 'pipesDownload' }] },
        { name: 'wget -O- | bash', code: 'FROM debian:13-slim\nRUN wget -qO- https://example.com/i | bash -s -- --yes\n', errors: [{ line: 2, message: 'bash' }] },
        { name: 'through tee', code: 'FROM debian:13-slim\nRUN curl -s https://x/i | tee /tmp/log | sh\n', errors: [{ line: 2 }] },
        { name: 'sudo bash', code: 'FROM debian:13-slim\nRUN curl -s https://x/i | sudo bash\n', errors: [{ line: 2 }] },
        { name: 'heredoc body (trivy#8283)', code: 'FROM debian:13-slim\nRUN <<EOF\nset -eu\ncurl -s https://x/i | sh\nEOF\n', errors: [{ line: 4 }] },
      ],
    });
  });
});

describe('curl-pipe-shell, downloads handed to a shell', () => {
  it('flags sh -c "$(curl ...)" and eval of a download', () => {
    testRule(dockerfileChecker, rule, {
      valid: ['FROM debian:13-slim\nRUN sh -c "echo $(date)"\n'],
      invalid: [
        { code: 'FROM debian:13-slim\nRUN sh -c "$(curl -fsSL https://x/install.sh)"\n', errors: [{ line: 2, message: 'download', messageId: 'runsDownload' }] },
        { code: 'FROM debian:13-slim\nRUN eval "$(wget -qO- https://x/env)"\n', errors: [{ line: 2 }] },
        { code: 'FROM debian:13-slim\nRUN V="$(curl -fsSL https://x/v)" && curl -fsSL "https://x/$V/i.sh" | bash\n', errors: [{ line: 2 }] },
      ],
    });
  });
});
