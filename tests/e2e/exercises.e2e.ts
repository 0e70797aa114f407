import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allExercises } from '../../src/course/exercises';
import { useSession } from './browser';
import { editorFor, pasteInto, statuses } from './editor';

const session = useSession();

async function openExercise(page: Page, id: string): Promise<void> {
  const tab = page.getByRole('tablist', { name: 'Exercises' }).getByRole('tab', { name: new RegExp(`^\\d+\\. `) });
  if ((await tab.count()) > 0) {
    const index = (await page.locator('[data-exercise]').evaluateAll((s) => s.map((x) => x.getAttribute('data-exercise')))).indexOf(id);
    await tab.nth(index).click();
  }
  await page.locator(`[data-exercise="${id}"]`).waitFor({ state: 'visible' });
}

describe.each(allExercises.map((e) => [e.id, e] as const))('exercise %s in the browser', (id, exercise) => {
  it('starter fails, the solution passes every check, reload keeps it, reset restores the starter', async () => {
    const page = await session.open(`/lessons/${exercise.lesson}/`);
    await openExercise(page, id);
    for (const file of exercise.files) await editorFor(page, id, file.name);
    expect(await statuses(page, id)).toContain('fail');

    for (const file of exercise.files) await pasteInto(page, await editorFor(page, id, file.name), file.solution);
    await expect.poll(() => statuses(page, id), { timeout: 10_000 }).not.toContain('fail');
    const section = page.locator(`[data-exercise="${id}"]`);
    await section.getByText('All checks pass.').waitFor();

    await page.reload();
    await openExercise(page, id);
    for (const file of exercise.files) await editorFor(page, id, file.name);
    expect(await statuses(page, id)).not.toContain('fail');

    await section.getByRole('button', { name: 'Reset' }).click();
    await page.getByRole('dialog', { name: 'Reset this exercise?' }).getByRole('button', { name: 'Reset to starter' }).click();
    await expect.poll(() => statuses(page, id), { timeout: 10_000 }).toContain('fail');
    await section.getByRole('button', { name: 'Restore my previous code' }).click();
    await expect.poll(() => statuses(page, id), { timeout: 10_000 }).not.toContain('fail');
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
});
