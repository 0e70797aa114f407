import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_NAME } from '../../src/i18n/locales';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
const font = new URL('../../src/styles/fonts/language-switch.woff2', import.meta.url);

describe('the language switch font', () => {
  it('covers exactly the CJK characters of the language names, and is tiny', () => {
    const needed = [...new Set(Object.values(LOCALE_NAME).join(''))].filter((c) => /\p{Script=Han}/u.test(c)).map((c) => c.codePointAt(0) ?? 0).sort((a, b) => a - b);
    const face = /@font-face\s*\{[^}]*'Shipshape language switch'[^}]*\}/.exec(css)?.[0] ?? '';
    const range = [...face.matchAll(/U\+([0-9A-F]+)/gi)].map((m) => Number.parseInt(m[1] ?? '', 16)).sort((a, b) => a - b);
    expect(range).toEqual(needed);
    expect(statSync(font).size).toBeLessThanOrEqual(2048);
    // A WOFF2 file, not something renamed.
    expect(readFileSync(font).subarray(0, 4).toString('latin1')).toBe('wOF2');
  });

  it('comes after the Chinese system fonts, so a browser that has one uses it', () => {
    const stack = /--font-cjk:([^;]+);/.exec(css)?.[1] ?? '';
    const families = stack.split(',').map((f) => f.trim().replace(/'/g, ''));
    expect(families.at(-1)).toBe('Shipshape language switch');
    expect(families).toEqual(expect.arrayContaining(['PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC']));
  });
});
