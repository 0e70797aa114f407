import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { choiceOrder, hashText } from '../../src/ui/quiz';
import { quizzesIn } from '../unit/quiz-items';
import { readFileSync } from 'node:fs';
import { screenshotPath, useSession } from './browser';
import { seriousViolations } from './axe';

const LESSON = 'images-and-containers';
const quizzes = quizzesIn(readFileSync(new URL(`../../content/lessons/${LESSON}/index.mdx`, import.meta.url), 'utf8'), LESSON);
const first = quizzes[0];
const second = quizzes[1];
if (!first || !second) throw new Error(`lesson ${LESSON} needs two quizzes for this test`);

const session = useSession();

function quiz(page: Page, question: string): { group: Locator; form: Locator; status: Locator } {
  const group = page.getByRole('group', { name: question });
  const form = page.locator('form').filter({ has: group });
  return { group, form, status: form.getByRole('status') };
}

async function shownChoices(group: Locator): Promise<string[]> {
  return (await group.getByRole('radio').evaluateAll((radios) => radios.map((r) => r.closest('label')?.querySelector('span')?.textContent?.trim() ?? '')));
}

describe('knowledge checks', () => {
  it('explain a wrong choice, allow another try, then confirm the right one', async () => {
    const page = await session.open(`/lessons/${LESSON}/`);
    const { group, form, status } = quiz(page, first.question);
    const wrong = first.choices.findIndex((_, i) => i !== first.answer);
    await group.getByRole('radio', { name: first.choices[wrong] }).check();
    await form.getByRole('button', { name: 'Check answer' }).click();
    await expect.poll(() => status.textContent()).toContain(first.feedback?.[wrong] ?? '');
    expect(await status.textContent()).toMatch(/^Not quite\..*Try another answer\.$/);
    expect(await status.textContent()).not.toContain(first.explanation);
    expect(await form.getByRole('button', { name: 'Show the answer' }).isVisible()).toBe(true);

    // Second try with the keyboard only: arrow keys move within the radio group, then the button.
    const right = group.getByRole('radio', { name: first.choices[first.answer] });
    await group.getByRole('radio', { name: first.choices[wrong] }).focus();
    for (let i = 0; i < first.choices.length && !(await right.isChecked()); i++) await page.keyboard.press('ArrowDown');
    expect(await right.isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Check answer' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toBe(`Correct. ${first.explanation}`);
    expect(await form.getByRole('button', { name: 'Show the answer' }).isVisible()).toBe(false);
    await form.screenshot({ path: screenshotPath('quiz-answered', 'quiz') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('show the answer and the explanation on request after a wrong try', async () => {
    const page = await session.open(`/lessons/${LESSON}/`);
    const { group, form, status } = quiz(page, second.question);
    const wrong = second.choices.findIndex((_, i) => i !== second.answer);
    await group.getByRole('radio', { name: second.choices[wrong] }).check();
    await form.getByRole('button', { name: 'Check answer' }).click();
    await form.screenshot({ path: screenshotPath('quiz-wrong', 'quiz') });
    await form.getByRole('button', { name: 'Show the answer' }).click();
    await expect.poll(() => status.textContent()).toBe(`The answer is: ${second.choices[second.answer]}. ${second.explanation}`);
    await page.close();
  });

  it('ask for a choice before checking', async () => {
    const page = await session.open(`/lessons/${LESSON}/`);
    const { form, status } = quiz(page, first.question);
    await form.getByRole('button', { name: 'Check answer' }).click();
    await expect.poll(() => status.textContent()).toBe('Choose an answer first.');
    await page.close();
  });

  it('shuffle the choices per learner and keep the order across reloads', async () => {
    const page = await session.open(`/lessons/${LESSON}/`);
    await page.evaluate(() => localStorage.setItem('shipshape:quiz-order-seed', 'learner-fixed'));
    await page.reload();
    const { group } = quiz(page, first.question);
    const expected = choiceOrder(first.choices.length, `learner-fixed:${hashText(first.question).toString(36)}`).map((i) => first.choices[i]);
    // The page's script orders the choices once it has run.
    await expect.poll(() => shownChoices(group), { timeout: 15_000 }).toEqual(expected);
    await page.reload();
    await expect.poll(() => shownChoices(quiz(page, first.question).group), { timeout: 15_000 }).toEqual(expected);
    await page.close();
  });
});
