import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dist = new URL('../../dist/', import.meta.url).pathname;
const KB = 1024;

function gz(path: string): number {
  return gzipSync(readFileSync(path)).length;
}

/** Every module a page loads before any dynamic import: its module scripts and their static imports. */
function initialScripts(html: string): Set<string> {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]+type="module"[^>]*src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g)]
    .map((m) => m[1] ?? '');
  for (const m of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
    for (const imp of (m[1] ?? '').matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) queue.push(imp[1] ?? '');
  }
  while (queue.length > 0) {
    const src = queue.shift() ?? '';
    if (!src.startsWith('/') || seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(join(dist, src), 'utf8');
    // Static imports only: `import(...)` is what keeps Monaco and xterm off the first load.
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      const target = m[1] ?? '';
      queue.push(target.startsWith('.') ? new URL(target, `http://x${src}`).pathname : target);
    }
  }
  return seen;
}

/**
 * The string table a page loads before its scripts run (src/i18n/page.ts awaits it): the catalogue
 * chunk of the page's language, which the module that loads it names in a dynamic import.
 */
function catalogues(scripts: readonly string[]): Record<'en' | 'zh-cn', string> | null {
  for (const src of scripts) {
    const code = readFileSync(join(dist, src), 'utf8');
    const en = /import\(\s*[`"'](\.\/en[.-][\w-]+\.js)[`"']\s*\)/.exec(code)?.[1];
    const zh = /import\(\s*[`"'](\.\/zh-cn[.-][\w-]+\.js)[`"']\s*\)/.exec(code)?.[1];
    if (en && zh) return { en: new URL(en, `http://x${src}`).pathname, 'zh-cn': new URL(zh, `http://x${src}`).pathname };
  }
  return null;
}

function weigh(page: string): { js: number; css: number; scripts: string[] } {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const lang = /<html[^>]* lang="zh-CN"/.test(html) ? 'zh-cn' : 'en';
  const statics = [...initialScripts(html)];
  const tables = catalogues(statics);
  // Each language's table is its own chunk, and a page loads its own only.
  expect(tables, `${page}: the page's string table is loaded on its own`).not.toBeNull();
  expect(statics.filter((s) => /\/(?:en|zh-cn)[.-][\w-]+\.js$/.test(s))).toEqual([]);
  const scripts = [...statics, ...(tables ? [tables[lang]] : [])];
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => gzipSync(m[1] ?? '').length);
  const js = scripts.reduce((sum, s) => sum + gz(join(dist, s)), 0) + inline.reduce((a, b) => a + b, 0);
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)]
    .reduce((sum, m) => sum + gz(join(dist, m[1] ?? '')), 0);
  return { js, css, scripts };
}

describe('page weight of the built site (gzipped)', () => {
  // One language's string table is about 8-9 KB of the budget; the other language's is never loaded.
  it('home page ships at most 26 KB of JavaScript, its own language\'s strings only, and no editor or terminal', () => {
    for (const page of ['', 'zh-cn/']) {
      const { js, scripts } = weigh(page);
      expect(js, page).toBeLessThanOrEqual(26 * KB);
      expect(scripts.filter((s) => /monaco|editor|xterm/i.test(s))).toEqual([]);
    }
  });

  it('a lesson page ships at most 60 KB of JavaScript and 10 KB of CSS before its editor or terminal loads', () => {
    expect(existsSync(join(dist, 'lessons/run-as-non-root/index.html'))).toBe(true);
    const { js, css, scripts } = weigh('lessons/run-as-non-root/');
    expect(js).toBeLessThanOrEqual(60 * KB);
    // Monaco's and xterm's stylesheets come with their chunks: none of them blocks the lesson's first paint.
    expect(css).toBeLessThanOrEqual(10 * KB);
    expect(scripts.filter((s) => /exercise-runtime|terminal-runtime|editor\.api|xterm/i.test(s))).toEqual([]);
    const code = scripts.map((s) => readFileSync(join(dist, s), 'utf8')).join('\n');
    expect(code).not.toMatch(/MonacoEnvironment|xterm-helper-textarea/);
  });
});
