import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { lessonSlugs, screenshotPath, useSession } from './browser';
import { seriousViolations } from './axe';


const schemes = ['light', 'dark'] as const;
const PHONE = { width: 390, height: 844 };


async function waitForEditor(page: Page): Promise<void> {
  const workspace = page.getByRole('region', { name: 'Workspace' });
  await workspace.getByRole('textbox', { name: /, editor/ }).first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.locator('.monaco-editor .view-lines').first().waitFor();
}

/** Elements of the lesson text that stick out past the right edge of the text column (code blocks scroll inside themselves and are not counted). */
async function overflowingText(page: Page): Promise<string[]> {
  return page.getByRole('article').evaluate((article) => {
    const right = article.getBoundingClientRect().right;
    const offenders: string[] = [];
    for (const el of article.querySelectorAll<HTMLElement>('p, li, h1, h2, h3, h4, table, figure, pre, aside, blockquote, dl')) {
      if (el.closest('pre') && el.tagName !== 'PRE') continue;
      if (el.getBoundingClientRect().right > right + 1) offenders.push(`${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 60)}`);
    }
    return offenders;
  });
}

const session = useSession();

describe.each(lessonSlugs)('lesson %s', (slug) => {
  const path = `/lessons/${slug}/`;

  it.each(schemes)('has no serious accessibility violations in the %s theme', async (colorScheme) => {
    const page = await session.open(path, { colorScheme });
    await waitForEditor(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('keeps the lesson text inside the screen of a phone', async () => {
    const page = await session.open(path, PHONE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await overflowingText(page)).toEqual([]);
    await page.close();
  });

  // One picture per layout keeps CI short; each theme is still pictured once per lesson, and axe checks both.
  it('writes a wide screenshot in the light theme and a phone one in the dark theme', async () => {
    const wide = await session.open(path, { colorScheme: 'light' });
    await waitForEditor(wide);
    await wide.screenshot({ path: screenshotPath(`lesson-${slug}-light-wide`, 'lessons') });
    await wide.close();

    const phone = await session.open(path, { colorScheme: 'dark', ...PHONE });
    await phone.getByRole('heading', { level: 1 }).waitFor();
    const text = await phone.getByRole('article').boundingBox();
    expect(text).not.toBeNull();
    if (text) {
      await phone.screenshot({
        path: screenshotPath(`lesson-${slug}-dark-phone`, 'lessons'),
        fullPage: true,
        clip: { x: 0, y: 0, width: PHONE.width, height: text.y + text.height },
      });
    }
    await phone.close();
  });
});
