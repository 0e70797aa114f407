import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allExercises } from '../../src/course/exercises';
import { editStorage, screenshotPath, scriptsPending, startSessionWithSlowScripts, useSession } from './browser';
import { editorFor, pasteInto, statuses } from './editor';

const session = useSession();

const exercise = allExercises.find((e) => e.id === 'run-as-non-root/add-user');
if (!exercise) throw new Error('the add-user exercise is missing');

async function overall(page: Page): Promise<string | null> {
  return page.getByRole('progressbar', { name: 'Your progress' }).getAttribute('aria-valuenow');
}

describe('progress', () => {
  it('completing an exercise moves the progress bars on the home page, and Continue leads back', async () => {
    const home = await session.open('/');
    expect(await overall(home)).toBe('0');
    const page = await session.open('/lessons/run-as-non-root/');
    await pasteInto(page, await editorFor(page, exercise.id, 'Dockerfile'), exercise.files[0]?.solution ?? '');
    await expect.poll(() => statuses(page, exercise.id)).not.toContain('fail');
    // Progress is saved when the browser is idle, and the home page fills its bars once its script has run.
    const stored = () => page.evaluate((id) => (JSON.parse(localStorage.getItem(`shipshape:exercise:${id}`) ?? '{}') as { status?: string }).status, exercise.id);
    await expect.poll(stored, { timeout: 10_000 }).toBe('passed');
    await home.reload();
    await expect.poll(() => overall(home), { timeout: 15_000 }).toBe('1');
    expect(await home.getByRole('progressbar', { name: 'Progress in Run as a non-root user' }).getAttribute('aria-valuenow')).toBe('1');
    const resume = home.getByRole('link', { name: 'Continue where you left off' });
    expect(await resume.getAttribute('href')).toMatch(/^\/lessons\/run-as-non-root\/#exercise-/);
    await home.screenshot({ path: screenshotPath('home-with-progress') });
  });

  it('a corrupt saved entry is set aside with a notice, and the rest of the progress survives', async () => {
    await editStorage(session, () => {
      const saved = JSON.parse(localStorage.getItem('shipshape:progress') ?? '{"version":1,"exercises":{}}');
      saved.exercises['run-as-non-root/multi-stage-trap'] = { code: 'not an object', status: 'maybe' };
      localStorage.setItem('shipshape:progress', JSON.stringify(saved));
    });
    const page = await session.open('/');
    await page.getByRole('status').filter({ hasText: 'could not be read' }).waitFor();
    expect(await overall(page)).toBe('1');
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('shipshape:set-aside:')));
    expect(kept.length).toBe(1);
  });

  it('a lesson page with unreadable saved progress still opens the starter and says why', async () => {
    await editStorage(session, () => localStorage.setItem('shipshape:progress', '{"version":1,"exercises":'));
    const lesson = await session.open('/lessons/read-only-app-files/');
    await editorFor(lesson, 'read-only-app-files/root-owned-binaries', 'Dockerfile');
    await lesson.getByText(/could not be read/).first().waitFor();
    await lesson.evaluate(() => localStorage.clear());
  });
});

