import { readdirSync, readFileSync, statSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSession } from './browser';
import { seriousViolations } from './axe';
import { fontsDrawing } from './fonts';

const DIST = join(import.meta.dirname, '../../dist');
const EXERCISE = 'run-as-non-root/add-user';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The prose of a page a reader sees, with what may stay in English taken out: code, commands and
 * keys (<code>, <pre>, <kbd>, <samp>), anything marked lang="en" (the switch to English, titles of
 * English documents), the lessons' list of sources (documents keep their names), and identifiers
 * (words with digits, dots, slashes, dashes or inner capitals, and ALL-CAPS names like USER).
 */
export function visibleProse(html: string): string {
  let text = html
    .replace(/<(head|script|style|svg|code|pre|kbd|samp)\b[\s\S]*?<\/\1>/g, ' | ')
    .replace(/<section[^>]*\bdata-sources\b[\s\S]*?<\/section>/g, ' | ')
    .replace(/<(\w+)\b[^>]*\blang="en"[^>]*>[\s\S]*?<\/\1>/g, ' | ');
  const attributes = [...text.matchAll(/\s(?:aria-label|title|placeholder|alt)="([^"]*)"/g)].map((m) => m[1] ?? '');
  text = [text.replace(/<[^>]+>/g, ' | '), ...attributes].join(' | ');
  text = text.replace(/&(#\d+|[a-z]+);/g, (whole, name: string) =>
    name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : ENTITIES[name] ?? whole);
  // Identifiers become a break, so the words on either side never join into one run.
  return text.split(/\s+/).map((word) => (/^[A-Za-z]+[,;:]?$/.test(word) && !/^[A-Z]{2,}/.test(word) && !/[a-z][A-Z]/.test(word) ? word : '|')).join(' ');
}

/** Runs of three or more lower-case English words in a row: a sentence nobody translated. */
export function englishRuns(prose: string): string[] {
  return [...prose.matchAll(/(?:\b[A-Za-z]+[,;:]? ){2,}[A-Za-z]+\b/g)]
    .map((m) => m[0])
    .filter((run) => run.split(' ').filter((w) => /^[a-z]{2,}[,;:]?$/.test(w)).length >= 3);
}

describe('Chinese pages carry no untranslated English prose', () => {
  it('finds a run of English words, and leaves code, names and identifiers alone', () => {
    expect(englishRuns(visibleProse('<p>容器 <code>docker run --rm app</code> 以 USER 10001:10001 运行 Docker Compose Kubernetes</p>'))).toEqual([]);
    expect(englishRuns(visibleProse('<p>Trail of Bits 的 <a lang="en" href="x">Understanding container escapes in depth</a></p>'))).toEqual([]);
    expect(englishRuns(visibleProse('<p>镜像 The container runs as root 镜像</p>'))).toEqual(['The container runs as root']);
    expect(englishRuns(visibleProse('<button aria-label="Go to this line">第 3 行</button>'))).toEqual(['Go to this line']);
  });

  it('holds for every page under /zh-cn/', () => {
    const files = htmlFiles(join(DIST, 'zh-cn'));
    expect(files.length).toBeGreaterThanOrEqual(80);
    const found = files.flatMap((file) => englishRuns(visibleProse(readFileSync(file, 'utf8'))).map((run) => `${file.slice(DIST.length)}: ${run}`));
    expect(found).toEqual([]);
  });
});

const session = useSession();

async function checksList(page: Page) {
  const list = page.locator(`[data-exercise="${EXERCISE}"]`).getByRole('list', { name: '检查项' });
  await expect.poll(() => list.getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
  return list;
}

describe('a Chinese lesson', () => {
  it('is solved in Chinese, keeps the page accessible, and shares its progress with English', async () => {
    const page = await session.open(`/zh-cn/lessons/run-as-non-root/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('以非 root 用户运行');

    const section = page.locator(`[data-exercise="${EXERCISE}"]`);
    await section.waitFor({ state: 'visible' });
    const box = section.getByRole('textbox', { name: /^Dockerfile，练习“不再以 root 运行”的编辑器/ });
    await box.waitFor({ state: 'attached', timeout: 30_000 });

    const before = await checksList(page);
    const goal = before.locator('[data-check-id="goal:final-user-numeric-non-root"]');
    await expect.poll(() => goal.getAttribute('data-status')).toBe('fail');
    await expect.poll(() => goal.textContent()).toContain('最终阶段通过基础镜像的默认用户以 root（UID 0）运行');

    // The learner types the fix on a new line above CMD, the last line of the starter.
    await box.focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Home');
    await page.keyboard.type('USER 10001:10001', { delay: 10 });
    await page.keyboard.press('Enter');

    const after = await checksList(page);
    await expect.poll(() => after.getByRole('listitem').evaluateAll((items) => items.map((i) => i.getAttribute('data-status'))), { timeout: 30_000 })
      .toEqual(['pass', 'pass', 'pass']);
    await expect.poll(() => after.locator('[data-check-id="goal:final-user-numeric-non-root"]').textContent()).toContain('最终阶段以 UID 10001 和 GID 10001 运行，两者都不是 root。');
    await expect.poll(() => after.locator('[data-check-id="run"]').textContent()).toContain('docker build 成功');
    await expect.poll(() => section.getByText('所有检查均已通过。').first().isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // The comparison with the solution is in Chinese too, its table's words included (the exercise is
    // done, so no warning comes first).
    await section.getByRole('button', { name: '与答案对比' }).click();
    const compare = page.getByRole('dialog').getByRole('table', { name: 'Dockerfile：你的代码与答案对比' });
    await expect.poll(() => compare.getByRole('columnheader').allTextContents()).toEqual(['你的', '答案', '差异', '内容']);
    expect(await page.getByRole('dialog').getByRole('status').textContent()).toMatch(/^\d+ 行只在你的代码里，\d+ 行只在答案里。$|^你的代码与答案一致。$/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();

    // The switch keeps the page, remembers English, and the English page shows the same solved exercise.
    await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/lessons\/run-as-non-root\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.evaluate(() => localStorage.getItem('shipshape:locale'))).toBe('en');
    const english = page.locator(`[data-exercise="${EXERCISE}"]`).getByRole('list', { name: 'Checks' });
    await expect.poll(() => english.getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
    await expect.poll(() => english.getByRole('listitem').evaluateAll((items) => items.map((i) => i.getAttribute('data-status'))), { timeout: 30_000 })
      .toEqual(['pass', 'pass', 'pass']);
    await page.close();
  });

  it('opens a visit from outside in the remembered language, once, and searches the Chinese index', async () => {
    // English was chosen in the test before: a visit from outside to a Chinese page opens it in English.
    const page = await session.open('/zh-cn/');
    await page.waitForURL((url) => url.pathname === '/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // Choosing Chinese again is remembered, and the page it opens stays put.
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' }).click();
    await page.waitForURL((url) => url.pathname === '/zh-cn/');
    expect(await page.evaluate(() => localStorage.getItem('shipshape:locale'))).toBe('zh-cn');
    await page.reload();
    expect(new URL(page.url()).pathname).toBe('/zh-cn/');
    const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href') ?? '').pathname}`));
    expect(alternates).toEqual(['en /', 'zh-CN /zh-cn/', 'x-default /']);
    await page.getByRole('button', { name: /^\W*搜索\W*$/ }).click();
    await page.getByRole('searchbox', { name: '搜索课程和规则' }).fill('特权模式');
    const results = page.getByRole('list', { name: '搜索结果' }).getByRole('link');
    await expect.poll(() => results.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const hrefs = await results.evaluateAll((links) => links.map((l) => new URL((l as HTMLAnchorElement).href).pathname));
    expect(hrefs.every((h) => h.startsWith('/zh-cn/')), hrefs.join(' ')).toBe(true);
    await page.close();
  });
});

/** The English prose left in what the page shows now (after its scripts ran), as the static scan reads it. */
async function liveEnglish(page: Page): Promise<string[]> {
  return englishRuns(visibleProse(await page.content()));
}

/** Chromium logs every navigation answered 404; on these pages that answer is the point. */
function forgetNotFound(path: string): void {
  const index = session.problems.findIndex((p) => p.includes(path) && /404/.test(p));
  if (index !== -1) session.problems.splice(index, 1);
}

describe('Chinese pages that used to show English', () => {
  it('the 404 page: Chinese under /zh-cn/, and the English 404 has a Chinese half marked lang="zh-CN"', async () => {
    const page = await session.context.newPage();
    const zh = await page.goto(`${session.baseUrl}/zh-cn/no-such-page/`);
    expect(zh?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('页面不存在');
    expect(await page.getByRole('link', { name: '返回课程列表' }).getAttribute('href')).toBe('/zh-cn/');
    expect(await liveEnglish(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    forgetNotFound('/zh-cn/no-such-page/');

    const en = await page.goto(`${session.baseUrl}/no-such-page/`);
    expect(en?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    const chinese = page.getByRole('region', { name: '页面不存在' });
    expect(await chinese.getAttribute('lang')).toBe('zh-CN');
    expect(await chinese.getByRole('link', { name: '返回课程列表' }).getAttribute('href')).toBe('/zh-cn/');
    expect(englishRuns(visibleProse(await chinese.innerHTML()))).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    forgetNotFound('/no-such-page/');
    await page.close();
  });

  it('the explain page shows its explanation in Chinese', async () => {
    const page = await session.open('/zh-cn/explain/');
    await page.getByRole('button', { name: '加载示例' }).click();
    await page.getByRole('button', { name: '解析', exact: true }).click();
    const results = page.getByRole('region', { name: '将要运行的内容' });
    await results.getByRole('heading', { level: 3 }).first().waitFor({ timeout: 30_000 });
    const headings = await results.getByRole('heading', { level: 3 }).allTextContents();
    expect(headings).toContain('Compose 服务：api');
    expect(headings.some((h) => /^Kubernetes 容器：Deployment\/api 容器 api$/.test(h)), headings.join(' | ')).toBe(true);
    const facts = await results.locator('dt').allTextContents();
    expect(facts).toContain('以 root 运行');
    const warnings = await results.locator('.warning').allTextContents();
    expect(warnings.length).toBeGreaterThan(0);
    for (const warning of warnings) expect(warning).toMatch(/[\u4e00-\u9fff]/);
    expect(await liveEnglish(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the Chinese SCORM package: Chinese course and lesson titles, and a Chinese launch page', async () => {
    const files = unzipSync(readFileSync(join(DIST, 'shipshape-scorm-1.2-zh-cn.zip')));
    const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
    const titles = [...manifest.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1] ?? '');
    expect(titles[0]).toBe('Shipshape：动手学 Docker 安全');
    expect(titles.length).toBeGreaterThan(10);
    for (const title of titles) expect(title).toMatch(/[\u4e00-\u9fff]/);
    const scos = [...manifest.matchAll(/adlcp:scormtype="sco" href="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(scos.every((href) => href.startsWith('zh-cn/scorm/'))).toBe(true);
    expect(Object.keys(files).some((name) => name.startsWith('scorm/'))).toBe(false);

    const page = await session.open('/zh-cn/scorm/run-as-non-root/');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByText(/这里没有学习管理系统（LMS）响应/).waitFor();
    await expect.poll(() => page.frameLocator('iframe').getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 }).toBe('以非 root 用户运行');
    expect(await liveEnglish(page)).toEqual([]);
    await page.close();
  });

  it('the language switch is legible without a Chinese system font, with its name and lang kept', async () => {
    // The tests before chose Chinese, which a visit from outside would open; this one is about the English page.
    const page = await session.context.newPage();
    await page.addInitScript(() => localStorage.setItem('shipshape:locale', 'en'));
    await page.goto(`${session.baseUrl}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const link = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' });
    expect(await link.getAttribute('lang')).toBe('zh-CN');
    // This browser has no Chinese font (the test machine has none): the switch's own subset font draws it.
    await expect.poll(() => page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Shipshape language switch').map((f) => f.status);
    }), { timeout: 10_000 }).toEqual(['loaded']);
    expect(await page.evaluate(() => document.fonts.check('16px "Shipshape language switch"', '简体中文'))).toBe(true);
    // Ask the renderer which font drew the switch's text: its own subset font, not a system font's
    // missing-glyph boxes (Chromium on Linux draws boxes with the font fontconfig picks for system-ui).
    const fonts = await fontsDrawing(page, '[data-locale-switch]');
    // The subset keeps the name of the font it was cut from (fonts/README.md); it is the only web font.
    expect(fonts.map((f) => `${f.familyName}${f.isCustomFont ? ' (web font)' : ''}: ${f.glyphCount}`)).toEqual(['Noto Sans CJK SC (web font): 4']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
