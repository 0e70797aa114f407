import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './malformed-json-form';

describe('malformed-json-form', () => {
  it('flags JSON-form instructions Docker cannot read as JSON', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM alpine:3.24\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nCMD ["node", "server.js"]\n',
        { name: 'spaces inside the array', code: 'FROM alpine:3.24\nENTRYPOINT [ "/server", "--port", "8080" ]\n' },
        { name: 'shell form', code: 'FROM alpine:3.24\nCMD node server.js\nRUN apk add --no-cache curl\n' },
        { name: 'a shell test is not a JSON attempt', code: 'FROM alpine:3.24\nRUN [ -f /etc/os-release ] && echo ok\nRUN [ "$TARGETARCH" = "amd64" ] || true\nRUN [ "$X" ] && echo set\n' },
        { name: 'flags before the exec form', code: 'FROM alpine:3.24\nRUN --mount=type=cache,target=/root/.cache ["sh", "-c", "echo hi"]\nCOPY --chown=0:0 ["a b", "/dst/"]\n' },
        { name: 'healthcheck exec form', code: 'FROM alpine:3.24\nHEALTHCHECK --interval=30s CMD ["wget", "-qO-", "http://127.0.0.1/"]\n' },
        { name: 'escaped quotes', code: 'FROM alpine:3.24\nCMD ["sh", "-c", "echo \\"hi\\""]\n' },
      ],
      invalid: [
        { name: 'text glued after SHELL', code: 'FROM alpine:3.24\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]t -qO /tmp/install.sh https://get.example.com/x.sh\n', errors: [{ line: 2, message: 'SHELL requires the arguments to be in JSON form', messageId: 'shellTrailingText' }] },
        { name: 'SHELL in shell form', code: 'FROM alpine:3.24\nSHELL /bin/ash -c\n', errors: [{ line: 2, message: 'JSON form', messageId: 'shellInvalid' }] },
        { name: 'empty SHELL', code: 'FROM alpine:3.24\nSHELL []\n', errors: [{ line: 2, message: 'at least one argument', messageId: 'shellEmpty' }] },
        { name: 'missing comma in CMD', code: 'FROM alpine:3.24\nCMD ["java", "-jar" "/opt/app/app.jar"]\n', errors: [{ line: 2, message: '/bin/sh -c', messageId: 'commandInvalid' }] },
        { name: 'single quotes in ENTRYPOINT', code: "FROM alpine:3.24\nENTRYPOINT ['/server', '--port', '8080']\n", errors: [{ line: 2, message: 'ENTRYPOINT' }] },
        { name: 'one single-quoted element', code: "FROM alpine:3.24\nCMD ['/server']\n", errors: [{ line: 2 }] },
        { name: 'unclosed array', code: 'FROM alpine:3.24\nCMD ["node", "server.js"\n', errors: [{ line: 2 }] },
        { name: 'numbers in the array', code: 'FROM alpine:3.24\nCMD ["sleep", 10]\n', errors: [{ line: 2, message: 'strings only', messageId: 'notStrings' }] },
        { name: 'RUN after flags', code: 'FROM alpine:3.24\nRUN --network=none ["sh" "-c", "true"]\n', errors: [{ line: 2, message: 'the build fails', messageId: 'runInvalid' }] },
        { name: 'COPY list', code: 'FROM alpine:3.24\nCOPY ["a", "b"]x\n', errors: [{ line: 2, message: 'splits the line at spaces', messageId: 'listTrailingText' }] },
        { name: 'healthcheck', code: 'FROM alpine:3.24\nHEALTHCHECK CMD ["wget" "-q"]\n', errors: [{ line: 2, message: 'health check', messageId: 'healthcheckInvalid' }] },
        { name: 'COPY list with a missing comma', code: 'FROM alpine:3.24\nCOPY ["a" "b"]\n', errors: [{ line: 2, message: 'part of the paths', messageId: 'listInvalid' }] },
        { name: 'text glued after RUN', code: 'FROM alpine:3.24\nRUN ["true"]x\n', errors: [{ line: 2, message: 'the build fails', messageId: 'runTrailingText' }] },
        { name: 'text glued after HEALTHCHECK', code: 'FROM alpine:3.24\nHEALTHCHECK CMD ["true"]x\n', errors: [{ line: 2, message: 'health check always fails', messageId: 'healthcheckTrailingText' }] },
        { name: 'text glued after ENTRYPOINT', code: 'FROM alpine:3.24\nENTRYPOINT ["/server"]x\n', errors: [{ line: 2, message: 'ENTRYPOINT has text glued', messageId: 'commandTrailingText' }] },
        { name: 'in a build stage too', code: 'FROM alpine:3.24 AS build\nRUN ["make",]\nFROM scratch\n', errors: [{ line: 2 }] },
      ],
    });
  });
});
