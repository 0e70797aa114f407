import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { lessonSlugs, screenshotPath, useSession } from './browser';
import { seriousViolations } from './axe';

const LESSON = '/lessons/run-as-non-root/';

const session = useSession();

async function terminalText(page: Page): Promise<string> {
  return (await page.locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' ');
}

describe('home page', () => {
  it('says what the course is and links to every lesson in order', async () => {
    const page = await session.open('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/harden/i);
    const list = page.getByRole('heading', { name: 'Lessons' }).locator('xpath=following-sibling::ol[1]');
    const links = list.getByRole('link');
    expect(await links.count()).toBe(lessonSlugs.length);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect([...hrefs].sort()).toEqual(lessonSlugs.map((s) => `/lessons/${s}/`).sort());
    expect(await page.getByText(/min ·/).count()).toBe(lessonSlugs.length);
  });

  it('ships no editor or terminal code', async () => {
    const requested: string[] = [];
    const page = await session.context.newPage();
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${session.baseUrl}/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => /monaco|editor\.api|xterm/i.test(u))).toEqual([]);
  });

  it('has no serious accessibility violations', async () => {
    const page = await session.open('/');
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('lesson page', () => {
  it('renders the lesson with outline, contents, sources and neighbours', async () => {
    const page = await session.open(LESSON);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBeTruthy();
    await page.getByText(/Course outline/).click();
    expect(await page.getByRole('navigation', { name: 'Course outline' }).getByRole('link').count()).toBe(lessonSlugs.length);
    expect(await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').count()).toBeGreaterThan(2);
    expect(await page.getByRole('heading', { name: 'Sources' }).count()).toBe(1);
    const pager = page.getByRole('navigation', { name: 'Lesson navigation' });
    expect(await pager.getByRole('link').count()).toBe(2);
  });

  it('offers a skip link as the first tab stop', async () => {
    const page = await session.open(LESSON);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused.textContent()).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
  });

  it('loads the editor when it is shown, and it accepts typed text', async () => {
    const page = await session.open(LESSON);
    const workspace = page.getByRole('region', { name: 'Workspace' });
    const editor = workspace.getByRole('textbox', { name: /Dockerfile, editor/ }).first();
    await editor.waitFor({ state: 'attached', timeout: 20_000 });
    await editor.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n# typed by the test');
    await page.getByText('# typed by the test').first().waitFor();
  });

  it('loads the terminal lazily and echoes a command', async () => {
    const page = await session.open(LESSON);
    const terminal = page.getByRole('textbox', { name: /Simulated terminal/ });
    await page.locator('[data-terminal]').scrollIntoViewIfNeeded();
    await terminal.waitFor({ state: 'attached', timeout: 20_000 });
    await terminal.focus();
    await page.keyboard.press('Control+c');
    await page.keyboard.type('echo hello from shipshape');
    await page.keyboard.press('Enter');
    await expect.poll(() => terminalText(page)).toMatch(/^hello from shipshape$/m);
  });

  it('remembers the theme chosen with the toggle across a reload', async () => {
    const page = await session.open(LESSON, { colorScheme: 'light' });
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await page.reload();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    // The button's state is set by the page's script, which may still be loading.
    await expect.poll(() => page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed'), { timeout: 15_000 }).toBe('true');
    await page.evaluate(() => localStorage.removeItem('shipshape:theme'));
  });

  it('resizes text and workspace with the keyboard on the divider', async () => {
    const page = await session.open(LESSON);
    const divider = page.getByRole('separator', { name: /Resize/ });
    await divider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(divider.getAttribute('aria-valuenow')).resolves.toBe('54');
    await page.keyboard.press('Home');
    await expect(divider.getAttribute('aria-valuenow')).resolves.toBe('25');
    await page.keyboard.press('End');
    await page.evaluate(() => localStorage.removeItem('shipshape:split'));
  });

  it('stacks text and workspace on a phone-sized screen', async () => {
    const page = await session.open(LESSON, { width: 390, height: 844 });
    const text = await page.locator('.lesson-text').boundingBox();
    const workspace = await page.locator('.workspace-column').boundingBox();
    expect(text && workspace && workspace.y >= text.y + text.height - 1).toBe(true);
  });

  it('has no serious accessibility violations, light or dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await session.open(LESSON, { colorScheme });
      expect(await seriousViolations(page)).toEqual([]);
    }
  });
});

describe('screenshots for people to look at', () => {
  it('writes home and lesson, light and dark, wide and phone', async () => {
    const blank = await session.open('/');
    await blank.evaluate(() => localStorage.clear());
    for (const colorScheme of ['light', 'dark'] as const) {
      const home = await session.open('/', { colorScheme });
      await home.screenshot({ path: screenshotPath(`home-${colorScheme}`), fullPage: true });
      const lesson = await session.open(LESSON, { colorScheme });
      await lesson.getByRole('textbox', { name: /Dockerfile, editor/ }).first().waitFor({ state: 'attached', timeout: 20_000 });
      await lesson.locator('.monaco-editor .view-lines').first().waitFor();
      await lesson.screenshot({ path: screenshotPath(`lesson-${colorScheme}`) });
      const phone = await session.open(LESSON, { colorScheme, width: 390, height: 844 });
      await phone.screenshot({ path: screenshotPath(`lesson-phone-${colorScheme}`) });
    }
  });
});
