import { describe, expect, it } from 'vitest';
import { grade } from '../../../../src/checker/grading/grade';
import { checkById, editSolution, failingIds } from '../../../../src/grading/testing';
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

describe('read-only-app-files/root-owned-binaries wrong answers', () => {
  const DF = 'Dockerfile';
  it.each([
    ['ROM instead of FROM (the file has no FROM)', editSolution(rootOwnedBinaries, DF, 'FROM alpine', 'ROM alpine'), 'Dockerfile:readable', /"ROM" is not a Dockerfile instruction/],
    ['the same mistake fails the run, with the build error', editSolution(rootOwnedBinaries, DF, 'FROM alpine', 'ROM alpine'), 'run', /unknown instruction: ROM/],
    ['the binary still handed to the runtime user', editSolution(rootOwnedBinaries, DF, '--chown=0:0', '--chown=10001:10001'), 'goal:binary-read-only', /belongs to UID 10001/],
    ['write bits left for others', editSolution(rootOwnedBinaries, DF, '--chmod=555', '--chmod=557'), 'goal:binary-read-only', /mode 557.*write/],
    ['the mode left to the build context', editSolution(rootOwnedBinaries, DF, ' --chmod=555', ''), 'goal:binary-read-only', /comes from the build context/],
    ['the data directory created but not handed over', editSolution(rootOwnedBinaries, DF, ' && chown 10001:10001 /app/data', ''), 'goal:data-dir-writable', /belongs to UID 0 with mode 755/],
    ['the same mistake stops the server from storing uploads', editSolution(rootOwnedBinaries, DF, ' && chown 10001:10001 /app/data', ''), 'run', /Permission denied/],
    ['the USER dropped', editSolution(rootOwnedBinaries, DF, 'USER 10001:10001\n', ''), 'Dockerfile:other-rules', /root/],
  ])('rejects %s', (_name, files, id, message) => {
    expect(failingIds(rootOwnedBinaries, files)).toContain(id);
    expect(checkById(rootOwnedBinaries, files, id).message).toMatch(message);
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
