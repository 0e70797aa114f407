import { describe, expect, it } from 'vitest';
import { checkById, editSolution, failingIds, solutionFiles } from '../../../../src/grading/testing';
import { exercise as addUser } from './add-user/exercise';
import { exercise as multiStageTrap } from './multi-stage-trap/exercise';

const DF = 'Dockerfile';
const GOAL = 'goal:final-user-numeric-non-root';

function withUser(line: string) {
  return editSolution(addUser, DF, 'USER 10001:10001', line);
}

describe('run-as-non-root/add-user', () => {
  it.each([
    ['USER 10001 without a group (runs with gid 0)', withUser('USER 10001'), GOAL, /only a user, and UID 10001 has no entry.*group 0, the root group/],
    ['USER 10001:0, the root group', withUser('USER 10001:0'), GOAL, /group 0, the root group/],
    ['USER 10001:root', withUser('USER 10001:root'), GOAL, /root group/],
    ['USER root', withUser('USER root'), GOAL, /runs as root \(UID 0\)/],
    ['USER 0', withUser('USER 0'), GOAL, /runs as root/],
    ['USER 0:0', withUser('USER 0:0'), GOAL, /runs as root/],
    ['USER 00', withUser('USER 00'), GOAL, /runs as root/],
    ['a named user', withUser('USER nobody'), GOAL, /"nobody" is a name/],
    ['a named group', withUser('USER 10001:app'), GOAL, /group "app" is a name/],
    ['a USER from a variable without a value', withUser('USER ${UID}'), GOAL, /comes out empty/],
    ['a later switch back to root', withUser('USER 10001:10001\nUSER root'), GOAL, /root/],
    ['USER before FROM', editSolution(addUser, DF, 'FROM alpine:3.24', 'USER 10001:10001\nFROM alpine:3.24'), 'Dockerfile:readable', /comes before the first FROM/],
    ['ROM instead of FROM', editSolution(addUser, DF, 'FROM alpine', 'ROM alpine'), 'Dockerfile:readable', /"ROM" is not a Dockerfile instruction/],
    ['a broken exec form', editSolution(addUser, DF, 'CMD ["/usr/local/bin/server"]', 'CMD ["/usr/local/bin/server"'), 'Dockerfile:readable', /not valid JSON/],
  ])('rejects %s', (_name, files, id, message) => {
    expect(failingIds(addUser, files)).toContain(id);
    expect(checkById(addUser, files, id).message).toMatch(message);
  });

  it.each(['65534', '1000:1000', '123456:123456', '65534:65534'])('accepts USER %s (nobody has its own group in alpine)', (user) => {
    expect(failingIds(addUser, withUser(`USER ${user}`))).toEqual([]);
  });

  it('accepts the USER line right after FROM', () => {
    const files = editSolution(addUser, DF, 'FROM alpine:3.24\nCOPY', 'FROM alpine:3.24\nUSER 10001:10001\nCOPY');
    expect(failingIds(addUser, { [DF]: (files[DF] ?? '').replace(/USER 10001:10001\nCMD/, 'CMD') })).toEqual([]);
  });

  it('runs the server in the simulator and sees it start', () => {
    expect(checkById(addUser, solutionFiles(addUser), 'run').message).toMatch(/listening on :8080/);
  });
});

describe('run-as-non-root/multi-stage-trap', () => {
  // Whether the built server keeps running depends on the simulator (see tests/simulator-gaps.ts).
  const failing = (files: Record<string, string>): string[] => failingIds(multiStageTrap, files).filter((id) => id !== 'run');

  it('rejects a USER that only the build stage declares, and says why', () => {
    const files = editSolution(multiStageTrap, DF, 'RUN CGO_ENABLED=0 go build -o /out/server .\n', 'RUN CGO_ENABLED=0 go build -o /out/server .\nUSER 10001:10001\n');
    const only = { [DF]: (files[DF] ?? '').replace('COPY --from=build /out/server /usr/local/bin/server\nUSER 10001:10001', 'COPY --from=build /out/server /usr/local/bin/server') };
    expect(failing(only)).toEqual([GOAL]);
    expect(checkById(multiStageTrap, only, GOAL).message).toMatch(/USER of an earlier stage does not carry over/);
  });

  it('rejects USER 10001 without a group in the final stage', () => {
    expect(failing(editSolution(multiStageTrap, DF, 'USER 10001:10001', 'USER 10001'))).toEqual([GOAL]);
  });

  it('accepts USER in both stages', () => {
    const files = editSolution(multiStageTrap, DF, 'RUN CGO_ENABLED=0 go build -o /out/server .\n', 'RUN CGO_ENABLED=0 go build -o /out/server .\nUSER 10001:10001\n');
    expect(failing(files)).toEqual([]);
  });
});
