import { describe, expect, it } from 'vitest';
import { lessonScopedChunks, needsOf, urlOf } from '../../scripts/build-sw.mjs';

// A miniature build: a lesson page, its script, a lazily loaded editor with a worker, and a loader of
// per-lesson exercise chunks as Vite writes `import.meta.glob` (with a preload list of dependencies).
const files: Record<string, string> = {
  'lessons/one/index.html': '<head><link rel="stylesheet" href="/_astro/base.css"><script type="module" src="/_astro/page.js"></script></head>',
  'zh-cn/lessons/one/index.html': '<script type="module" src="/_astro/page.js"></script>',
  '_astro/base.css': '',
  '_astro/page.js': 'import{t as e}from"./preload.js";const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./editor.js","./editor.css","./zh-tables.js","./messages.js"])))=>i.map(i=>d[i]);e(()=>import("./editor.js"),__vite__mapDeps([0,1]));import("./load.js");l==="zh-cn"?import("./zh-cn.H1.js"):import("./en.H2.js");import("./zh-cn-texts.H3.js"),__vite__mapDeps([2,3]);import("./grader.js"),__vite__mapDeps([3])',
  '_astro/preload.js': '',
  '_astro/editor.js': 'new Worker(new URL(`editor.worker-X.js`,import.meta.url).href)',
  '_astro/editor.css': '',
  '_astro/editor.worker-X.js': '',
  '_astro/load.js': 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./one.js","./shared-goal.js","./two.js","./one.zh.js"])))=>i.map(i=>d[i]);import{t as e}from"./preload.js";'
    + 'var n=Object.assign({"../../content/lessons/one/exercises/index.ts":()=>e(()=>import(`./one.js`),__vite__mapDeps([0,1]),import.meta.url),"../../content/lessons/two/exercises/index.ts":()=>e(()=>import(`./two.js`),__vite__mapDeps([2]),import.meta.url)}),'
    + 'r=Object.assign({"../../content/lessons/one/exercises/a/exercise.zh-cn.ts":()=>e(()=>import(`./one.zh.js`),[],import.meta.url)});',
  '_astro/one.js': '',
  '_astro/two.js': '',
  '_astro/one.zh.js': '',
  '_astro/shared-goal.js': '',
  '_astro/zh-cn.H1.js': '',
  '_astro/en.H2.js': '',
  '_astro/zh-cn-texts.H3.js': 'import{t}from"./zh-tables.js"',
  '_astro/zh-tables.js': '',
  '_astro/grader.js': '',
  '_astro/messages.js': '',
};
const read = (rel: string): string | null => files[rel] ?? null;

describe('what a page needs offline', () => {
  it('follows scripts, lazily loaded chunks, their stylesheets and workers', () => {
    const needs = needsOf('lessons/one/index.html', read);
    expect(needs).toEqual(expect.arrayContaining(['_astro/base.css', '_astro/page.js', '_astro/preload.js', '_astro/editor.js', '_astro/editor.css', '_astro/editor.worker-X.js']));
  });

  it('keeps only its own lesson\'s exercise chunks, and translations only on Chinese pages', () => {
    const english = needsOf('lessons/one/index.html', read);
    expect(english).toEqual(expect.arrayContaining(['_astro/one.js', '_astro/shared-goal.js']));
    expect(english).not.toContain('_astro/two.js');
    expect(english).not.toContain('_astro/one.zh.js');
    expect(needsOf('zh-cn/lessons/one/index.html', read)).toContain('_astro/one.zh.js');
  });

  it('keeps chunks named for a language to the pages of that language, with what only they load', () => {
    const english = needsOf('lessons/one/index.html', read);
    expect(english).toContain('_astro/en.H2.js');
    expect(english).not.toEqual(expect.arrayContaining(['_astro/zh-cn.H1.js']));
    expect(english.filter((f) => /zh/.test(f))).toEqual([]);
    // Shared with a chunk the page does load, a dependency of the Chinese texts stays.
    expect(english).toEqual(expect.arrayContaining(['_astro/grader.js', '_astro/messages.js']));
    const chinese = needsOf('zh-cn/lessons/one/index.html', read);
    expect(chinese).toEqual(expect.arrayContaining(['_astro/zh-cn.H1.js', '_astro/zh-cn-texts.H3.js', '_astro/zh-tables.js']));
    expect(chinese).not.toContain('_astro/en.H2.js');
  });

  it('reads the lesson of each glob entry and its dependencies from the preload list', () => {
    const scoped = lessonScopedChunks(files['_astro/load.js'] ?? '', '_astro/load.js');
    expect(scoped).toEqual([
      { slug: 'one', zh: false, file: '_astro/one.js', deps: ['_astro/one.js', '_astro/shared-goal.js'] },
      { slug: 'two', zh: false, file: '_astro/two.js', deps: ['_astro/two.js'] },
      { slug: 'one', zh: true, file: '_astro/one.zh.js', deps: [] },
    ]);
  });

  it('names pages by their address', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('lessons/one/index.html')).toBe('/lessons/one/');
    expect(urlOf('_astro/page.js')).toBe('/_astro/page.js');
  });
});
