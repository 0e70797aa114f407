import { describe, expect, it } from 'vitest';
import { globMatches, globProblems } from './glob';

describe('AppArmor globs', () => {
  it.each([
    ['/etc/**', '/etc/passwd', true],
    ['/etc/**', '/etc/ssl/certs/ca.pem', true],
    ['/etc/**', '/etc/ssl/', true],
    ['/etc/**', '/etc/', false],
    ['/etc/**', '/etc', false],
    ['/etc/*', '/etc/passwd', true],
    ['/etc/*', '/etc/ssl/certs', false],
    ['/etc/*', '/etc/', false],
    ['/tmp/*/', '/tmp/dir/', true],
    ['/tmp/*/', '/tmp/file', false],
    ['/tmp/**/', '/tmp/a/b/', true],
    ['/tmp/**/', '/tmp/a/b', false],
    ['/etc/', '/etc/', true],
    ['/etc/', '/etc', false],
    ['/bin/s?', '/bin/sh', true],
    ['/bin/s?', '/bin/s/', false],
    ['/usr/{bin,sbin}/nginx', '/usr/sbin/nginx', true],
    ['/usr/{bin,sbin}/nginx', '/usr/lib/nginx', false],
    ['/{,usr/}bin/sh', '/bin/sh', true],
    ['/{,usr/}bin/sh', '/usr/bin/sh', true],
    ['/a/{b,{c,d}e}/f', '/a/de/f', true],
    ['/a/{b,{c,d}e}/f', '/a/d/f', false],
    ['/proc/[0-9]*/mem', '/proc/42/mem', true],
    ['/proc/[^0-9]*/x', '/proc/self/x', true],
    ['/proc/[^0-9]*/x', '/proc/1/x', false],
    ['/sys/[^f]*/**', '/sys/kernel/debug', true],
    ['/sys/[^f]*/**', '/sys/fs/cgroup', false],
    ['/a\\*b', '/a*b', true],
    ['/a\\*b', '/axb', false],
    ['/tmp/{*,x}', '/tmp/', false],
  ])('%s against %s is %s', (pattern, path, expected) => {
    expect(globMatches(pattern, path)).toBe(expected);
  });

  // A backtracking matcher would not finish within the timeout; npm run bench measures the real cost.
  it('answers patterns that make backtracking engines explode', () => {
    const pattern = `/${'**a'.repeat(30)}b`;
    const path = `/${'a'.repeat(5000)}`;
    expect(globMatches(pattern, path)).toBe(false);
  }, 30_000);

  it('reports unbalanced brackets', () => {
    expect(globProblems('/etc/{a,b')).toHaveLength(1);
    expect(globProblems('/etc/[ab')).toHaveLength(1);
    expect(globProblems('/etc/a}')).toHaveLength(1);
    expect(globProblems('/etc/{a,[bc]}/**')).toEqual([]);
  });
});
