import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './add-instead-of-copy';

describe('add-instead-of-copy', () => {
  it('flags ADD of plain local files only', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM alpine:3.24\nCOPY app.conf /etc/app/\n',
        { name: 'local archive is unpacked on purpose', code: 'FROM alpine:3.24\nADD rootfs.tar.gz /\n' },
        { name: 'URL is another rule', code: 'FROM alpine:3.24\nADD https://example.com/a.txt /a.txt\n' },
        { name: 'git URL', code: 'FROM alpine:3.24\nADD https://github.com/moby/buildkit.git#v0.14.1 /src\n' },
      ],
      invalid: [
        { name: 'file', code: 'FROM alpine:3.24\nADD app.conf /etc/app/\n', errors: [{ line: 2, message: 'COPY', messageId: 'copiesLocalFiles' }] },
        { name: 'directory with --chown', code: 'FROM alpine:3.24\nADD --chown=1000 src/ /app/\n', errors: [{ line: 2 }] },
        { name: 'JSON form', code: 'FROM alpine:3.24\nADD ["a b.txt", "/x/"]\n', errors: [{ line: 2 }] },
        { name: 'variable without a value is most likely a local file', code: 'FROM alpine:3.24\nARG JAR_FILE\nADD ${JAR_FILE} app.jar\n', errors: [{ line: 3, message: '${JAR_FILE}' }] },
        { name: 'lowercase', code: 'from alpine:3.24\nadd . /app\n', errors: [{ line: 2 }] },
      ],
    });
  });
});
