import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { lessonSlugs, screenshotPath, useSession } from './browser';
import { seriousViolations } from './axe';


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

// Each lesson is opened twice, once per theme, and every check of that view runs on the same page: axe
// sees both themes with the workspace loaded, the dark page is then turned to a phone's width and
// measured, and each view is pictured.
describe.each(lessonSlugs)('lesson %s', (slug) => {
  const path = `/lessons/${slug}/`;

  it('in the light theme on a wide screen: no serious accessibility violations, and a screenshot', async () => {
    const page = await session.open(path, { colorScheme: 'light' });
    await waitForEditor(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath(`lesson-${slug}-light-wide`, 'lessons') });
    await page.close();
  });

  it('in the dark theme: no serious accessibility violations; turned to a phone, the text stays inside the screen; a screenshot', async () => {
    const page = await session.open(path, { colorScheme: 'dark' });
    await waitForEditor(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await overflowingText(page)).toEqual([]);
    const text = await page.getByRole('article').boundingBox();
    expect(text).not.toBeNull();
    if (text) {
      await page.screenshot({
        path: screenshotPath(`lesson-${slug}-dark-phone`, 'lessons'),
        fullPage: true,
        clip: { x: 0, y: 0, width: PHONE.width, height: text.y + text.height },
      });
    }
    await page.close();
  });
});
