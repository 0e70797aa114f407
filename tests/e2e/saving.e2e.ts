import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { describe, expect, it, inject } from 'vitest';
import { chromePath, screenshotPath, useSession } from './browser';
import { checksOf, editorFor, statuses } from './editor';

const session = useSession();

const A = { lesson: 'run-as-non-root', id: 'run-as-non-root/add-user', file: 'Dockerfile' };
const B = { lesson: 'never-privileged', id: 'never-privileged/drop-privileged', file: 'run.sh' };

async function typeAtEnd(page: Page, exercise: typeof A, text: string): Promise<void> {
  const box = await editorFor(page, exercise.id, exercise.file);
  await box.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

async function savedCode(page: Page, id: string): Promise<string> {
  return page.evaluate((key) => {
    const entry = JSON.parse(localStorage.getItem(key) ?? 'null') as { code: Record<string, string> } | null;
    return Object.values(entry?.code ?? {}).join('\n');
  }, `shipshape:exercise:${id}`);
}

describe('no lost work', () => {
  it('two tabs on two lessons never erase each other\'s work', async () => {
    const tabA = await session.open(`/lessons/${A.lesson}/`);
    await typeAtEnd(tabA, A, '\n# TAB-A-FIRST');
    const tabB = await session.open(`/lessons/${B.lesson}/`);
    await typeAtEnd(tabB, B, '\n# TAB-B-WORK');
    await expect.poll(() => savedCode(tabB, B.id)).toContain('TAB-B-WORK');
    await tabA.bringToFront();
    await typeAtEnd(tabA, A, '\n# TAB-A-AGAIN');
    await expect.poll(() => savedCode(tabA, A.id)).toContain('TAB-A-AGAIN');
    expect(await savedCode(tabA, B.id)).toContain('TAB-B-WORK');
    await tabA.close();
    await tabB.close();
  });

  it('a tab shows what another tab saved for the same exercise, and says so', async () => {
    const first = await session.open(`/lessons/${A.lesson}/`);
    const second = await session.open(`/lessons/${A.lesson}/`);
    await editorFor(second, A.id, A.file);
    await first.bringToFront();
    await typeAtEnd(first, A, '\n# FROM-THE-FIRST-TAB');
    await expect.poll(() => savedCode(first, A.id)).toContain('FROM-THE-FIRST-TAB');
    const section = second.locator(`[data-exercise="${A.id}"]`);
    await section.getByText('This exercise was changed in another tab or window').waitFor();
    await section.locator('.view-lines').getByText('# FROM-THE-FIRST-TAB').waitFor();
    await first.close();
    await second.close();
  });

  it('keeps the last keystrokes across an immediate reload', async () => {
    const page = await session.open(`/lessons/${A.lesson}/`);
    await typeAtEnd(page, A, '\n# RELOAD-TEST-ABCDEFGHIJ');
    await page.reload();
    await editorFor(page, A.id, A.file);
    expect(await savedCode(page, A.id)).toContain('RELOAD-TEST-ABCDEFGHIJ');
    await page.locator(`[data-exercise="${A.id}"] .view-lines`).getByText('# RELOAD-TEST-ABCDEFGHIJ').waitFor();
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
});

describe('blocked storage', () => {
  it('leaves a working lesson (editor, grading) with a notice that nothing is kept', async () => {
    // Chromium's "Block all cookies and site data": reading window.localStorage throws a SecurityError.
    const profile = mkdtempSync(join(tmpdir(), 'shipshape-blocked-'));
    mkdirSync(join(profile, 'Default'));
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromePath(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1400, height: 900 },
    });
    const errors: string[] = [];
    try {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await page.goto(`${inject('baseUrl')}/lessons/${A.lesson}/`);
      expect(await page.evaluate(() => { try { return typeof localStorage; } catch (e) { return (e as Error).name; } })).toBe('SecurityError');
      const box = await editorFor(page, A.id, A.file);
      await page.locator(`[data-exercise="${A.id}"]`).getByText(/does not allow saving/).waitFor();
      const before = await statuses(page, A.id);
      await box.focus();
      await page.keyboard.press('Control+a');
      await page.keyboard.type('FROM alpine:3.24\nUSER 10001:10001\n');
      await expect.poll(() => statuses(page, A.id)).not.toEqual(before);
      expect(await checksOf(page, A.id).getByRole('listitem').count()).toBeGreaterThan(0);
      await page.screenshot({ path: screenshotPath('storage-blocked') });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
