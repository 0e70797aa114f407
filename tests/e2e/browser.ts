import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Finds a Chromium to drive; CHROME_PATH wins. Fails with instructions instead of downloading one. */
export function chromePath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) '
      + 'or point CHROME_PATH at a Chromium or Chrome binary.',
    );
  }
  return found;
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface Session {
  context: BrowserContext;
  baseUrl: string;
  /** Console errors, page errors and requests that tried to leave localhost, per page. */
  problems: string[];
  open(path: string, options?: { width?: number; height?: number; colorScheme?: 'light' | 'dark' }): Promise<Page>;
  close(): Promise<void>;
}

/** A fresh browser profile; every page it opens is watched for console errors and outside requests. */
export async function startSession(): Promise<Session> {
  const baseUrl = inject('baseUrl');
  const profile = mkdtempSync(join(tmpdir(), 'shipshape-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 900 },
  });
  const problems: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1' || url.hostname === 'localhost') {
      await route.continue();
      return;
    }
    problems.push(`request left localhost: ${url.href}`);
    await route.abort();
  });
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error on ${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
  };
  context.on('page', watch);
  for (const page of context.pages()) watch(page);
  return {
    context,
    baseUrl,
    problems,
    async open(path, options = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width: options.width ?? 1400, height: options.height ?? 900 });
      if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
      await page.goto(baseUrl + path);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh profile whose pages' scripts run only after `ms`: the English string table, which every page
 * script awaits, is held back. Its own profile, so no service worker answers for that file instead.
 */
export async function startSessionWithSlowScripts(ms = 1500): Promise<Session> {
  const session = await startSession();
  await session.context.route(/\/_astro\/en\.[\w-]+\.js$/, async (route) => {
    await new Promise((done) => setTimeout(done, ms));
    await route.fallback();
  });
  return session;
}

/** Whether the page's module scripts have yet to run (the inline boot script still holds early keys). */
export function scriptsPending(page: Page): Promise<boolean> {
  return page.evaluate(() => typeof window.shipshapeEarlyKeys === 'function');
}

/**
 * Runs `edit` on the site's storage from the rule catalogue, a page that never reads saved progress:
 * a lesson or the home page would read (and migrate) it as it loaded, racing the test's next page.
 */
export async function editStorage(session: Pick<Session, 'open'>, edit: () => void): Promise<void> {
  const page = await session.open('/rules/');
  await page.evaluate(edit);
  await page.close();
}

/**
 * One fresh browser profile for the whole test file, closed after it; every test fails if a page
 * logged a console error or tried to reach anything but the local server.
 */
export function useSession(): Session {
  let current: Session | undefined;
  beforeAll(async () => {
    current = await startSession();
  });
  afterAll(async () => {
    await current?.close();
  });
  afterEach(() => {
    expect(current?.problems.splice(0) ?? []).toEqual([]);
  });
  const session = (): Session => {
    if (!current) throw new Error('The browser session is used outside a test.');
    return current;
  };
  return {
    get context() { return session().context; },
    get baseUrl() { return session().baseUrl; },
    get problems() { return session().problems; },
    open: (path, options) => session().open(path, options),
    close: () => session().close(),
  };
}

/** `test-results/screenshots/<folder>/<name>.png`, creating the folder. */
export function screenshotPath(name: string, folder = ''): string {
  const dir = join(process.cwd(), 'test-results', 'screenshots', folder);
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}

/** Lesson slugs, from the folders under content/lessons. */
export const lessonSlugs: readonly string[] = readdirSync(new URL('../../content/lessons/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
