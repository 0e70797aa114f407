import { describe, expect, it } from 'vitest';
import { redirectTarget, type ArrivalFacts } from './language';

const base: ArrivalFacts = {
  page: 'en',
  stored: 'zh-cn',
  referrerOrigin: '',
  origin: 'https://course.example',
  alternates: { en: '/lessons/capstone/', 'zh-cn': '/zh-cn/lessons/capstone/' },
  alreadyRedirected: false,
};

describe('the remembered language', () => {
  it('opens a visit from outside the site in the chosen language, on the same page', () => {
    expect(redirectTarget(base)).toBe('/zh-cn/lessons/capstone/');
    expect(redirectTarget({ ...base, referrerOrigin: 'https://search.example' })).toBe('/zh-cn/lessons/capstone/');
  });

  it('never moves a visit that followed a link inside the site, the language switch included', () => {
    expect(redirectTarget({ ...base, referrerOrigin: base.origin })).toBeNull();
  });

  it('moves a visit at most once per session, so two pages can never bounce a visitor', () => {
    expect(redirectTarget({ ...base, alreadyRedirected: true })).toBeNull();
  });

  it('stays without a choice, on the chosen language, or when the page has no translation', () => {
    expect(redirectTarget({ ...base, stored: null })).toBeNull();
    expect(redirectTarget({ ...base, stored: 'en' })).toBeNull();
    expect(redirectTarget({ ...base, alternates: {} })).toBeNull();
  });
});
