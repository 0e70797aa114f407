import { describe, expect, it } from 'vitest';
import type { Exercise } from './exercise';
import { grade } from './grade';
import { localizeExercise, translationGaps, type ExerciseTranslation } from './localize';
import { nameList, sayFrom } from './goal-messages';

const MESSAGES = { root: 'Runs as `{{user}}`.', fixRoot: 'Add `USER {{uid}}`.', fine: 'Runs as {{user}}.' } as const;
const say = sayFrom(MESSAGES);

const exercise: Exercise = {
  id: 'probe/user', lesson: 'probe', title: 'User', task: 'Set a user.',
  files: [{ name: 'Dockerfile', kind: 'dockerfile', starter: 'FROM alpine:3.24\n', solution: 'FROM alpine:3.24\nUSER 10001:10001\n' }],
  rules: [],
  goals: [{
    id: 'user', title: 'A user is set', why: 'Because root can change anything.', messages: MESSAGES,
    check: (ctx) => {
      const user = ctx.image().final?.user;
      return user?.source === 'instruction' ? say.pass('fine', { user: user.raw }) : say.fail('root', { fix: 'fixRoot', data: { user: 'root', uid: 10001 }, line: 1 });
    },
  }],
  run: { title: 'Runs', why: 'Because.', passed: 'It runs.', steps: [] },
  hints: ['Add USER.'],
};

const chinese: ExerciseTranslation = {
  title: '用户', task: '设置用户。', hints: ['加上 USER。'], run: { title: '运行', why: '因为。', passed: '可以运行。' },
  goals: { user: { title: '设置了用户', why: '因为 root 可以修改任何东西。', messages: { root: '以 `{{user}}` 运行。', fixRoot: '加上 `USER {{uid}}`。', fine: '以 {{user}} 运行。' } } },
};

describe('localizeExercise', () => {
  it('words a goal result by its message ids in the translation, failing and passing', () => {
    const zh = localizeExercise(exercise, chinese);
    const failing = grade(zh, {}, 'zh-cn').find((c) => c.id === 'goal:user');
    expect(failing).toMatchObject({ pass: false, title: '设置了用户', message: '以 `root` 运行。', fix: '加上 `USER 10001`。' });
    const passing = grade(zh, { Dockerfile: exercise.files[0]?.solution ?? '' }, 'zh-cn').find((c) => c.id === 'goal:user');
    expect(passing).toMatchObject({ pass: true, message: '以 10001:10001 运行。' });
  });

  it('keeps the English of a message the translation lacks, and reports it as a gap', () => {
    const { fine: _fine, ...partial } = chinese.goals.user?.messages ?? {};
    const gappy: ExerciseTranslation = { ...chinese, goals: { user: { title: '设置了用户', why: '因为。', messages: partial } } };
    expect(translationGaps(exercise, gappy)).toEqual(['probe/user: goal user message fine']);
    const passing = grade(localizeExercise(exercise, gappy), { Dockerfile: exercise.files[0]?.solution ?? '' }, 'zh-cn').find((c) => c.id === 'goal:user');
    expect(passing?.message).toBe('Runs as 10001:10001.');
  });

  it('reports a missing goal and a goal the exercise does not have', () => {
    expect(translationGaps(exercise, { ...chinese, goals: { other: { title: '别的', why: '因为。', messages: {} } } }))
      .toEqual(['probe/user: goal user', 'probe/user: unknown goal other']);
  });
});

describe('nameList', () => {
  it('names up to four, and otherwise three and a count', () => {
    expect(nameList(['A', 'B', 'C', 'D'])).toEqual({ names: 'A, B, C, D', more: 0 });
    expect(nameList(['A', 'B', 'C', 'D', 'E'])).toEqual({ names: 'A, B, C', more: 2 });
  });
});
