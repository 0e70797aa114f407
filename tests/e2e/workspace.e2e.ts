import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allExercises } from '../../src/course/exercises';
import { seriousViolations } from './axe';
import { editStorage, screenshotPath, useSession } from './browser';
import { checksOf, editorFor, pasteInto, statuses } from './editor';
import { fontsDrawing } from './fonts';

const session = useSession();

const ID = 'read-only-app-files/root-owned-binaries';
const exercise = allExercises.find((e) => e.id === ID);
if (!exercise) throw new Error(`${ID} is missing`);

/** The font families Chromium drew each icon matching `selector` with. */
async function iconFonts(page: Page, selector: string): Promise<string[]> {
  return (await fontsDrawing(page, selector, 'before')).map((f) => f.familyName);
}

describe('the exercise workspace', () => {
  it('reveals hints one at a time and remembers how many were shown', async () => {
    const page = await session.open('/lessons/read-only-app-files/');
    await editorFor(page, ID, 'Dockerfile');
    const section = page.locator(`[data-exercise="${ID}"]`);
    const hints = section.getByRole('list', { name: 'Hints' });
    await section.getByRole('button', { name: /Show a hint/ }).click();
    expect(await hints.getByRole('listitem').count()).toBe(1);
    await section.getByRole('button', { name: /Show a hint/ }).click();
    expect(await hints.getByRole('listitem').count()).toBe(2);
    await page.reload();
    await editorFor(page, ID, 'Dockerfile');
    expect(await section.getByRole('list', { name: 'Hints' }).getByRole('listitem').count()).toBe(2);
  });

  it('compares with the solution in a diff, applies it, and can bring the learner\'s code back', async () => {
    const page = await session.open('/lessons/read-only-app-files/');
    await editorFor(page, ID, 'Dockerfile');
    const section = page.locator(`[data-exercise="${ID}"]`);
    await section.getByRole('button', { name: 'Compare with solution' }).click();
    const warning = page.getByRole('dialog', { name: 'Show the solution?' });
    expect(await warning.getByText(/completed with the solution/).isVisible()).toBe(true);
    await warning.getByRole('button', { name: 'Show the solution' }).click();
    const dialog = page.getByRole('dialog', { name: /Compare with the solution/ });
    const table = dialog.getByRole('table', { name: 'Dockerfile: your code against the solution' });
    const rows = table.getByRole('row');
    // The table is drawn once its words have loaded with the dialog; counting rows before that counts none.
    await table.waitFor();
    // The starter's lines the solution drops, and the solution's lines the starter lacks, each said in words.
    const starter = exercise.files[0]?.starter ?? '';
    const solution = exercise.files[0]?.solution ?? '';
    const onlyMine = starter.split('\n').filter((line) => line.trim() !== '' && !solution.split('\n').includes(line));
    const onlySolution = solution.split('\n').filter((line) => line.trim() !== '' && !starter.split('\n').includes(line));
    expect(onlyMine.length + onlySolution.length).toBeGreaterThan(0);
    for (const line of onlyMine) expect(await rows.filter({ hasText: 'only in your code' }).filter({ hasText: line.trim() }).count(), line).toBeGreaterThan(0);
    for (const line of onlySolution) expect(await rows.filter({ hasText: 'only in the solution' }).filter({ hasText: line.trim() }).count(), line).toBeGreaterThan(0);
    expect(await dialog.getByRole('status').textContent()).toMatch(/line.* only in your code, \d+ only in the solution\./);
    // The diff scrolls from the keyboard.
    await dialog.getByRole('region', { name: 'Dockerfile: your code against the solution' }).focus();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('compare-dialog') });
    await dialog.getByRole('button', { name: 'Apply the solution' }).click();
    await expect.poll(() => statuses(page, ID)).not.toContain('fail');
    await section.getByRole('button', { name: 'Restore my previous code' }).click();
    await expect.poll(() => statuses(page, ID)).toContain('fail');
  });

  it('announces check changes to screen readers and marks failing lines in the editor', async () => {
    const page = await session.open('/lessons/read-only-app-files/');
    const editor = await editorFor(page, ID, 'Dockerfile');
    await page.locator(`[data-exercise="${ID}"] .monaco-editor .squiggly-error, [data-exercise="${ID}"] .monaco-editor .squiggly-warning`).first().waitFor();
    await pasteInto(page, editor, exercise.files[0]?.solution ?? '');
    const announcer = page.locator(`[data-exercise="${ID}"] [data-announcer]`);
    await expect.poll(() => announcer.textContent()).toMatch(/exercise complete/);
    expect(await announcer.getAttribute('aria-live')).toBe('polite');
  });

  it('shows a marked line\'s check under the pointer; it stays while the pointer is on it, and Escape closes it', async () => {
    // The starter's marks: an earlier test left the solution saved.
    await editStorage(session, () => localStorage.clear());
    const page = await session.open('/lessons/read-only-app-files/');
    await editorFor(page, ID, 'Dockerfile');
    const squiggle = page.locator(`[data-exercise="${ID}"] .monaco-editor :is(.squiggly-error, .squiggly-warning, .squiggly-info)`).first();
    await squiggle.waitFor();
    const mark = await squiggle.boundingBox();
    if (!mark) throw new Error('the marked text has no box');
    // Decorations sit under the text; the pointer rests on the text itself, just above the wavy line.
    await page.mouse.move(mark.x + mark.width / 2, mark.y + mark.height / 2 - 4, { steps: 4 });
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/Why it matters: /);
    // The first mark is a rule's finding: the box links to the rule's page.
    expect(await tip.getByRole('link').getAttribute('href')).toMatch(/\/rules\/app-files-writable-by-runtime-user\/$/);
    await page.screenshot({ path: screenshotPath('marker-hover') });
    const box = await tip.boundingBox();
    if (!box) throw new Error('the tooltip has no box');
    await page.mouse.move(box.x + 10, box.y + 10, { steps: 6 });
    await page.waitForTimeout(600);
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
  });

  it('copies and pastes from the editor\'s context menu, which is drawn on its own background', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.baseUrl });
    const page = await session.open('/lessons/run-as-non-root/');
    // The clipboard is read only by the focused page, and the profile has other tabs open.
    await page.bringToFront();
    const id = 'run-as-non-root/add-user';
    const box = await editorFor(page, id, 'Dockerfile');
    const lines = page.locator(`[data-exercise="${id}"] .view-line`);
    const menu = page.getByRole('menu');
    // Items are chosen with the arrow keys and Enter: the menu ignores a mouse click for its first 100 ms.
    const choose = async (item: string) => {
      for (let i = 0; i < 6; i++) {
        const focused = await page.evaluate(() => document.activeElement?.closest('[role="menuitem"]')?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
        if (focused.startsWith(item)) break;
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      await menu.waitFor({ state: 'hidden' });
    };
    await box.focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Shift+End');
    // Shift+F10 opens the menu at the cursor, as a right click does at the pointer, and keeps the selection.
    await page.keyboard.press('Shift+F10');
    await menu.waitFor();
    expect(await menu.evaluate((el) => getComputedStyle(el.closest('.monaco-scrollable-element') ?? el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.screenshot({ path: screenshotPath('editor-context-menu') });
    await choose('Copy');
    await box.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+F10');
    await menu.waitFor();
    await choose('Paste');
    await expect.poll(async () => (await lines.allTextContents()).filter((l) => l.replace(/\u00a0/g, ' ') === 'FROM alpine:3.24').length, { timeout: 10_000 }).toBe(2);
    // The mouse opens the same menu.
    const first = await lines.first().boundingBox();
    if (!first) throw new Error('the first line has no box');
    await page.mouse.click(first.x + 20, first.y + first.height / 2, { button: 'right' });
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(expect.arrayContaining(['Cut', 'Copy', 'Paste']));
    await page.keyboard.press('Escape');
  });

  it('draws the icons of the find box and the problem widget with the editor\'s icon font', async () => {
    await editStorage(session, () => localStorage.clear());
    const page = await session.open('/lessons/run-as-non-root/');
    const id = 'run-as-non-root/add-user';
    const box = await editorFor(page, id, 'Dockerfile');
    await box.focus();
    await page.keyboard.press('Control+f');
    await page.locator('.find-widget.visible').waitFor();
    const find = await iconFonts(page, '.find-widget .codicon');
    await page.keyboard.press('Escape');
    await box.focus();
    await page.keyboard.press('F8');
    await page.locator('.marker-widget').waitFor();
    const problem = await iconFonts(page, '.marker-widget .codicon, .peekview-title .codicon');
    await page.keyboard.press('Escape');
    // A glyph the cut-down font lacks would be drawn with another family (or as a box).
    for (const [where, families] of Object.entries({ find, problem })) {
      expect(families.length, where).toBeGreaterThan(0);
      expect([...new Set(families)], where).toEqual(['codicon']);
    }
    await page.keyboard.press('Escape');
  });

  it('a failing check links to its line: the editor takes focus there', async () => {
    const page = await session.open('/lessons/capstone/');
    const id = 'capstone/harden-service';
    await editorFor(page, id, 'Dockerfile');
    const goto = page.locator(`[data-exercise="${id}"]`).getByRole('button', { name: /compose\.yaml, line \d+: go to this line/ }).first();
    await goto.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.editor-host')?.getAttribute('data-file'))).toBe('compose.yaml');
    expect(await page.locator(`[data-exercise="${id}"]`).getByRole('tab', { name: 'compose.yaml' }).getAttribute('aria-selected')).toBe('true');
  });

  it('a 5 MB paste gets a clear message, not a crash, and stays in the editor', async () => {
    const page = await session.open('/lessons/read-only-app-files/');
    const editor = await editorFor(page, ID, 'Dockerfile');
    const huge = `FROM alpine:3.24\n${'RUN echo padding-line-for-a-very-large-paste\n'.repeat(120_000)}`;
    await pasteInto(page, editor, huge);
    const checks = checksOf(page, ID);
    await checks.getByText(/larger than 5 MB/).first().waitFor({ timeout: 20_000 });
    await page.locator(`[data-exercise="${ID}"] [data-notice]`).getByText(/too large to save|could not be saved/).waitFor({ timeout: 20_000 });
    await pasteInto(page, editor, exercise.files[0]?.starter ?? '');
    await expect.poll(() => statuses(page, ID)).toContain('fail');
  });

  it('binary garbage is reported as unreadable', async () => {
    const page = await session.open('/lessons/read-only-app-files/');
    const editor = await editorFor(page, ID, 'Dockerfile');
    await pasteInto(page, editor, 'FROM alpine\u0000\u0001\u0002\u00ff\u0000garbage');
    await checksOf(page, ID).getByText(/binary|cannot be read|not text/i).first().waitFor();
    await page.evaluate(() => localStorage.clear());
  });

  it('can be done with the keyboard alone: focus the editor with e, type the fix, tab out with Ctrl+M', async () => {
    const page = await session.open('/lessons/run-as-non-root/');
    const id = 'run-as-non-root/add-user';
    await editorFor(page, id, 'Dockerfile');
    await page.locator('body').focus();
    await page.keyboard.press('e');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.editor-host')?.getAttribute('data-file'))).toBe('Dockerfile');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('USER 10001:10001');
    await expect.poll(() => statuses(page, id)).not.toContain('fail');
    await page.keyboard.press('Control+m');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    expect(focused).toMatch(/Show a hint/);
    await page.evaluate(() => localStorage.clear());
  });
});
