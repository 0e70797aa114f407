import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALPINE, DEBIAN, groupsOf, UBUNTU, usersOf } from './accounts';
import { parseDockerfile } from './parse';
import { expandWord } from './substitute';
import { numericId, resolveChown, resolveUser, tableOf } from './users';

const span = { line: 1, column: 1, endLine: 1, endColumn: 2 };
const alpine = (): ReturnType<typeof tableOf> => tableOf(usersOf(ALPINE), groupsOf(ALPINE), true, 'busybox');
const finalUser = (dockerfile: string, buildArgs: Record<string, string> = {}) => parseDockerfile(dockerfile, { buildArgs }).final?.user;

describe('resolveUser, as the daemon resolves USER and --user', () => {
  it('reads numbers as Go does: +0, 000 and leading zeros are numbers, -1 and 2^31 are out of range', () => {
    expect(numericId('+0')).toBe(0);
    expect(numericId('000')).toBe(0);
    expect(numericId('0065534')).toBe(65534);
    expect(numericId('-1')).toBeNull();
    expect(numericId('2147483648')).toBeNull();
    expect(resolveUser('-1', alpine(), span, 'instruction').error).toBe('uids and gids must be in range 0-2147483647');
    expect(resolveUser('4294967296', alpine(), span, 'instruction').error).toBe('uids and gids must be in range 0-2147483647');
  });

  it('gives a uid without a passwd entry the root group, and one with an entry its own', () => {
    expect(resolveUser('10001', alpine(), span, 'instruction')).toMatchObject({ uid: 10001, gid: 0, isRoot: false, error: null });
    expect(resolveUser('65534', alpine(), span, 'instruction')).toMatchObject({ uid: 65534, gid: 65534 });
    expect(resolveUser('10001:nogroup', alpine(), span, 'instruction')).toMatchObject({ uid: 10001, gid: 65533 });
  });

  it('treats the empty user as root', () => {
    expect(resolveUser('', alpine(), span, 'instruction')).toMatchObject({ uid: 0, gid: 0, isRoot: true });
  });

  it('refuses names the image does not have, only when its accounts are known', () => {
    expect(resolveUser('www-data', alpine(), span, 'instruction').error).toBe('unable to find user www-data: no matching entries in passwd file');
    expect(resolveUser('nobody:appgroup', alpine(), span, 'instruction').error).toBe('unable to find group appgroup: no matching entries in group file');
    expect(resolveUser('www-data', tableOf(usersOf(DEBIAN), groupsOf(DEBIAN), true), span, 'instruction')).toMatchObject({ uid: 33, gid: 33 });
    expect(resolveUser('app', tableOf([]), span, 'instruction')).toMatchObject({ uid: null, error: null });
  });

  it('resolves --chown with the user text as the group when no group is given', () => {
    expect(resolveChown('10001', alpine())).toEqual({ uid: 10001, gid: 10001, error: null });
    expect(resolveChown('nobody', alpine())).toEqual({ uid: 65534, gid: 65534, error: null });
    expect(resolveChown('nobody:appgroup', alpine()).error).toBe("can't find gid for group appgroup: no such group: appgroup");
  });

  it('never throws and never calls an unresolvable user root', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const user = resolveUser(text, alpine(), span, 'instruction');
      if (user.isRoot) expect(user.uid).toBe(0);
    }));
  });
});

describe('USER in the model, against what the engine recorded (tests/engine)', () => {
  it('removes quotes and substitutes ARG and ENV, as the frontend reads the word', () => {
    expect(finalUser('FROM alpine:3.24\nUSER "nobody"\n')).toMatchObject({ raw: 'nobody', uid: 65534 });
    expect(finalUser('FROM alpine:3.24\nARG U=10001\nUSER \'$U\'\n')).toMatchObject({ raw: '$U' });
    expect(finalUser('FROM alpine:3.24\nENV U=nobody\nUSER ${U}\n')).toMatchObject({ raw: 'nobody', uid: 65534 });
    expect(finalUser('FROM alpine:3.24\nUSER nobody nogroup\n')?.raw).toBe('nobody nogroup');
  });

  it('leaves USER empty, so root, when the variable is not declared in the stage', () => {
    const user = finalUser('ARG APP_UID=10001\nFROM gcr.io/distroless/static-debian13:nonroot\nUSER ${APP_UID}\n');
    expect(user).toMatchObject({ raw: '', written: '${APP_UID}', isRoot: true, unresolvedVariables: true });
  });

  it('applies --build-arg before and inside stages', () => {
    expect(finalUser('FROM alpine:3.24\nARG U=10001\nUSER $U\n', { U: '20002' })?.uid).toBe(20002);
    expect(parseDockerfile('ARG BASE=alpine:3.24\nFROM ${BASE}\n', { buildArgs: { BASE: 'gcr.io/distroless/static-debian13:nonroot' } }).final?.user.uid).toBe(65532);
  });

  it('works out the ids BusyBox adduser and shadow useradd pick', () => {
    expect(finalUser('FROM alpine:3.24\nRUN adduser -D app\nUSER app\n')).toMatchObject({ uid: 1000, gid: 1000 });
    expect(finalUser('FROM ubuntu:24.04\nRUN useradd app\nUSER app\n')).toMatchObject({ uid: 1001, gid: 1001 });
    expect(finalUser('FROM debian:trixie-slim\nRUN useradd -r app\nUSER app\n')).toMatchObject({ uid: 999, gid: 999 });
    expect(finalUser('FROM alpine:3.24\nRUN adduser -S app\nUSER app\n')).toMatchObject({ uid: 100, gid: 65533 });
  });

  it('says why an account command fails the RUN', () => {
    const changes = (text: string) => parseDockerfile(text).final?.accountChanges.filter((c) => c.kind === 'refused');
    expect(changes('FROM alpine:3.24\nRUN adduser -D -u 65534 app\n')).toMatchObject([{ message: "adduser: uid '65534' in use", exitCode: 1 }]);
    expect(changes('FROM ubuntu:24.04\nRUN useradd -u 1000 app\n')).toMatchObject([{ message: 'useradd: UID 1000 is not unique', exitCode: 4 }]);
    expect(changes('FROM alpine:3.24\nUSER nobody\nRUN adduser -D app\n')).toMatchObject([{ message: 'adduser: permission denied (are you root?)' }]);
    expect(usersOf(UBUNTU).find((u) => u.name === 'ubuntu')?.uid).toBe(1000);
  });
});

describe('expandWord', () => {
  const scope = new Map<string, string | null>([['A', 'x'], ['EMPTY', ''], ['UNSET', null]]);
  it('follows the shell lexer for quotes, escapes and modifiers', () => {
    expect(expandWord('"$A"', scope).value).toBe('x');
    expect(expandWord("'$A'", scope).value).toBe('$A');
    expect(expandWord('\\$A', scope).value).toBe('$A');
    expect(expandWord('${EMPTY:-d}${EMPTY-d}', scope).value).toBe('d');
    expect(expandWord('${A:+y}${UNSET:+y}', scope).value).toBe('y');
    expect(expandWord('$NONE', scope)).toEqual({ value: '', unresolved: true });
    expect(expandWord('`A', scope, '`').value).toBe('A');
  });
});
