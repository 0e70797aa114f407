import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { list } from 'tar';

const archive = new URL('../../dist/shipshape-site.tar.gz', import.meta.url).pathname;

describe('the downloadable copy of the site', () => {
  it('holds every page and asset needed to serve the course from a folder', async () => {
    const paths: string[] = [];
    await list({ file: archive, onReadEntry: (entry) => paths.push(entry.path) });
    expect(paths).toContain('shipshape-site/index.html');
    expect(paths).toContain('shipshape-site/lessons/run-as-non-root/index.html');
    expect(paths).toContain('shipshape-site/sw.js');
    expect(paths.some((p) => p.startsWith('shipshape-site/_astro/') && p.endsWith('.js'))).toBe(true);
    expect(paths.some((p) => p.startsWith('shipshape-site/pagefind/'))).toBe(true);
    expect(paths.some((p) => p.includes('shipshape-site.tar.gz'))).toBe(false);
    expect(paths).toContain('shipshape-site/THIRD-PARTY-NOTICES.txt');
  });

  it('carries the licences of the code it ships', () => {
    const notices = readFileSync(new URL('../../dist/THIRD-PARTY-NOTICES.txt', import.meta.url), 'utf8');
    const names = [...notices.matchAll(/^(\S+) \d+\.\d+\.\d+\S* \(/gm)].map((m) => m[1]);
    expect(names).toEqual(expect.arrayContaining(['monaco-editor', '@xterm/xterm', 'diff', 'dockerfile-ast', 'yaml', 'pagefind']));
    // Monaco carries VS Code's own third-party notices, and those travel too.
    expect(notices).toMatch(/THIRD-PARTY SOFTWARE NOTICES AND INFORMATION/i);
  });
});
