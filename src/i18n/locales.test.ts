import { describe, expect, it } from 'vitest';
import { localeOfHtmlLang, localeOfPath, localizedPath, unlocalizedPath } from './locales';

describe('locales', () => {
  it('read the language from the first path segment', () => {
    expect(localeOfPath('/zh-cn/lessons/capstone/')).toBe('zh-cn');
    expect(localeOfPath('/zh-cn/')).toBe('zh-cn');
    expect(localeOfPath('/lessons/capstone/')).toBe('en');
    expect(localeOfPath('/')).toBe('en');
    expect(localeOfPath('/en/')).toBe('en');
  });

  it('move a path between languages and back', () => {
    expect(localizedPath('/rules/privileged/', 'zh-cn')).toBe('/zh-cn/rules/privileged/');
    expect(localizedPath('/zh-cn/rules/privileged/', 'en')).toBe('/rules/privileged/');
    expect(localizedPath('/', 'zh-cn')).toBe('/zh-cn/');
    expect(localizedPath('/#lessons', 'zh-cn')).toBe('/zh-cn/#lessons');
    expect(localizedPath('/zh-cn/', 'zh-cn')).toBe('/zh-cn/');
    expect(unlocalizedPath('/zh-cn')).toBe('/');
  });

  it('leave downloads, assets and other hosts alone', () => {
    expect(localizedPath('/shipshape-site.tar.gz', 'zh-cn')).toBe('/shipshape-site.tar.gz');
    expect(localizedPath('/pagefind/pagefind.js', 'zh-cn')).toBe('/pagefind/pagefind.js');
    expect(localizedPath('https://docs.docker.com/', 'zh-cn')).toBe('https://docs.docker.com/');
    expect(localizedPath('//example.com/', 'zh-cn')).toBe('//example.com/');
  });

  it('map html lang tags to languages', () => {
    expect(localeOfHtmlLang('zh-CN')).toBe('zh-cn');
    expect(localeOfHtmlLang('en')).toBe('en');
    expect(localeOfHtmlLang(undefined)).toBe('en');
  });
});
