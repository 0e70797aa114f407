import { describe, expect, it } from 'vitest';
import type { Exercise } from '../checker/grading/exercise';
import { grade } from '../checker/grading/grade';
import { runCheck } from './grade-all';

const server = '#!/bin/sh\necho "listening on :8080"\n';

function exercise(steps: Exercise['run']['steps']): Exercise {
  return {
    id: 'test/run', lesson: 'test', title: 'Run', task: 'Run the server as a non-root user.',
    files: [{ name: 'Dockerfile', kind: 'dockerfile', starter: '', solution: '' }],
    rules: [], goals: [], hints: ['Run it.'],
    run: { title: 'The image builds and the server starts', why: 'Because.', passed: 'It started.', steps },
    context: { server },
  };
}

const STEPS: Exercise['run']['steps'] = [{ command: 'docker build -t app .' }, { command: 'docker run --rm app', output: 'listening on :8080' }];
const GOOD = 'FROM alpine:3.24\nCOPY --chmod=555 server /usr/local/bin/server\nUSER 10001:10001\nCMD ["/usr/local/bin/server"]\n';

function run(dockerfile: string, steps = STEPS) {
  const ex = exercise(steps);
  const files = { Dockerfile: dockerfile };
  return runCheck(ex, files, grade(ex, files));
}

describe('runCheck', () => {
  it('passes when every step exits as expected and prints what it must', () => {
    expect(run(GOOD)).toMatchObject({ id: 'run', pass: true, message: 'It started.' });
  });

  it('fails with the build error, marking the line Docker names', () => {
    const check = run(GOOD.replace('FROM', 'ROM'));
    expect(check.pass).toBe(false);
    expect(check.message).toMatch(/^`docker build -t app \.` fails \(exit status 1\): ERROR: failed to solve: dockerfile parse error on line 1: unknown instruction: ROM$/);
    expect(check.locations[0]?.line).toBe(1);
  });

  it('fails with the runtime error when the user does not exist, marking the USER line', () => {
    const check = run(GOOD.replace('USER 10001:10001', 'USER app'));
    expect(check.message).toMatch(/unable to find user app: no matching entries in passwd file/);
    expect(check.locations[0]?.line).toBe(3);
  });

  it('fails when the program starts but never prints what shows it is up', () => {
    const check = run(GOOD.replace('CMD ["/usr/local/bin/server"]', 'CMD ["true"]'));
    expect(check.message).toMatch(/runs, but does not print “listening on :8080”, it prints nothing/);
  });

  it('fails when the executable is missing, with the runtime\'s words', () => {
    expect(run(GOOD.replace('/usr/local/bin/server"]', '/usr/local/bin/missing"]')).message).toMatch(/executable file not found|no such file or directory/);
  });

  it('fails a file Docker could not read even where the simulator gets through', () => {
    const check = run(GOOD.replace('USER 10001:10001', 'USER 10001:10001\nSHELL ["/bin/sh", "-c"]t'));
    expect(check.pass).toBe(false);
    expect(check.message).toMatch(/real Docker tooling would stop first: SHELL/);
  });

  it('does not hand input the checker refused to the simulator', () => {
    const check = run(`${GOOD}\0`);
    expect(check.pass).toBe(false);
    expect(check.message).toMatch(/^Not run: .*binary data/);
  });

  it('fails, never passes, when a command cannot be derived from the files', () => {
    const check = run(GOOD, [{ command: () => ({ unavailable: 'Nothing to start yet.' }) }]);
    expect(check).toMatchObject({ pass: false, message: 'Nothing to start yet.' });
  });

  it('words a missing command by id in the language of the checks', () => {
    const steps: Exercise['run']['steps'] = [{ command: () => ({ unavailableId: 'no-container' }) }];
    const ex = exercise(steps);
    const files = { Dockerfile: GOOD };
    expect(runCheck(ex, files, grade(ex, files), 'zh-cn').message).toBe('清单中还没有带镜像、可以启动的容器。');
    expect(run(GOOD, steps).message).toBe('The manifest has no container with an image to start yet.');
  });

  it('says in the simulator\'s own voice, in the language of the checks, that a too-large Dockerfile is not built', () => {
    const huge = `${GOOD}${'RUN true\n'.repeat(20_000)}`;
    const ex = exercise(STEPS);
    const files = { Dockerfile: huge };
    const zh = runCheck(ex, files, grade(ex, files), 'zh-cn');
    expect(zh.pass).toBe(false);
    expect(zh.message).toContain('Shipshape 的模拟引擎最多构建');
    expect(zh.message).not.toMatch(/Shipshape's simulated engine/);
  });

  it('starts every grading in a fresh simulator', () => {
    const steps: Exercise['run']['steps'] = [{ command: 'docker run -d --name web alpine:3.24 sleep 1000' }];
    expect(run(GOOD, steps).pass).toBe(true);
    expect(run(GOOD, steps).pass).toBe(true);
  });
});
