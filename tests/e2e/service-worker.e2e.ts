import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath, startSession, useSession, type Session } from './browser';
import { serveStatic } from './static-server';

const session = useSession();
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

async function installed(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    // Install caches every file before the worker activates; the page is then controlled after a reload.
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Every cached URL's path, over all of this origin's caches. */
function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

/** Waits until the caches hold a path for which `wanted` holds (a browser-side async predicate would be truthy at once). */
async function waitForCached(page: Page, wanted: (paths: string[]) => boolean): Promise<string[]> {
  let paths: string[] = [];
  await expect.poll(async () => wanted((paths = await cachedPaths(page))), { timeout: 30_000, interval: 250 }).toBe(true);
  return paths;
}

/** What the worker caches for a page besides the page itself (its scripts, chunks and stylesheets), from its manifest. */
async function pageNeeds(page: Page, path: string): Promise<string[]> {
  const needs = await page.evaluate(async (key) => {
    const source = await (await fetch('/sw.js')).text();
    const manifest = JSON.parse(/const MANIFEST = (\{.*?\});\n/s.exec(source)?.[1] ?? '{}') as { pages: Record<string, number>; sets: number[][]; assets: string[] };
    const set = manifest.pages[key];
    return set === undefined ? [] : (manifest.sets[set] ?? []).map((i) => manifest.assets[i] ?? '');
  }, path);
  expect(needs.some((k) => /exercise-runtime\..*\.js$/.test(k)), `${path} needs its editor`).toBe(true);
  return needs;
}

/** The home page's button, used from the keyboard as a workshop instructor might. */
async function cacheWholeCourse(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /^Make the whole course available offline \(\d+(\.\d)? (MB|KB) download\)$/ });
  await button.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'The whole course is saved in this browser' }).waitFor({ timeout: 60_000 });
}

describe('a first visit', () => {
  it('caches the shell and the visited lesson with its editor, not the whole course, and the lesson then opens offline', async () => {
    const own = await startSession();
    try {
      const page = await own.context.newPage();
      await page.goto(`${own.baseUrl}/lessons/run-as-non-root/`);
      // Offline, the lesson needs all of it, the editor's largest chunk included: wait for every file, not the first.
      const needs = await pageNeeds(page, '/lessons/run-as-non-root/');
      const paths = await waitForCached(page, (all) => all.includes('/lessons/run-as-non-root/') && needs.every((k) => all.includes(k)));
      expect(paths).toContain('/');
      expect(paths).toContain('/404.html');
      expect(paths).not.toContain('/lessons/apparmor-profiles/');
      expect(paths.some((p) => p.startsWith('/pagefind/'))).toBe(false);
      await own.context.setOffline(true);
      try {
        await page.reload();
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.getByRole('textbox', { name: /Dockerfile, editor/ }).first().waitFor({ state: 'attached', timeout: 30_000 });
      } finally {
        await own.context.setOffline(false);
      }
      // Hashed files come from the cache through the worker's static route, without the worker running.
      const sources = await page.evaluate(() =>
        (performance.getEntriesByType('resource') as (PerformanceResourceTiming & { workerMatchedSourceType?: string; workerFinalSourceType?: string })[])
          .filter((entry) => new URL(entry.name).pathname.startsWith('/_astro/'))
          .map((entry) => `${entry.workerMatchedSourceType ?? 'none'}/${entry.workerFinalSourceType ?? 'none'}`),
      );
      expect(sources.length).toBeGreaterThan(5);
      expect(new Set(sources)).toEqual(new Set(['cache/cache']));
      expect(own.problems).toEqual([]);
    } finally {
      await own.close();
    }
  });
});

describe('offline, after making the whole course available', () => {
  it('search finds lessons (the .pf_* index files are served from the cache)', async () => {
    const page = await session.open('/');
    await installed(page);
    await cacheWholeCourse(page);
    await session.context.setOffline(true);
    try {
      await page.keyboard.press('/');
      await page.getByRole('searchbox', { name: 'Search lessons and rules' }).fill('apparmor');
      const results = page.getByRole('list', { name: 'Search results' });
      await results.getByRole('link').first().waitFor({ timeout: 15_000 });
      expect(await results.getByRole('link').count()).toBeGreaterThan(1);
      await page.keyboard.press('Escape');
    } finally {
      await session.context.setOffline(false);
    }
  });

  it('an unknown page is the 404 page with status 404, and the site archive downloads', async () => {
    const page = await session.open('/');
    await installed(page);
    await cacheWholeCourse(page);
    await session.context.setOffline(true);
    try {
      const missing = await page.goto(`${session.baseUrl}/no-such-page/`);
      expect(missing?.status()).toBe(404);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBeTruthy();
      const archive = await page.evaluate(async () => {
        const response = await fetch('/shipshape-site.tar.gz');
        return { status: response.status, size: (await response.arrayBuffer()).byteLength };
      });
      expect(archive.status).toBe(200);
      expect(archive.size).toBeGreaterThan(100_000);
      // Chromium logs every 404 navigation; that one is the point of this test.
      const expected = session.problems.findIndex((p) => /no-such-page\/: Failed to load resource: .*404/.test(p));
      if (expected >= 0) session.problems.splice(expected, 1);
    } finally {
      await session.context.setOffline(false);
    }
  });
});

