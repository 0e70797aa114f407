import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activeTrack, clearActiveTrack, exerciseHref, parseTrackUrl, sameTrack, setActiveTrack, TRACK_KEY, trackUrl } from './track';

class MemoryStorage {
  data = new Map<string, string>();
  blocked = false;
  getItem(key: string) {
    if (this.blocked) throw new DOMException('denied', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.blocked) throw new DOMException('denied', 'SecurityError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    if (this.blocked) throw new DOMException('denied', 'SecurityError');
    this.data.delete(key);
  }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
});

const search = (url: string) => url.slice(url.indexOf('?'));

describe('track URL', () => {
  it('is readable', () => {
    expect(trackUrl({ title: 'Friday workshop', exercises: ['run-as-non-root/add-user', 'never-privileged/drop-flag'] }))
      .toBe('/track/?t=Friday+workshop&e=run-as-non-root/add-user,never-privileged/drop-flag');
  });

  it('parses what it builds', () => {
    const track = { title: 'Día 1: 容器 & "root" + caps, 100%', exercises: ['a/b', 'c/d-e'] };
    expect(parseTrackUrl(search(trackUrl(track)))).toEqual(track);
  });

  it('round-trips any title and ids without commas', () => {
    const id = fc.string({ minLength: 1 }).filter((s) => !s.includes(',') && s.trim() === s && s !== '');
    const title = fc.string().filter((s) => s.trim().replace(/\s+/g, ' ') === s && s !== '');
    fc.assert(fc.property(title, fc.uniqueArray(id, { minLength: 1, maxLength: 8 }), (t, ids) => {
      expect(parseTrackUrl(search(trackUrl({ title: t, exercises: ids })))).toEqual({ title: t, exercises: ids });
    }));
  });

  it('means the builder when no exercise is named', () => {
    expect(parseTrackUrl('')).toBeNull();
    expect(parseTrackUrl('?t=Only+a+title')).toBeNull();
    expect(parseTrackUrl('?e=')).toBeNull();
    expect(parseTrackUrl('?e=,, ,')).toBeNull();
  });

  it('drops empty and repeated ids and gives a default title', () => {
    expect(parseTrackUrl('?e=a/b,,a/b, c/d ')).toEqual({ title: 'Workshop track', exercises: ['a/b', 'c/d'] });
  });

  it('accepts a hand-typed URL with percent-encoding', () => {
    expect(parseTrackUrl('?t=Day%201&e=a%2Fb%2Cc%2Fd')).toEqual({ title: 'Day 1', exercises: ['a/b', 'c/d'] });
  });

  it('links an exercise to its place in the lesson workspace', () => {
    expect(exerciseHref('run-as-non-root/add-user')).toBe('/lessons/run-as-non-root/#exercise-run-as-non-root-add-user');
  });
});

describe('active track', () => {
  const track = { title: 'Day 1', exercises: ['a/b', 'c/d'] };

  it('is remembered and cleared', () => {
    expect(activeTrack()).toBeNull();
    expect(setActiveTrack(track)).toBeNull();
    expect(activeTrack()).toEqual(track);
    expect(sameTrack(activeTrack(), track)).toBe(true);
    clearActiveTrack();
    expect(activeTrack()).toBeNull();
  });

  it.each([
    ['not JSON', '{nope'],
    ['null', 'null'],
    ['a string', '"a/b"'],
    ['a missing title', '{"exercises":["a/b"]}'],
    ['exercises that are not strings', '{"title":"x","exercises":[1,2]}'],
    ['no exercises', '{"title":"x","exercises":[]}'],
    ['exercises that are not a list', '{"title":"x","exercises":"a/b"}'],
  ])('counts a stored value with %s as no track', (_what, raw) => {
    storage.data.set(TRACK_KEY, raw);
    expect(activeTrack()).toBeNull();
  });

  it('reports blocked storage instead of throwing', () => {
    storage.blocked = true;
    expect(activeTrack()).toBeNull();
    expect(setActiveTrack(track)).toMatch(/does not allow saving/);
    expect(() => clearActiveTrack()).not.toThrow();
  });

  it('refuses to follow an empty track', () => {
    expect(setActiveTrack({ title: 'x', exercises: [' '] })).toMatch(/no exercises/);
    expect(storage.data.has(TRACK_KEY)).toBe(false);
  });
});
