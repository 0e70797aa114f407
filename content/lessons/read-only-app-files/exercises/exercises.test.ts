import { describe, expect, it } from 'vitest';
import { grade } from '../../../../src/checker/grading/grade';
import { applyChmod } from './file-access';
import { exercise as rootOwnedBinaries } from './root-owned-binaries/exercise';

function failingGoals(body: string): string[] {
  const dockerfile = `FROM alpine:3.24\nWORKDIR /app\n${body}\nUSER 10001:10001\nCMD ["/app/server"]\n`;
  return grade(rootOwnedBinaries, { Dockerfile: dockerfile }).filter((c) => c.source === 'goal' && !c.pass).map((c) => c.id);
}

const dataDir = 'RUN mkdir -p /app/data && chown 10001:10001 /app/data';

describe('read-only-app-files/root-owned-binaries', () => {
  it.each([
    ['COPY --chmod=555 server /app/server'],
    ['COPY --chmod=755 server /app/server'],
    ['COPY --chmod=555 server /app/'],
    ['COPY --chmod=555 server ./server'],
    ['COPY server /app/server\nRUN chmod 555 /app/server'],
    ['COPY server /app/server\nRUN chmod a=rx /app/server'],
  ])('accepts a root-owned binary without write bits for others: %s', (copy) => {
    expect(failingGoals(`${copy}\n${dataDir}`)).toEqual([]);
  });

  it('accepts a data directory handed over with chown of the user only', () => {
    expect(failingGoals('COPY --chmod=555 server /app/server\nRUN mkdir /app/data && chown 10001 /app/data')).toEqual([]);
  });

  it.each([
    ['COPY --chown=10001:10001 --chmod=555 server /app/server'],
    ['COPY --chmod=555 server /app/server\nRUN chmod -R 777 /app'],
    ['COPY --chmod=555 server /app/server\nRUN chown -R 10001:10001 /app'],
    ['COPY --chmod=557 server /app/server'],
    ['COPY server /app/server'],
  ])('rejects a binary the runtime user could change: %s', (copy) => {
    expect(failingGoals(`${copy}\n${dataDir}`)).toContain('goal:binary-read-only');
  });

  it('rejects a missing or root-only data directory', () => {
    expect(failingGoals('COPY --chmod=555 server /app/server')).toEqual(['goal:data-dir-writable']);
    expect(failingGoals('COPY --chmod=555 server /app/server\nRUN mkdir -p /app/data')).toEqual(['goal:data-dir-writable']);
  });
});

describe('applyChmod', () => {
  it.each([
    ['555', null, 0o555],
    ['0755', 0o777, 0o755],
    ['o+w', 0o555, 0o557],
    ['go-w', 0o777, 0o755],
    ['a=rx', 0o777, 0o555],
    ['u+x,g-w', 0o664, 0o744],
  ])('%s on %o gives %o', (value, mode, expected) => {
    expect(applyChmod(value, mode)).toBe(expected);
  });

  it('cannot tell the result of adding bits to an unknown mode', () => {
    expect(applyChmod('+x', null)).toBeNull();
    expect(applyChmod('u+s', 0o755)).toBeNull();
    expect(applyChmod('go-w', null)).toBeNull();
  });
});
