import { describe, expect, it } from 'vitest';
import { lazyOnlyCss, withoutStylesheets } from '../../scripts/lazy-stylesheets.mjs';

type Chunk = { type: 'chunk'; isEntry: boolean; isDynamicEntry: boolean; imports: string[]; viteMetadata: { importedCss: Set<string> } };
function chunk(options: Partial<Chunk> & { css?: string[] }): Chunk {
  return { type: 'chunk', isEntry: false, isDynamicEntry: false, imports: [], ...options, viteMetadata: { importedCss: new Set(options.css ?? []) } };
}

describe('stylesheets of lazily loaded chunks', () => {
  const bundle = {
    'page.js': chunk({ isEntry: true, imports: ['shared.js'], css: ['_astro/page.css'] }),
    'shared.js': chunk({ css: ['_astro/shared.css'] }),
    'editor.js': chunk({ isDynamicEntry: true, imports: ['monaco.js', 'shared.js'], css: ['_astro/editor.css'] }),
    'monaco.js': chunk({ css: ['_astro/monaco.css'] }),
    'style.css': { type: 'asset' },
  };

  it('are those reached only through import(), including their static imports', () => {
    expect([...lazyOnlyCss(bundle)].sort()).toEqual(['editor.css', 'monaco.css']);
  });

  it('a stylesheet the page needs at once stays, even when a lazy chunk also imports it', () => {
    expect(lazyOnlyCss(bundle).has('shared.css')).toBe(false);
  });

  it('are removed from the head; other links stay', () => {
    const html = '<head><link rel="stylesheet" href="/_astro/page.css"><link rel="stylesheet" href="/_astro/monaco.css"><link rel="icon" href="/f.svg"></head>';
    expect(withoutStylesheets(html, new Set(['monaco.css']))).toBe('<head><link rel="stylesheet" href="/_astro/page.css"><link rel="icon" href="/f.svg"></head>');
  });
});
