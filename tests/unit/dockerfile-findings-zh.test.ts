import { afterAll, describe, expect, it } from 'vitest';
import { exercisesOf } from '../../src/course/exercises';
import { grade } from '../../src/checker/grading/grade';
import { zhCnRules } from '../../src/checker/i18n/zh-cn';
import { runIn, tempRepo } from './cli-harness';

const repos: (() => void)[] = [];
afterAll(() => repos.forEach((cleanup) => cleanup()));

function addUser() {
  const exercise = exercisesOf('run-as-non-root', 'zh-cn').find((e) => e.id === 'run-as-non-root/add-user');
  if (!exercise) throw new Error('run-as-non-root/add-user is missing');
  return exercise;
}

describe('a Chinese page', () => {
  it('says what stops Docker reading the Dockerfile in Chinese, in the check and on the marked line', () => {
    const checks = grade(addUser(), { Dockerfile: 'FROM alpine:3.24\nRUNN ls\nUSER 10001:10001\n' }, 'zh-cn');
    const readable = checks.find((c) => c.id === 'Dockerfile:readable');
    expect(readable?.pass).toBe(false);
    expect(readable?.message).toBe('“RUNN”不是 Dockerfile 指令，构建会在这里停止。请检查拼写，或者上一行的续行。');
    expect(readable?.locations.map((l) => [l.line, l.message])).toEqual([[2, readable?.message]]);
  });

  it('says a rule finding in its own Chinese sentence, then holds back the rule\'s Chinese fix', () => {
    const exercise = exercisesOf('build-secrets-and-supply-chain', 'zh-cn').find((e) => e.id === 'build-secrets-and-supply-chain/pin-and-verify');
    expect(exercise).toBeDefined();
    if (!exercise) return;
    const files = Object.fromEntries(exercise.files.map((f) => [f.name, `${f.solution}ENV DB_PASSWORD=hunter2\n`]));
    const check = grade(exercise, files, 'zh-cn').find((c) => c.id === 'Dockerfile:other-rules');
    const said = 'ENV DB_PASSWORD 把密钥存进了镜像配置，任何拿到镜像的人都能用 docker inspect 看到它。';
    expect(check?.pass).toBe(false);
    expect(check?.message).toBe(said);
    expect(check?.fix).toBe(zhCnRules['secrets-in-env-or-arg']?.fix);
    expect(check?.locations.map((l) => l.message)).toEqual([said]);
  });
});

describe('shipshape lint --lang zh-CN', () => {
  it('prints a parser diagnostic in Chinese, with its id as in English', async () => {
    const repo = tempRepo({ Dockerfile: 'FROM alpine:3.24\nRUNN ls\n' });
    repos.push(repo.cleanup);
    const zh = await runIn(repo.dir, ['lint', '--lang', 'zh-CN', '--no-color', 'Dockerfile'], { env: {} });
    expect(zh.out.split('\n')).toContain('Dockerfile:2:1 error unknown-instruction “RUNN”不是 Dockerfile 指令，构建会在这里停止。请检查拼写，或者上一行的续行。');
    const en = await runIn(repo.dir, ['lint', '--no-color', 'Dockerfile'], { env: {} });
    expect(en.out).toContain('Dockerfile:2:1 error unknown-instruction "RUNN" is not a Dockerfile instruction; the build stops here.');
  });
});
