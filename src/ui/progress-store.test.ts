import { beforeEach, describe, expect, it } from 'vitest';
import { entryKey, LEGACY_KEY, loadProgress, MAX_ENTRY_CHARS, saveEntry, SET_ASIDE_PREFIX, storedEntry } from './progress-store';
import { newEntry, type ExerciseProgress } from './progress-schema';

/** Enough of the Storage interface, with a quota like a browser's (in characters). */
class MemoryStorage {
  data = new Map<string, string>();
  quota = Infinity;
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const used = [...this.data].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('quota', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
});

const A = 'run-as-non-root/add-user';
const B = 'never-privileged/drop-privileged';

function entry(change: Partial<ExerciseProgress> = {}): ExerciseProgress {
  return { ...newEntry('2026-11-28T10:00:00.000Z'), code: { Dockerfile: 'FROM alpine:3.24\nUSER 10001\n' }, ...change };
}

const v1Entry = {
  code: { Dockerfile: 'FROM alpine:3.24\nUSER 10001\n' },
  status: 'passed',
  hintsUsed: 1,
  completedAt: '2026-11-28T10:00:00.000Z',
  updatedAt: '2026-11-28T10:00:00.000Z',
};

const setAsideKeys = () => [...storage.data.keys()].filter((k) => k.startsWith(SET_ASIDE_PREFIX));

describe('saved progress', () => {
  it('starts empty without a notice', () => {
    const { progress, notice } = loadProgress();
    expect(progress.exercises.size).toBe(0);
    expect(notice).toBeNull();
  });

  it('saves one exercise under its own key and reads it back', () => {
    expect(saveEntry(A, entry({ code: { Dockerfile: 'FROM scratch' } })).ok).toBe(true);
    expect([...storage.data.keys()]).toEqual([entryKey(A)]);
    expect(loadProgress().progress.exercises.get(A)?.code).toEqual({ Dockerfile: 'FROM scratch' });
  });

  it('never touches another exercise when saving one (two tabs on two lessons)', () => {
    saveEntry(B, entry({ code: { 'run.sh': 'tab B' } }));
    const before = storage.getItem(entryKey(B));
    saveEntry(A, entry({ code: { Dockerfile: 'tab A' } }));
    expect(storage.getItem(entryKey(B))).toBe(before);
  });

  it('merges with what another tab saved for the same exercise: status and hints are never lost', () => {
    saveEntry(A, entry({ status: 'passed', completedAt: '2026-11-28T11:00:00.000Z', hintsUsed: 2 }));
    const stale = entry({ code: { Dockerfile: 'newer text' }, hintsUsed: 1, updatedAt: '2026-11-28T12:00:00.000Z' });
    const result = saveEntry(A, stale);
    expect(result.entry).toMatchObject({ status: 'passed', hintsUsed: 2, code: { Dockerfile: 'newer text' } });
    expect(storedEntry(A)).toEqual(result.entry);
  });

  it('keeps exercises whose ids are names of Object.prototype apart and intact', () => {
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) saveEntry(id, entry({ hintsUsed: 2 }));
    const { progress, notice } = loadProgress();
    expect(notice).toBeNull();
    expect([...progress.exercises.keys()].sort()).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'toString']);
    expect(progress.exercises.get('constructor')?.hintsUsed).toBe(2);
    expect(({} as Record<string, unknown>).hintsUsed).toBeUndefined();
  });

  it('moves an unreadable entry aside once: a second load finds nothing to set aside', () => {
    storage.setItem(entryKey(A), '{not json');
    saveEntry(B, entry());
    const first = loadProgress();
    expect(first.notice).toMatch(/could not be read/);
    expect([...first.progress.exercises.keys()]).toEqual([B]);
    expect(setAsideKeys()).toHaveLength(1);
    expect(storage.getItem(setAsideKeys()[0] ?? '')).toBe('{not json');
    expect(storage.getItem(entryKey(A))).toBeNull();
    for (let i = 0; i < 5; i++) expect(loadProgress().notice).toBeNull();
    expect(setAsideKeys()).toHaveLength(1);
  });

  it('prunes set-aside copies to the newest three, including the previous version\'s', () => {
    storage.setItem('shipshape:progress:set-aside:2026-01-01T00:00:00.000Z', 'old');
    for (let i = 0; i < 5; i++) {
      storage.setItem(entryKey(`x${i}`), 'broken');
      loadProgress();
    }
    const kept = [...storage.data.keys()].filter((k) => k.includes('set-aside'));
    expect(kept).toHaveLength(3);
    expect(kept.some((k) => k.includes('2026-01-01'))).toBe(false);
  });

  it('splits the old single object into per-exercise keys, migrating each entry, and sets aside the bad ones once', () => {
    storage.setItem(LEGACY_KEY, JSON.stringify({ version: 1, exercises: { [A]: v1Entry, [B]: { code: 42 } } }));
    const { progress, notice } = loadProgress();
    expect(notice).toMatch(/exercise never-privileged\/drop-privileged/);
    expect(progress.exercises.get(A)).toMatchObject({ version: 2, status: 'passed', hintsUsed: 1, attempts: 0, solutionSeenAt: null });
    expect(storage.getItem(LEGACY_KEY)).toBeNull();
    expect(loadProgress().notice).toBeNull();
    expect(setAsideKeys()).toHaveLength(1);
  });

  it.each([['{"version":1,"exercises":'], ['[]'], ['"x"'], ['null'], ['{"version":2}']])('sets the unreadable old value %j aside once', (raw) => {
    storage.setItem(LEGACY_KEY, raw);
    expect(loadProgress().notice).toMatch(/could not be read/);
    expect(loadProgress().notice).toBeNull();
    expect(setAsideKeys()).toHaveLength(1);
  });

  it('refuses an oversized exercise but still saves its status, and the other exercises keep saving', () => {
    saveEntry(A, entry({ code: { Dockerfile: 'small' } }));
    const huge = saveEntry(A, entry({ code: { Dockerfile: 'x'.repeat(MAX_ENTRY_CHARS) }, hintsUsed: 3 }));
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.message).toMatch(/too large/);
    expect(storedEntry(A)).toMatchObject({ code: { Dockerfile: 'small' }, hintsUsed: 3 });
    expect(saveEntry(B, entry({ code: { 'run.sh': 'later work' } })).ok).toBe(true);
    expect(storedEntry(B)?.code).toEqual({ 'run.sh': 'later work' });
  });

  it('reports a full storage instead of throwing, and loses nothing already saved', () => {
    saveEntry(A, entry());
    storage.quota = 10;
    const result = saveEntry(B, entry());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/could not be saved/);
    expect(storedEntry(A)).not.toBeNull();
  });

  it('works without storage (site data blocked): empty progress and a notice, no exception', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
      configurable: true,
    });
    const { progress, notice } = loadProgress();
    expect(progress.exercises.size).toBe(0);
    expect(notice).toMatch(/does not allow saving/);
    expect(saveEntry(A, entry()).ok).toBe(false);
    expect(storedEntry(A)).toBeNull();
  });
});
