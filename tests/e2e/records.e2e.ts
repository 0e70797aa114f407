import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allExercises } from '../../src/course/exercises';
import { screenshotPath, useSession } from './browser';
import { editorFor, statuses } from './editor';

const session = useSession();

const ID = 'read-only-app-files/root-owned-binaries';

function fileOf(name: string, text: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

describe('a completion with the solution\'s help', () => {
  it('is recorded as assisted: in the progress page, the certificate, the export and the team table', async () => {
    const lesson = await session.open('/lessons/read-only-app-files/');
    await editorFor(lesson, ID, 'Dockerfile');
    const section = lesson.locator(`[data-exercise="${ID}"]`);
    await section.getByRole('button', { name: 'Compare with solution' }).click();
    await lesson.getByRole('dialog', { name: 'Show the solution?' }).getByRole('button', { name: 'Show the solution' }).click();
    await lesson.getByRole('dialog', { name: /Compare with the solution/ }).getByRole('button', { name: 'Apply the solution' }).click();
    await expect.poll(() => statuses(lesson, ID)).not.toContain('fail');

    const progress = await session.open('/progress/');
    const title = allExercises.find((e) => e.id === ID)!.title;
    const row = progress.locator(`[data-exercise-row="${ID}"]`);
    await expect.poll(() => row.textContent()).toMatch(/Completed with the solution on/);
    await progress.getByLabel('Your name').fill('Ada Lovelace');
    const certificate = progress.getByRole('region', { name: 'Record of completion' });
    await expect.poll(() => certificate.getByRole('row', { name: new RegExp(title) }).textContent()).toMatch(/With the solution/);
    await expect.poll(() => certificate.textContent()).toMatch(/0 of \d+ exercises on their own, and 1 more with the solution shown/);
    const code = (await progress.locator('[data-cert-code]').textContent()) ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const [download] = await Promise.all([progress.waitForEvent('download'), progress.getByRole('button', { name: 'Export progress' }).click()]);
    const text = readFileSync(await download.path(), 'utf8');
    const record = JSON.parse(text) as { verificationCode: string; exercises: { id: string; status: string; solutionSeen: boolean; solutionApplied: boolean; completedIn: unknown }[] };
    expect(record.verificationCode).toBe(code);
    expect(record.exercises.find((e) => e.id === ID)).toMatchObject({ status: 'assisted', solutionSeen: true, solutionApplied: true, completedIn: { courseVersion: expect.any(String), definitionHash: expect.any(String) } });

    const team = await session.open('/team/');
    await team.getByLabel('Progress files').setInputFiles([fileOf(download.suggestedFilename(), text)]);
    const table = team.getByRole('table', { name: 'Completion by learner and lesson' });
    const ada = table.getByRole('row').filter({ has: team.getByRole('rowheader', { name: /Ada Lovelace/ }) });
    await ada.waitFor();
    expect(await ada.getByRole('cell', { name: /1 with solution/ }).count()).toBeGreaterThan(0);
    await team.getByRole('status').filter({ hasText: /0 completed every exercise on their own/ }).waitFor();

    await team.getByLabel('Verification code from a certificate').fill(code.toLowerCase().replace('-', ''));
    await team.getByRole('button', { name: 'Check the code' }).click();
    await team.getByText(new RegExp(`${code} matches the record of Ada Lovelace`)).waitFor();
    await team.getByLabel('Verification code from a certificate').fill('AAAA-AAAA');
    await team.getByRole('button', { name: 'Check the code' }).click();
    await team.getByText(/No loaded file matches AAAA-AAAA/).waitFor();
    await team.screenshot({ path: screenshotPath('team-assisted'), fullPage: true });
    await progress.evaluate(() => localStorage.clear());
  });
});

describe('the team table', () => {
  it('merges a learner\'s files, fits a 1400-pixel screen and neutralises direction overrides in names', async () => {
    const progress = await session.open('/progress/');
    const ids = allExercises.map((e) => e.id);
    await progress.evaluate((all) => {
      all.forEach((id, i) => localStorage.setItem(`shipshape:exercise:${id}`, JSON.stringify({
        version: 2, code: { Dockerfile: 'x' }, status: i % 5 === 0 ? 'assisted' : 'passed', hintsUsed: i % 3, attempts: 2,
        startedAt: '2026-11-28T09:00:00.000Z', completedAt: '2026-11-28T10:00:00.000Z', updatedAt: '2026-11-28T10:00:00.000Z',
        solutionSeenAt: null, solutionAppliedAt: null, completedIn: null,
      })));
    }, ids);
    const exportAs = async (name: string) => {
      await progress.reload();
      await progress.getByLabel('Your name').fill(name);
      const [download] = await Promise.all([progress.waitForEvent('download'), progress.getByRole('button', { name: 'Export progress' }).click()]);
      return fileOf(`${name.length}.json`, readFileSync(await download.path(), 'utf8'));
    };
    const files = [await exportAs('Grace Hopper'), await exportAs('grace  hopper'), await exportAs('Alice \u202Egnp.exe'), await exportAs('Katherine Johnson-Goble, Mission Control')];
    await progress.evaluate(() => localStorage.clear());

    const team = await session.open('/team/');
    await team.getByLabel('Progress files').setInputFiles(files);
    const table = team.getByRole('table', { name: 'Completion by learner and lesson' });
    await table.waitFor();
    expect(await table.getByRole('rowheader').count()).toBe(3);
    expect(await table.getByRole('rowheader', { name: /Grace Hopper/ }).textContent()).toMatch(/2 files merged/);
    expect(await table.getByRole('rowheader', { name: /Alice/ }).textContent()).not.toMatch(/\u202E/);
    const wrapper = team.getByRole('region', { name: 'Completion by learner and lesson' });
    expect(await wrapper.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await team.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await team.screenshot({ path: screenshotPath('team-full-course'), fullPage: true });
  });
});

describe('the certificate', () => {
  it('fits one A4 page for the full course', async () => {
    const page = await session.open('/progress/');
    await page.evaluate((all) => {
      all.forEach((id) => localStorage.setItem(`shipshape:exercise:${id}`, JSON.stringify({
        version: 2, code: {}, status: 'passed', hintsUsed: 0, attempts: 1,
        startedAt: '2026-11-28T09:00:00.000Z', completedAt: '2026-11-28T10:00:00.000Z', updatedAt: '2026-11-28T10:00:00.000Z',
        solutionSeenAt: null, solutionAppliedAt: null, completedIn: null,
      })));
      localStorage.setItem('shipshape:learner-name', 'Ada Lovelace');
    }, allExercises.map((e) => e.id));
    await page.reload();
    await expect.poll(() => page.locator('[data-cert-code]').textContent()).toMatch(/-/);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    writeFileSync(screenshotPath('certificate').replace(/\.png$/, '.pdf'), pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
    await page.screenshot({ path: screenshotPath('certificate-print'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => localStorage.clear());
  });
});
