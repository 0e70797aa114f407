import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './relative-workdir';

describe('relative-workdir', () => {
  it('flags relative WORKDIR paths', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM alpine:3.24\nWORKDIR /app\n',
        'FROM alpine:3.24\nWORKDIR "/usr/local"\n',
        { name: 'variable with an absolute value', code: 'FROM alpine:3.24\nENV DIR=/srv\nWORKDIR $DIR/app\n' },
        { name: 'unknown variable', code: 'FROM alpine:3.24\nWORKDIR ${HOME_DIR}/bin\n' },
        { name: 'windows drive', code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:/app\n' },
        { name: 'fragment', code: "WORKDIR '/usr/local'\n" },
      ],
      invalid: [
        { name: 'relative', code: 'FROM alpine:3.24\nWORKDIR app\n', errors: [{ line: 2, message: 'WORKDIR /app', messageId: 'relativePath' }] },
        { name: 'dot dot', code: 'FROM alpine:3.24\nWORKDIR "../work"\n', errors: [{ line: 2 }] },
        { name: 'quoted fragment', code: "WORKDIR 'relative/dir'\n", errors: [{ line: 1 }] },
        { name: 'after an absolute one', code: 'FROM alpine:3.24\nWORKDIR /srv\nWORKDIR app\n', errors: [{ line: 3 }] },
      ],
    });
  });
});
