import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './copy-entire-stage-filesystem';

describe('copy-entire-stage-filesystem', () => {
  it('flags COPY --from=<stage> / /', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'COPY / /\n',
        'COPY --from=build /app /\n',
        'COPY --from=build / /app\n',
      ],
      invalid: [
        { name: 'plain', code: 'COPY --from=build / /\n', errors: [{ line: 1, message: 'entire file system', messageId: 'wholeFileSystem' }] },
        { name: 'quoted', code: 'COPY --from=build "/" "/"\n', errors: [{ line: 1 }] },
        { name: 'in a real stage', code: 'FROM alpine:3.24 AS build\nFROM scratch\nCOPY --from=build / /\n', errors: [{ line: 3 }] },
      ],
    });
  });
});
