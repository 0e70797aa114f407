import { describe, it } from 'vitest';
import { composeChecker } from '../../compose';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './privileged';

describe('privileged', () => {
  it('docker run', () => testRule(runChecker, rule, {
    valid: [
      'docker run --rm alpine',
      'docker run --privileged=false alpine',
      { code: 'docker run img echo --privileged', name: 'after the image it is the container command' },
      '# docker run --privileged alpine',
      'echo docker run --privileged',
    ],
    invalid: [
      { code: 'docker run --privileged alpine', errors: [{ line: 1, messageId: 'privilegedRun', message: '--privileged' }] },
      { code: 'sudo docker container run --privileged=true alpine', errors: [{ line: 1 }] },
      { code: 'docker create --privileged alpine', errors: [{ line: 1 }] },
      { code: 'set -e\nFOO=1 docker run \\\n  -d \\\n  --privileged nginx && echo ok', errors: [{ line: 4 }] },
      { code: 'docker run --rm alpine; docker run --privileged alpine', errors: [{ line: 1 }] },
    ],
  }));
  it('compose', () => testRule(composeChecker, rule, {
    valid: ['services:\n  web:\n    image: nginx\n    privileged: false\n', 'services:\n  web:\n    image: nginx\n'],
    invalid: [
      { code: 'services:\n  web:\n    image: nginx\n    privileged: true\n', errors: [{ line: 4, messageId: 'privilegedCompose', message: 'privileged: true' }] },
      { code: 'x-base: &base\n  privileged: true\nservices:\n  web:\n    <<: *base\n    image: nginx\n', errors: [{ line: 2 }], name: 'merge key' },
    ],
  }));
});