describe('a tab open across a deploy', () => {
  let root = '';
  let server: Server;
  let site = '';
  let own: Session | undefined;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'shipshape-deploy-'));
    cpSync(dist, root, { recursive: true });
    ({ server, url: site } = await serveStatic(root));
  });
  afterAll(async () => {
    await own?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(root, { recursive: true, force: true });
  });

  /** A new build: the old editor chunk is gone from the server and the worker has a new version. */
  function deploy(): string {
    const chunk = readdirSync(join(root, '_astro')).find((n) => /^exercise-runtime\..*\.js$/.test(n));
    if (!chunk) throw new Error('no exercise-runtime chunk');
    unlinkSync(join(root, '_astro', chunk));
    const sw = readFileSync(join(root, 'sw.js'), 'utf8');
    const manifest = /^const MANIFEST = (.*);$/m.exec(sw)?.[1];
    if (!manifest) throw new Error('sw.js has no manifest line');
    const next = JSON.parse(manifest) as { version: string; precache: string[] };
    next.version = `${next.version}-next`;
    next.precache = next.precache.filter((url) => url !== `/_astro/${chunk}`);
    writeFileSync(join(root, 'sw.js'), sw.replace(manifest, JSON.stringify(next)));
    return chunk;
  }

  it('keeps working: its old chunks still load from the previous build\'s cache', async () => {
    own = await startSession();
    const page = await own.context.newPage();
    await page.goto(`${site}/`);
    await installed(page);
    // A phone-sized lesson: the workspace, and so the editor's chunk, is below the fold.
    const lesson = await own.context.newPage();
    await lesson.setViewportSize({ width: 390, height: 844 });
    await lesson.goto(`${site}/lessons/run-as-non-root/`);
    // The worker caches what the lesson can load (its editor too) after serving the page; the deploy below
    // must come after all of it is cached, or the old tab rightly falls back to offering a reload.
    const needs = await pageNeeds(lesson, '/lessons/run-as-non-root/');
    await waitForCached(lesson, (all) => needs.every((k) => all.includes(k)));
    const chunk = deploy();
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
    });
    await page.waitForFunction(async () => (await caches.keys()).some((k) => k.endsWith('-next')), undefined, { timeout: 30_000 });
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.scriptURL !== undefined);
    const keys = await page.evaluate(() => caches.keys());
    expect(keys.filter((k) => k.startsWith('shipshape-') && k !== 'shipshape-meta')).toHaveLength(2);
    await lesson.getByRole('button', { name: 'Work on it in the workspace' }).first().click();
    await lesson.getByRole('textbox', { name: /Dockerfile, editor/ }).first().waitFor({ state: 'attached', timeout: 30_000 });
    expect(own.problems.filter((p) => p.includes(chunk))).toEqual([]);
    expect(own.problems).toEqual([]);
    await lesson.screenshot({ path: screenshotPath('sw-old-tab-after-deploy') });
  });

  it('offers a reload when a chunk of its build is gone and no cache has it', async () => {
    const fresh = await startSession();
    try {
      const lesson = await fresh.context.newPage();
      await lesson.setViewportSize({ width: 390, height: 844 });
      // No service worker in this profile: the deploy below removes the chunk the page will ask for.
      await lesson.route('**/sw.js', (route) => route.abort());
      cpSync(dist, root, { recursive: true });
      await lesson.goto(`${site}/lessons/run-as-non-root/`);
      deploy();
      await lesson.getByRole('button', { name: 'Work on it in the workspace' }).first().click();
      const alert = lesson.getByRole('alert').filter({ hasText: /updated while this page was open/ });
      await alert.waitFor({ timeout: 30_000 });
      await lesson.screenshot({ path: screenshotPath('sw-reload-offer') });
      await alert.getByRole('button', { name: 'Reload the page' }).click();
      await lesson.waitForLoadState('load');
      expect(fresh.problems.every((p) => /404|Failed to fetch dynamically imported module|sw\.js|ServiceWorker/i.test(p))).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});
