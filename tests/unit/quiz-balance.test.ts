import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSeed, choiceOrder, hashText } from '../../src/ui/quiz';
import { answerIsLongest, courseQuizzes, LESSON_FILES, LESSONS, lengthRatio, positionShares, quizzesIn, type QuizItem } from './quiz-items';

const quizId = (item: QuizItem): string => hashText(item.question).toString(36);
const shownAt = (item: QuizItem, seed: string): number => choiceOrder(item.choices.length, seed).indexOf(item.answer);
const answerIsShortest = (item: QuizItem): boolean =>
  item.choices.every((c, i) => i === item.answer || c.length > (item.choices[item.answer]?.length ?? 0));
const shareOf = (items: readonly QuizItem[], predicate: (item: QuizItem) => boolean): number => items.filter(predicate).length / items.length;
const english = courseQuizzes('en');
const languages = Object.keys(LESSON_FILES) as (keyof typeof LESSON_FILES)[];

describe.each(languages)('the knowledge checks of the course (%s)', (language) => {
  const quizzes = courseQuizzes(language);
  const share = (predicate: (item: QuizItem) => boolean): number => shareOf(quizzes, predicate);

  it('are all found, one set per lesson', () => {
    expect(quizzes.length).toBeGreaterThanOrEqual(30);
    expect(new Set(quizzes.map((q) => q.lesson)).size).toBe(readdirSync(LESSONS).length);
  });

  it('each explain why every wrong choice is wrong', () => {
    for (const q of quizzes) {
      expect(q.choices.length, q.question).toBeGreaterThanOrEqual(3);
      expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.choices.length, q.question).toBe(true);
      expect(q.feedback?.length, q.question).toBe(q.choices.length);
      q.feedback?.forEach((why, i) => expect(why.trim() === '', `${q.question} / choice ${i}`).toBe(i === q.answer));
      expect(q.explanation.length, q.question).toBeGreaterThan(20);
    }
  });

  it('do not favour one position in the source', () => {
    expect(Math.max(...positionShares(quizzes, (q) => q.answer))).toBeLessThanOrEqual(0.5);
  });

  it('do not favour one position in the order the build writes into the page', () => {
    expect(Math.max(...positionShares(quizzes, (q) => shownAt(q, buildSeed(quizId(q)))))).toBeLessThanOrEqual(0.5);
  });

  it('spread the right answer evenly over the positions learners see', () => {
    const seeds = Array.from({ length: 300 }, (_, i) => `learner-${i}`);
    const totals = [0, 0, 0];
    for (const seed of seeds) {
      positionShares(quizzes, (q) => shownAt(q, `${seed}:${quizId(q)}`)).forEach((s, p) => (totals[p] = (totals[p] ?? 0) + s / seeds.length));
    }
    for (const total of totals.slice(0, 3)) expect(total).toBeGreaterThan(0.28);
    for (const total of totals.slice(0, 3)) expect(total).toBeLessThan(0.39);
  });

  it('ask the same questions with the right answer in the same place as the English lesson', () => {
    expect(quizzes.map((q) => `${q.lesson} ${q.choices.length} ${q.answer}`)).toEqual(english.map((q) => `${q.lesson} ${q.choices.length} ${q.answer}`));
  });

  it('do not give the answer away by its length', () => {
    expect(share(answerIsLongest)).toBeLessThanOrEqual(0.4);
    expect(share(answerIsShortest)).toBeLessThanOrEqual(0.4);
    const ratios = quizzes.map(lengthRatio);
    const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    expect(mean).toBeGreaterThan(0.8);
    expect(mean).toBeLessThan(1.25);
  });
});

describe('the choice order', () => {
  it('is a permutation that depends only on its seed', () => {
    for (const seed of ['a', 'b', 'learner-7:abc']) {
      const order = choiceOrder(4, seed);
      expect([...order].sort()).toEqual([0, 1, 2, 3]);
      expect(choiceOrder(4, seed)).toEqual(order);
    }
    const orders = new Set(Array.from({ length: 50 }, (_, i) => choiceOrder(3, `s${i}`).join()));
    expect(orders.size).toBe(6);
  });
});

describe('the balance measures themselves', () => {
  const skewed = quizzesIn(
    Array.from({ length: 5 }, (_, i) => `<Quiz question="Q${i}" choices={["a", "the long right answer", "b"]} answer={1} feedback={["x", "", "y"]} explanation="e" />`).join('\n'),
    'fake',
  );

  it('read every attribute of a quiz', () => {
    expect(skewed[0]).toEqual({ lesson: 'fake', question: 'Q0', choices: ['a', 'the long right answer', 'b'], answer: 1, feedback: ['x', '', 'y'], explanation: 'e' });
  });

  it('catch a course whose answers are always second and always longest', () => {
    expect(positionShares(skewed, (q) => q.answer)).toEqual([0, 1, 0]);
    expect(skewed.every(answerIsLongest)).toBe(true);
    expect(lengthRatio(skewed[0] as QuizItem)).toBeGreaterThan(2);
  });
});
