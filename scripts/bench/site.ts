/**
 * Part of `npm run bench`: the built site's weight against its budgets, from the files in dist/
 * (gzip level 6, what the shipped nginx.conf serves), and in Chromium what a lesson's workspace
 * loads, how soon the checks follow a keystroke, and warm navigations through the service worker.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { needsOf } from '../build-sw.mjs';

export const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
export const LESSON = 'lessons/run-as-non-root/index.html';
const KB = 1024;

const gzipped = new Map<string, number>();
/** The gzip size of a file in dist, by its path inside dist. */
export function gz(rel: string): number {
  let size = gzipped.get(rel);
  if (size === undefined) {
    const bytes = readFileSync(join(dist, rel));
    size = /\.(ttf|woff2?|png|gz|zip)$/.test(rel) ? bytes.length : gzipSync(bytes, { level: 6 }).length;
    gzipped.set(rel, size);
  }
  return size;
}

const read = (rel: string): string | null => (existsSync(join(dist, rel)) ? readFileSync(join(dist, rel), 'utf8') : null);

/** The stylesheets linked from the page's head, which block its first paint. */
export function headCss(page: string): number {
  const html = read(page) ?? '';
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].reduce((sum, m) => sum + gz(m[1] ?? ''), 0);
}

interface Manifest { precache: string[] }

function manifest(): Manifest {
  const line = /^const MANIFEST = (.*);$/m.exec(read('sw.js') ?? '')?.[1];
  if (!line) throw new Error('dist/sw.js has no manifest: run `npm run build`');
  return JSON.parse(line) as Manifest;
}

function relOf(url: string): string {
  const path = url.replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

export interface SiteSizes {
  headCss: number;
  /** Everything the lesson's workspace can load after the page: editor, checker, terminal, simulator, worker. */
  workspace: number;
  workspaceFiles: [string, number][];
  /** The service worker's install cache. */
  shell: number;
  /** The cache after a first visit to the lesson: the shell, the page and what it can load. */
  firstVisit: number;
}

export function siteSizes(page = LESSON): SiteSizes {
  const shell = new Set(manifest().precache.map(relOf));
  const needs = needsOf(page, read) as string[];
  const initial = new Set([page, ...initialModules(page)]);
  const head = headLinks(page);
  const lazyOnly = needs.filter((rel) => !initial.has(rel) && !head.has(rel) && rel !== 'favicon.svg');
  return {
    headCss: headCss(page),
    workspace: lazyOnly.reduce((sum, rel) => sum + gz(rel), 0),
    workspaceFiles: lazyOnly.map((rel): [string, number] => [rel, gz(rel)]).sort((a, b) => b[1] - a[1]),
    shell: [...shell].reduce((sum, rel) => sum + gz(rel), 0),
    firstVisit: [...new Set([...shell, ...needs])].reduce((sum, rel) => sum + gz(rel), 0),
  };
}

function headLinks(page: string): Set<string> {
  const html = read(page) ?? '';
  return new Set([...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => m[1] ?? ''));
}

/** The page's module scripts and their static imports: what loads before any import(). */
function initialModules(page: string): Set<string> {
  const html = read(page) ?? '';
  const queue = [...html.matchAll(/<script[^>]+type="module"[^>]*src="\/([^"]+)"/g)].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  while (queue.length > 0) {
    const rel = queue.pop() ?? '';
    if (seen.has(rel)) continue;
    seen.add(rel);
    const code = read(rel) ?? '';
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)) queue.push(`_astro/${m[1] ?? ''}`);
  }
  return seen;
}

export interface BrowserFigures {
  /** Bytes (gzip, from dist) of the files Chromium fetched beyond the page's own scripts and head stylesheets. */
  workspaceLoaded: number;
  loadedFiles: string[];
  keyToChecks: { median: number; p10: number; p90: number; samples: number };
}

function spread(values: number[]): { median: number; p10: number; p90: number; samples: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p10: at(0.1), p90: at(0.9), samples: sorted.length };
}

type Browser = import('playwright-core').Browser;

/**
 * Runs `measure` against the built site served locally, in a headless Chromium; says why not when
 * there is no Chromium. `cacheHeaders`: serve with deploy/nginx.conf's caching headers.
 */
async function inChromium<T>(measure: (browser: Browser, url: string) => Promise<T>, cacheHeaders = false): Promise<T | string> {
  const chrome = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(chrome)) return `no Chromium at ${chrome} (set CHROME_PATH)`;
  const { chromium } = await import('playwright-core');
  const { serveStatic } = await import('../../tests/e2e/static-server');
  const { server, url } = await serveStatic(dist.replace(/\/$/, ''), 0, cacheHeaders);
  const browser = await chromium.launch({ executablePath: chrome, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    return await measure(browser, url);
  } finally {
    await browser.close();
    server.close();
  }
}

