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

function weigh(page: string): { js: number; css: number; scripts: string[] } {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const scripts = [...initialScripts(html)];
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => gzipSync(m[1] ?? '').length);
  const js = scripts.reduce((sum, s) => sum + gz(join(dist, s)), 0) + inline.reduce((a, b) => a + b, 0);
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)]
    .reduce((sum, m) => sum + gz(join(dist, m[1] ?? '')), 0);
  return { js, css, scripts };
}

describe('page weight of the built site (gzipped)', () => {
  // 32 KB since the site is bilingual: the header's string table still carries both languages (about 16 KB).
  it('home page ships at most 32 KB of JavaScript and no editor or terminal', () => {
    const { js, scripts } = weigh('');
    expect(js).toBeLessThanOrEqual(32 * KB);
    expect(scripts.filter((s) => /monaco|editor|xterm/i.test(s))).toEqual([]);
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
