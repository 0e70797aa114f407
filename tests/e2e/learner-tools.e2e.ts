import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotPath, startSession, useSession, type Session } from './browser';
import { seriousViolations } from './axe';

interface Catalog {
  lessons: { slug: string; title: string }[];
  exercises: { id: string; title: string; lesson: string }[];
}

const session = useSession();
let catalog: Catalog;
beforeAll(async () => {
  const page = await session.open('/track/');
  catalog = JSON.parse((await page.locator('#course-catalog').textContent()) ?? '{}') as Catalog;
  await page.close();
});

const LESSON = 'run-as-non-root';
const lessonExercises = () => catalog.exercises.filter((e) => e.lesson === LESSON);
const otherExercise = () => catalog.exercises.find((e) => e.lesson !== LESSON)!;

function entry(status: 'started' | 'passed', code: string) {
  return {
    code: { Dockerfile: code },
    status,
    hintsUsed: 1,
    completedAt: status === 'passed' ? '2026-11-28T10:00:00.000Z' : null,
    updatedAt: '2026-11-28T10:00:00.000Z',
  };
}

/** Every exercise of one lesson passed, one exercise elsewhere started. */
function seededProgress() {
  return {
    version: 1,
    exercises: {
      ...Object.fromEntries(lessonExercises().map((e) => [e.id, entry('passed', `FROM alpine:3.24\nUSER 10001\n# ${e.id}\n`)])),
      [otherExercise().id]: entry('started', 'FROM ubuntu:24.04\n'),
    },
  };
}

/** Seeds progress in the previous version's single-key format: loading migrates it. */
async function seed(page: Page, progress: unknown): Promise<void> {
  await page.evaluate((text) => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('shipshape:exercise:')) localStorage.removeItem(key);
    localStorage.setItem('shipshape:progress', text);
  }, JSON.stringify(progress));
  await page.reload();
}

/** What this browser saved, one key per exercise. */
async function storedProgress(page: Page): Promise<{ exercises: Record<string, { status: string; code: Record<string, string>; previous?: Record<string, string> }> }> {
  const exercises = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage)
    .filter((k) => k.startsWith('shipshape:exercise:'))
    .map((k) => [k.slice('shipshape:exercise:'.length), JSON.parse(localStorage.getItem(k) ?? 'null')])));
  return { exercises };
}

/** Exports from /progress/ in the given session and returns the downloaded file's name and text. */
async function exportRecord(from: Session, name: string, progress: unknown): Promise<{ fileName: string; text: string }> {
  const page = await from.open('/progress/');
  await seed(page, progress);
  await page.getByLabel('Your name').fill(name);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export progress' }).click(),
  ]);
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  await page.close();
  return { fileName: download.suggestedFilename(), text };
}