/** Opens the lesson in Chromium (CPU slowed by `cpuRate`), waits for its workspace, and types `keys` characters. */
export function browserFigures(keys = 30, cpuRate = 1): Promise<BrowserFigures | string> {
  return inChromium(async (browser, url) => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/_astro/')) fetched.push(path.slice(1));
    });
    if (cpuRate > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    }
    await page.goto(`${url}/${LESSON.replace(/index\.html$/, '')}`);
    const exercise = 'run-as-non-root/add-user';
    const section = page.locator(`[data-exercise="${exercise}"]`);
    const box = section.getByRole('textbox', { name: /^Dockerfile, editor/ });
    await box.waitFor({ state: 'attached', timeout: 60_000 });
    await section.getByRole('list', { name: 'Checks' }).getByRole('listitem').first().waitFor();
    await page.waitForLoadState('networkidle');
    // The keystroke's time is taken in the page at keydown; the checks' when their list next changes.
    await page.evaluate((id) => {
      const list = document.querySelector(`[data-exercise="${id}"] [data-checks]`);
      const w = window as unknown as { benchKey: number; benchDone: Promise<number> | null; benchArm: () => void };
      w.benchArm = () => {
        w.benchDone = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve(performance.now() - w.benchKey);
          });
          if (list) observer.observe(list, { childList: true, subtree: true, characterData: true });
        });
      };
      document.addEventListener('keydown', () => { w.benchKey = performance.now(); }, true);
    }, exercise);
    await box.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('# ');
    await page.waitForTimeout(400);
    const samples: number[] = [];
    for (let i = 0; i < keys; i++) {
      await page.evaluate(() => (window as unknown as { benchArm: () => void }).benchArm());
      await page.keyboard.press(i % 10 === 9 ? 'Backspace' : 'x');
      samples.push(await page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone));
      await page.waitForTimeout(60 + (i % 4) * 20);
    }
    const initial = new Set([...initialModules(LESSON), ...headLinks(LESSON)]);
    const unique = [...new Set(fetched)].filter((rel) => !initial.has(rel));
    return { workspaceLoaded: unique.reduce((sum, rel) => sum + (existsSync(join(dist, rel)) ? gz(rel) : 0), 0), loadedFiles: unique, keyToChecks: spread(samples) };
  });
}

export const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

export interface NavigationFigures {
  /** Time from the start of a navigation to DOMContentLoaded, warm, per way of caching. */
  httpCache: { median: number; p10: number; p90: number; samples: number };
  serviceWorker: { median: number; p10: number; p90: number; samples: number };
  /** Median of service worker / HTTP cache, each pair taken in the same round. */
  ratio: number;
  ratioSpread: { median: number; p10: number; p90: number; samples: number };
  /** Time from the start of a navigation to the page's last byte: the part a service worker can add to. */
  documentHttp: { median: number; p10: number; p90: number; samples: number };
  documentServiceWorker: { median: number; p10: number; p90: number; samples: number };
}

const PAGES = ['lessons/run-as-non-root/', 'lessons/never-privileged/'];

/**
 * Warm navigations between two lessons, online, with the headers deploy/nginx.conf sends: once with the
 * browser's HTTP cache alone (service workers blocked), once through the site's service worker. Both
 * browsers take turns each round, so a load spike hits both.
 */
export function navigationFigures(rounds = 20): Promise<NavigationFigures | string> {
  return inChromium(async (browser, url) => {
    const open = async (serviceWorkers: 'allow' | 'block') => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers });
      const page = await context.newPage();
      await page.goto(`${url}/${PAGES[0]}`);
      if (serviceWorkers === 'allow') {
        await page.evaluate(async () => { await navigator.serviceWorker.ready; });
        await page.reload();
        if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) throw new Error('the service worker does not control the page');
      }
      for (const path of [...PAGES, ...PAGES]) await page.goto(`${url}/${path}`);
      return page;
    };
    const http = await open('block');
    const sw = await open('allow');
    const time = async (page: typeof http, path: string): Promise<[number, number]> => {
      await page.goto(`${url}/${path}`, { waitUntil: 'domcontentloaded' });
      return page.evaluate(() => {
        const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        return entry ? [entry.domContentLoadedEventEnd - entry.startTime, entry.responseEnd - entry.startTime] : [Number.NaN, Number.NaN];
      });
    };
    const a: number[] = [];
    const b: number[] = [];
    const docA: number[] = [];
    const docB: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const path = PAGES[i % PAGES.length] ?? '';
      let viaHttp: [number, number];
      let viaSw: [number, number];
      if (i % 2 === 0) {
        viaHttp = await time(http, path);
        viaSw = await time(sw, path);
      } else {
        viaSw = await time(sw, path);
        viaHttp = await time(http, path);
      }
      a.push(viaHttp[0]);
      b.push(viaSw[0]);
      docA.push(viaHttp[1]);
      docB.push(viaSw[1]);
      ratios.push(viaSw[0] / viaHttp[0]);
    }
    return {
      httpCache: spread(a), serviceWorker: spread(b), ratio: spread(ratios).median, ratioSpread: spread(ratios),
      documentHttp: spread(docA), documentServiceWorker: spread(docB),
    };
  }, true);
}
