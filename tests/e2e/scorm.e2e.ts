import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allExercises } from '../../src/course/exercises';
import { useSession } from './browser';
import { openGaps } from '../simulator-gaps';
import { pasteInto } from './editor';
import { serveStatic } from './static-server';

/**
 * The SCORM 1.2 package in a stand-in LMS: scorm-again's runtime provides window.API in a harness
 * page, which opens a lesson's launch page in a frame from a Moodle-like folder (so any link that
 * assumes the site is at "/" breaks here).
 */
const repo = fileURLToPath(new URL('../../', import.meta.url));
const CONTENT = '/pluginfile.php/42/mod_scorm/content/1/';
/** The first lesson whose every exercise the simulator in this checkout can run, so "passed" is reachable. */
const LESSON = [...new Set(allExercises.map((e) => e.lesson))].find((slug) => allExercises.filter((e) => e.lesson === slug).every((e) => openGaps(e.id).length === 0));
if (!LESSON) throw new Error('no lesson whose exercises all run in the simulator');
const exercise = allExercises.find((e) => e.lesson === LESSON);
if (!exercise) throw new Error(`no exercise in ${LESSON}`);

const session = useSession();
let root = '';
let server: Server;
let lms = '';
let manifest = '';

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'shipshape-lms-'));
  const files = unzipSync(readFileSync(join(repo, 'dist/shipshape-scorm-1.2.zip')));
  for (const [path, data] of Object.entries(files)) {
    const target = join(root, CONTENT, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  manifest = new TextDecoder().decode(files['imsmanifest.xml']);
  cpSync(join(repo, 'node_modules/scorm-again/dist/scorm12.js'), join(root, 'scorm12.js'));
  writeFileSync(join(root, 'harness.html'), `<!doctype html><html><head><meta charset="utf-8"><title>LMS</title>
<script src="/scorm12.js"></script>
<script>
  window.API = new Scorm12API({ logLevel: 5, autocommit: false });
  window.calls = [];
  for (const name of ['LMSInitialize', 'LMSCommit', 'LMSFinish']) window.API.on(name, () => window.calls.push(name));
</script></head>
<body style="margin:0"><iframe id="sco" title="Course" style="width:100vw;height:100vh;border:0"></iframe>
<script>document.getElementById('sco').src = new URLSearchParams(location.search).get('launch');</script></body></html>`);
  ({ server, url: lms } = await serveStatic(root));
});

afterAll(async () => {
  // The file's browser closes after this hook: its open connections would keep close() waiting.
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(root, { recursive: true, force: true });
});

async function launch(slug: string): Promise<{ page: Page; lesson: FrameLocator }> {
  const page = await session.context.newPage();
  await page.goto(`${lms}/harness.html?launch=${encodeURIComponent(`${CONTENT}scorm/${slug}/index.html`)}`);
  const lesson = page.frameLocator('#sco').frameLocator('iframe');
  return { page, lesson };
}

const value = (page: Page, element: string) => page.evaluate((e) => (window as unknown as { API: { LMSGetValue(e: string): string } }).API.LMSGetValue(e), element);

describe('the SCORM 1.2 package', () => {
  it('declares SCORM 1.2 and one SCO per lesson, each launching its own page', () => {
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    const scos = [...manifest.matchAll(/adlcp:scormtype="sco" href="([^"]+)"/g)].map((m) => m[1]);
    expect(scos).toHaveLength(new Set(allExercises.map((e) => e.lesson)).size);
    expect(scos).toContain(`scorm/${LESSON}/index.html`);
  });

  it('reports the lesson to the LMS: incomplete at first, passed with score 100 once its exercises are solved, then finishes', async () => {
    const { page, lesson } = await launch(LESSON);
    await expect.poll(() => value(page, 'cmi.core.lesson_status'), { timeout: 20_000 }).toBe('incomplete');
    expect(await page.evaluate(() => (window as unknown as { calls: string[] }).calls)).toContain('LMSInitialize');

    const exerciseTabs = lesson.getByRole('tablist', { name: 'Exercises' }).getByRole('tab');
    for (const [index, ex] of allExercises.filter((e) => e.lesson === LESSON).entries()) {
      // A lesson with several exercises shows one at a time, behind its tab; so does an exercise's files.
      if ((await exerciseTabs.count()) > 0) await exerciseTabs.nth(index).click();
      const section = lesson.locator(`[data-exercise="${ex.id}"]`);
      for (const file of ex.files) {
        const fileTab = section.getByRole('tab', { name: file.name, exact: true });
        if ((await fileTab.count()) > 0) await fileTab.click();
        const box = section.getByRole('textbox', { name: new RegExp(`^${file.name.replace(/\./g, '\\.')}, editor`) });
        await box.waitFor({ state: 'attached', timeout: 30_000 });
        await pasteInto(page, box, file.solution);
      }
      await section.getByText('All checks pass.').waitFor();
    }
    await expect.poll(() => value(page, 'cmi.core.lesson_status'), { timeout: 10_000 }).toBe('passed');
    expect(await value(page, 'cmi.core.score.raw')).toBe('100');
    const suspend = await value(page, 'cmi.suspend_data');
    expect(new TextEncoder().encode(suspend).length).toBeLessThanOrEqual(4096);
    expect(JSON.parse(suspend).x[exercise.id][0]).toBe(2);

    // Links inside the packaged site stay inside the package folder.
    const rules = await lesson.locator('a[href*="rules/"]').first().getAttribute('href');
    expect(rules).not.toMatch(/^\//);

    await page.evaluate(() => { (document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'; });
    await expect.poll(() => page.evaluate(() => (window as unknown as { calls: string[] }).calls)).toContain('LMSFinish');
    await page.close();
  });

  it('outside an LMS, the launch page says it reports nowhere and still shows the lesson', async () => {
    const page = await session.context.newPage();
    await page.goto(`${lms}${CONTENT}scorm/${LESSON}/index.html`);
    await page.getByText(/No learning management system answered here/).waitFor();
    await page.frameLocator('iframe').getByRole('heading', { level: 1 }).waitFor();
    await page.close();
  });
});
