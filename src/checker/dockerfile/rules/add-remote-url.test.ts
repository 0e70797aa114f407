import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './add-remote-url';

describe('add-remote-url', () => {
  it('flags unverified downloads with ADD', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM alpine:3.24\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.tgz /a.tgz\n',
        'FROM alpine:3.24\nADD app.tar.gz /opt/\n',
        'FROM alpine:3.24\nCOPY https.txt /x\n',
      ],
      invalid: [
        { name: 'https', code: 'FROM alpine:3.24\nADD https://example.com/tool /usr/local/bin/tool\n', errors: [{ line: 2, message: '--checksum', messageId: 'unverifiedDownload' }] },
        { name: 'http, quoted JSON form', code: 'FROM alpine:3.24\nADD ["http://example.com/a", "/a"]\n', errors: [{ line: 2 }] },
        { name: 'continued line', code: 'FROM alpine:3.24\nADD \\\n  https://example.com/a \\\n  /a\n', errors: [{ line: 2 }] },
      ],
    });
  });
});