describe('search, shortcuts and presenter mode', () => {
  it('finds a lesson by a word in its body, from the / key', async () => {
    const page = await session.open('/');
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search lessons and rules' });
    await box.fill('release_agent');
    const results = page.getByRole('list', { name: 'Search results' });
    await results.getByRole('link').first().waitFor({ timeout: 15_000 });
    const titles = await results.getByRole('link').allTextContents();
    expect(titles.join(' | ')).toMatch(/privileged/i);
    // The words either side of a highlighted hit keep their spaces ("the release_agent file", not "therelease_agentfile").
    const aroundHits = await results.locator('mark').evaluateAll((marks) => marks.map((m) => `${m.previousSibling?.textContent?.slice(-1) ?? ''}|${m.nextSibling?.textContent?.[0] ?? ''}`));
    expect(aroundHits.length).toBeGreaterThan(0);
    expect(aroundHits.filter((pair) => /[\p{L}\p{N}]\||\|[\p{L}\p{N}]/u.test(pair))).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('lists keyboard shortcuts with ? and moves to the next lesson with n', async () => {
    const page = await session.open('/lessons/run-as-non-root/');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(await dialog.getByRole('row').count()).toBeGreaterThan(5);
    await page.keyboard.press('Escape');
    await page.keyboard.press('n');
    await page.waitForURL(/\/lessons\/read-only-app-files\/$/);
  });

  it('presenter mode enlarges type, is remembered, and stays accessible', async () => {
    const page = await session.open('/lessons/never-privileged/');
    const before = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    await page.reload();
    const after = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(parseFloat(after)).toBeGreaterThan(parseFloat(before));
    await page.getByRole('button', { name: 'Start timer' }).first().waitFor();
    await page.screenshot({ path: screenshotPath('presenter-mode') });
    await page.getByRole('button', { name: 'Presenter mode' }).click();
  });
});

describe('before the page\'s scripts have run', () => {
  it('acts on / and t pressed before the page\'s scripts have run', async () => {
    const fresh = await startSessionWithSlowScripts();
    try {
      const home = await fresh.open('/');
      expect(await scriptsPending(home)).toBe(true);
      await home.keyboard.press('/');
      await home.getByRole('searchbox', { name: 'Search lessons and rules' }).waitFor({ timeout: 15_000 });
      const lesson = await fresh.open('/lessons/run-as-non-root/');
      expect(await scriptsPending(lesson)).toBe(true);
      await lesson.keyboard.press('t');
      const input = lesson.getByRole('textbox', { name: /Simulated terminal/ });
      await expect.poll(() => input.evaluate((el) => el === document.activeElement), { timeout: 30_000 }).toBe(true);
      expect(fresh.problems).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('acts on clicks and answers made then, once the scripts are ready', async () => {
    const fresh = await startSessionWithSlowScripts(2500);
    try {
      const progress = await fresh.open('/progress/');
      expect(await scriptsPending(progress)).toBe(true);
      await progress.getByLabel('Your name').fill('Grace Hopper');
      const [download] = await Promise.all([
        progress.waitForEvent('download'),
        progress.getByRole('button', { name: 'Export progress' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^shipshape-progress-grace-hopper-/);
      expect(await progress.getByLabel('Your name').inputValue()).toBe('Grace Hopper');

      const lesson = await fresh.open('/lessons/run-as-non-root/');
      expect(await scriptsPending(lesson)).toBe(true);
      const quiz = lesson.locator('form').filter({ has: lesson.getByRole('radio') }).first();
      await quiz.getByRole('radio').first().check();
      await quiz.getByRole('button', { name: 'Check answer' }).click();
      const section = lesson.locator(`[data-exercise="${exercise.id}"]`);
      await section.getByRole('button', { name: /Show a hint/ }).click();
      // The answer is checked on the page (a plain form would have reloaded it with the choice in the URL).
      await expect.poll(() => quiz.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/^(Correct|Not quite)\./);
      expect(new URL(lesson.url()).search).toBe('');
      // The hint waits for the editor, which loads after the page's scripts.
      await expect.poll(() => section.getByRole('list', { name: 'Hints' }).getByRole('listitem').count(), { timeout: 30_000 }).toBe(1);
      expect(fresh.problems).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});

describe('offline use', () => {
  it('after one visit, lessons, the editor and grading work with the network cut', async () => {
    const page = await session.open('/');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const worker = registration.active;
      if (!worker) throw new Error('no active service worker');
      // Wait until the precache finished: the worker activates only after install (which caches every file).
    });
    await page.reload();
    await session.context.setOffline(true);
    try {
      const lesson = await session.open('/lessons/run-as-non-root/');
      const id = 'run-as-non-root/add-user';
      const editor = await editorFor(lesson, id, 'Dockerfile');
      expect(await statuses(lesson, id)).toContain('fail');
      const solution = allExercises.find((e) => e.id === id)?.files[0]?.solution ?? '';
      await pasteInto(lesson, editor, solution);
      // The run check, which loads the simulator, must answer offline too.
      await expect.poll(() => statuses(lesson, id), { timeout: 20_000 }).toEqual(expect.not.arrayContaining(['fail', 'pending']));
    } finally {
      await session.context.setOffline(false);
    }
  });
});
