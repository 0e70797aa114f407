import { describe, expect, it } from 'vitest';
import { normalizePosixPath } from './posix-path';

describe('normalizePosixPath', () => {
  it.each([
    ['/etc//ssh/./sshd_config', '/', '/etc/ssh/sshd_config'],
    ['/tmp/../etc', '/', '/etc'],
    ['../../..', '/app', '/'],
    ['bin/server', '/app/', '/app/bin/server'],
    ['/var/run/', '/', '/var/run'],
    ['', '/srv', '/srv'],
  ])('%s from %s is %s', (path, cwd, expected) => {
    expect(normalizePosixPath(path, cwd)).toBe(expected);
  });
});
