import { describe, expect, it } from 'vitest';
import { grade } from '../../../../src/checker/grading/grade';
import type { Exercise } from '../../../../src/checker/grading/exercise';
import { exercise as addUser } from './add-user/exercise';
import { exercise as multiStageTrap } from './multi-stage-trap/exercise';

function failingGoals(exercise: Exercise, dockerfile: string): string[] {
  return grade(exercise, { Dockerfile: dockerfile }).filter((c) => c.source === 'goal' && !c.pass).map((c) => c.id);
}

function failingChecks(exercise: Exercise, dockerfile: string): string[] {
  return grade(exercise, { Dockerfile: dockerfile }).filter((c) => !c.pass).map((c) => c.id);
}

describe('run-as-non-root/add-user', () => {
  it('passes every check once USER 10001:10001 is appended to the starter', () => {
    expect(failingChecks(addUser, `${addUser.files[0]?.starter ?? ''}USER 10001:10001\n`)).toEqual([]);
  });

  it('passes with the USER line right after FROM', () => {
    const text = (addUser.files[0]?.starter ?? '').replace('FROM alpine:3.24\n', 'FROM alpine:3.24\nUSER 10001:10001\n');
    expect(failingChecks(addUser, text)).toEqual([]);
  });

  it.each(['65534', '1000:1000', '123456:123456'])('accepts any numeric non-zero UID (%s)', (user) => {
    expect(failingGoals(addUser, `FROM alpine:3.24\nUSER ${user}\nCMD ["/usr/local/bin/server"]\n`)).toEqual([]);
  });

  it.each(['0', 'root', '0:0', 'nobody'])('rejects USER %s', (user) => {
    expect(failingGoals(addUser, `FROM alpine:3.24\nUSER ${user}\nCMD ["/usr/local/bin/server"]\n`)).toEqual(['goal:final-user-numeric-non-root']);
  });

  it('rejects a later switch back to root', () => {
    expect(failingGoals(addUser, 'FROM alpine:3.24\nUSER 10001:10001\nUSER root\nCMD ["/usr/local/bin/server"]\n')).toEqual(['goal:final-user-numeric-non-root']);
  });
});

describe('run-as-non-root/multi-stage-trap', () => {
  const finalStage = 'FROM alpine:3.24\nCOPY --from=build /out/server /usr/local/bin/server\n';

  it('rejects a USER that only the build stage declares', () => {
    const text = `FROM golang:1.27-alpine AS build\nUSER 10001:10001\nRUN go build -o /out/server .\n\n${finalStage}CMD ["/usr/local/bin/server"]\n`;
    expect(failingGoals(multiStageTrap, text)).toEqual(['goal:final-user-numeric-non-root']);
  });

  it('accepts USER in both stages', () => {
    const text = `FROM golang:1.27-alpine AS build\nUSER 10001:10001\nRUN go build -o /out/server .\n\n${finalStage}USER 10001:10001\nCMD ["/usr/local/bin/server"]\n`;
    expect(failingGoals(multiStageTrap, text)).toEqual([]);
  });
});