function fileOf(name: string, text: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

async function overallDone(page: Page): Promise<string | null> {
  return page.getByRole('progressbar', { name: 'All exercises' }).getAttribute('aria-valuenow');
}

describe('progress page', () => {
  it('exports progress and restores it in a fresh browser', async () => {
    const passed = lessonExercises().length;
    const { fileName, text } = await exportRecord(session, 'Ada Lovelace', seededProgress());
    expect(fileName).toMatch(/^shipshape-progress-ada-lovelace-\d{4}-\d{2}-\d{2}\.json$/);
    const record = JSON.parse(text) as { format: string; learner: string; checksum: string; exercises: unknown[] };
    expect(record).toMatchObject({ format: 'shipshape-completion-record', learner: 'Ada Lovelace' });
    expect(record.checksum).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect(record.exercises).toHaveLength(passed + 1);

    const fresh = await startSession();
    try {
      const page = await fresh.open('/progress/');
      await expect(overallDone(page)).resolves.toBe('0');
      await page.getByLabel('Import a progress file').setInputFiles(fileOf(fileName, text));
      await page.getByText(/Imported Ada Lovelace's record/).waitFor();
      await expect(overallDone(page)).resolves.toBe(String(passed));
      const lesson = catalog.lessons.find((l) => l.slug === LESSON)!;
      await expect(page.getByRole('progressbar', { name: `Progress in ${lesson.title}` }).getAttribute('aria-valuenow')).resolves.toBe(String(passed));
      const stored = await storedProgress(page);
      expect(stored.exercises[otherExercise().id]?.code).toEqual({ Dockerfile: 'FROM ubuntu:24.04\n' });
      expect(fresh.problems).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('asks before replacing code and keeps the replaced code as the previous version', async () => {
    const { fileName, text } = await exportRecord(session, 'Ada', seededProgress());
    const fresh = await startSession();
    try {
      const page = await fresh.open('/progress/');
      const other = otherExercise().id;
      await seed(page, { version: 1, exercises: { [other]: entry('passed', 'FROM alpine:3.24\n# mine\n') } });
      await page.getByLabel('Import a progress file').setInputFiles(fileOf(fileName, text));
      const dialog = page.getByRole('dialog', { name: 'Replace your code?' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Use the code from the file' }).click();
      await page.getByText(/Imported Ada's record/).waitFor();
      const stored = await storedProgress(page);
      expect(stored.exercises[other]).toMatchObject({
        status: 'passed',
        code: { Dockerfile: 'FROM ubuntu:24.04\n' },
        previous: { Dockerfile: 'FROM alpine:3.24\n# mine\n' },
      });
      expect(fresh.problems).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('refuses an edited or foreign file and keeps the current progress', async () => {
    const { fileName, text } = await exportRecord(session, 'Ada', seededProgress());
    const page = await session.open('/progress/');
    const mine = { version: 1, exercises: { [otherExercise().id]: entry('started', 'FROM scratch\n') } };
    await seed(page, mine);
    const input = page.getByLabel('Import a progress file');

    await input.setInputFiles(fileOf(fileName, text.replace('"learner": "Ada"', '"learner": "Mallory"')));
    await page.getByText(/this file was changed after it was exported/).waitFor();
    await input.setInputFiles(fileOf('notes.json', '{"hello": "world"}'));
    await page.getByText(/not a Shipshape progress file/).waitFor();
    await input.setInputFiles(fileOf('broken.json', '{"format": "shipshape-completion-rec'));
    await page.getByText(/not JSON/).waitFor();

    const stored = (await storedProgress(page)).exercises;
    expect(Object.keys(stored)).toEqual(Object.keys(mine.exercises));
    expect(stored[otherExercise().id]).toMatchObject({ status: 'started', code: { Dockerfile: 'FROM scratch\n' } });
    await expect(overallDone(page)).resolves.toBe('0');
  });

  it('prints a certificate without the site chrome', async () => {
    const page = await session.open('/progress/');
    await seed(page, seededProgress());
    await page.getByLabel('Your name').fill('Ada Lovelace');
    await page.emulateMedia({ media: 'print' });
    const certificate = page.getByRole('region', { name: 'Record of completion' });
    expect(await certificate.isVisible()).toBe(true);
    expect(await certificate.getByText('Ada Lovelace', { exact: true }).isVisible()).toBe(true);
    const lesson = catalog.lessons.find((l) => l.slug === LESSON)!;
    const lessonRow = certificate.getByRole('row').filter({ has: page.getByRole('rowheader', { name: lesson.title }) });
    expect(await lessonRow.isVisible()).toBe(true);
    expect(await lessonRow.getByRole('cell', { name: /^Passed / }).isVisible()).toBe(true);
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Export progress' }).isVisible()).toBe(false);
    await page.screenshot({ path: screenshotPath('progress-print'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByRole('banner').isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('progress-screen'), fullPage: true });
    await page.evaluate(() => localStorage.removeItem('shipshape:learner-name'));
  });
});

describe('team page', () => {
  it('shows a table of learners from several records, with each checksum status', async () => {
    const ada = await exportRecord(session, 'Ada Lovelace', seededProgress());
    const grace = await exportRecord(session, 'Grace Hopper', { version: 1, exercises: { [otherExercise().id]: entry('passed', 'FROM scratch\n') } });
    const edited = ada.text.replace('"learner": "Ada Lovelace"', '"learner": "Eve"');
    const page = await session.open('/team/');
    await page.getByLabel('Progress files').setInputFiles([
      fileOf(ada.fileName, ada.text),
      fileOf(grace.fileName, grace.text),
      fileOf('eve.json', edited),
      fileOf('holiday.json', 'not json at all'),
    ]);
    const table = page.getByRole('table', { name: 'Completion by learner and lesson' });
    await table.waitFor();
    const row = (name: RegExp) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    expect(await row(/Ada Lovelace/).getByRole('cell', { name: 'Valid' }).count()).toBe(1);
    expect(await row(/Grace Hopper/).getByRole('cell', { name: 'Valid' }).count()).toBe(1);
    expect(await row(/Eve/).getByRole('cell', { name: 'Edited after export: not counted' }).count()).toBe(1);
    expect(await row(/Eve/).getByRole('cell', { name: /none of it is counted/ }).count()).toBe(1);
    expect(await row(/holiday\.json/).getByRole('cell', { name: 'Invalid file' }).count()).toBe(1);
    const total = lessonExercises().length;
    expect(await row(/Ada Lovelace/).getByRole('cell', { name: `${total}/${total}`, exact: true }).count()).toBeGreaterThan(0);
    expect(await table.getByRole('columnheader').count()).toBe(catalog.lessons.length + 4);
    expect(await table.getByRole('columnheader', { name: catalog.lessons[0]!.title }).count()).toBe(1);
    await expect(page.getByRole('status').filter({ hasText: /4 files: 2 valid, 1 edited after export \(not counted\), 1 unreadable/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('status').filter({ hasText: /Of 2 learners with a valid record, 0 completed every exercise/ }).count()).resolves.toBe(1);
    const wrapper = page.getByRole('region', { name: 'Completion by learner and lesson' });
    expect(await wrapper.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('team-light'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('team-dark'), fullPage: true });
  });
});

describe('workshop tracks', () => {
  it('builds a track link that lists only the chosen exercises, in order', async () => {
    const page = await session.open('/track/');
    const [first, second] = lessonExercises();
    const third = otherExercise();
    await page.getByLabel('Track title').fill('Friday workshop');
    await page.getByLabel(third.title, { exact: true }).check();
    await page.getByLabel(first!.title, { exact: true }).check();
    await page.getByLabel(second!.title, { exact: true }).check();
    await page.getByRole('button', { name: `Move up ${first!.title}` }).click();
    const extra = catalog.exercises.find((e) => ![first!.id, second!.id, third.id].includes(e.id))!;
    await page.getByLabel(extra.title, { exact: true }).check();
    await page.getByRole('button', { name: `Remove ${extra.title}` }).click();
    expect(await page.getByLabel(extra.title, { exact: true }).isChecked()).toBe(false);
    const url = await page.getByLabel('Link to share').inputValue();
    expect(url).toContain(`/track/?t=Friday+workshop&e=${first!.id},${third.id},${second!.id}`);

    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('track-builder-light'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('track-builder-dark'), fullPage: true });

    const view = await session.open(`${new URL(url).pathname}${new URL(url).search},no-such/exercise`);
    await expect(view.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Friday workshop');
    const links = view.getByRole('list').filter({ has: view.getByRole('link', { name: first!.title }) }).getByRole('link');
    expect(await links.allTextContents()).toEqual([first!.title, third.title, second!.title]);
    expect(await links.first().getAttribute('href')).toBe(`/lessons/${LESSON}/#exercise-${first!.id.replace(/[^a-z0-9]/gi, '-')}`);
    expect(await view.getByRole('heading', { name: 'Not found' }).isVisible()).toBe(true);
    expect(await view.getByText('no-such/exercise').isVisible()).toBe(true);

    await view.getByRole('button', { name: 'Follow this track' }).click();
    const stored = await view.evaluate(() => localStorage.getItem('shipshape:track'));
    expect(JSON.parse(stored ?? 'null')).toEqual({ title: 'Friday workshop', exercises: [first!.id, third.id, second!.id] });
    await view.getByRole('button', { name: 'Stop following' }).waitFor();

    expect(await seriousViolations(view)).toEqual([]);
    await view.screenshot({ path: screenshotPath('track-view-light'), fullPage: true });
    await view.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(view)).toEqual([]);
    await view.screenshot({ path: screenshotPath('track-view-dark'), fullPage: true });
    await view.getByRole('button', { name: 'Stop following' }).click();
    await expect(view.evaluate(() => localStorage.getItem('shipshape:track'))).resolves.toBeNull();
  });

  it('shows the track progress from the saved progress', async () => {
    const page = await session.open('/progress/');
    await seed(page, seededProgress());
    const ids = [...lessonExercises().map((e) => e.id), otherExercise().id];
    const view = await session.open(`/track/?t=Mine&e=${ids.join(',')}`);
    const bar = view.getByRole('progressbar', { name: 'Your progress on this track' });
    await expect(bar.getAttribute('aria-valuenow')).resolves.toBe(String(lessonExercises().length));
    await expect(bar.getAttribute('aria-valuemax')).resolves.toBe(String(ids.length));
  });
});

describe('accessibility', () => {
  it('has no serious violations on the progress page in either theme', async () => {
    const page = await session.open('/progress/');
    await seed(page, seededProgress());
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
