import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './sudo-usage';

describe('sudo-usage', () => {
  it('flags commands run through sudo', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM debian:13-slim\nRUN apt-get update\n',
        { name: 'the word sudo as an argument', code: 'FROM debian:13-slim\nRUN echo sudo is not used\n' },
        { name: 'pseudo is not sudo', code: 'FROM debian:13-slim\nRUN pseudo ls\n' },
      ],
      invalid: [
        { name: 'plain', code: 'FROM debian:13-slim\nRUN sudo apt-get update\n', errors: [{ line: 2, message: 'sudo apt-get', messageId: 'viaSudo' }] },
        { name: 'after &&', code: 'FROM debian:13-slim\nRUN true && sudo -u app make\n', errors: [{ line: 2, message: 'sudo make' }] },
        { name: 'exec form', code: 'FROM debian:13-slim\nRUN ["sudo", "apt-get", "install", "x"]\n', errors: [{ line: 2 }] },
        { name: 'heredoc body (checkov#5090)', code: 'FROM debian:13-slim\nRUN <<EOF\nset -e\nsudo rm -rf /tmp/x\nEOF\n', errors: [{ line: 4 }] },
        { name: 'lowercase instruction', code: 'from debian:13-slim\nrun sudo ls\n', errors: [{ line: 2 }] },
      ],
    });
  });
});
