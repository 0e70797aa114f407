import { beforeEach, describe, expect, it } from 'vitest';
import { loadProgress, parseProgress, PROGRESS_KEY, saveProgress, updateExercise } from './progress-store';

class MemoryStorage {
  data = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
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

const good = {
  code: { Dockerfile: 'FROM alpine:3.24\nUSER 10001\n' },
  status: 'passed',
  hintsUsed: 1,
  completedAt: '2026-11-28T10:00:00.000Z',
  updatedAt: '2026-11-28T10:00:00.000Z',
};

describe('saved progress', () => {
  it('starts empty without a notice', () => {
    expect(loadProgress()).toEqual({ progress: { version: 1, exercises: {} }, notice: null });
  });

  it('round-trips what it saves', () => {
    const { progress } = loadProgress();
    updateExercise(progress, 'run-as-non-root/add-user', { code: { Dockerfile: 'FROM scratch' } });
    expect(saveProgress(progress)).toBeNull();
    expect(loadProgress().progress.exercises['run-as-non-root/add-user']?.code).toEqual({ Dockerfile: 'FROM scratch' });
  });

  it('sets aside text that is not JSON, keeping a copy, and says so', () => {
    const { progress, notice } = parseProgress('{not json');
    expect(progress.exercises).toEqual({});
    expect(notice).toMatch(/could not be read/);
    const kept = [...storage.data].find(([k]) => k.startsWith('shipshape:progress:set-aside:'));
    expect(kept?.[1]).toBe('{not json');
  });

  it('keeps the valid exercises when one entry is corrupt', () => {
    const raw = JSON.stringify({ version: 1, exercises: { a: good, b: { code: 42 } } });
    const { progress, notice } = parseProgress(raw);
    expect(Object.keys(progress.exercises)).toEqual(['a']);
    expect(notice).toMatch(/exercise b/);
  });

  it('sets aside an unknown format instead of guessing', () => {
    const { progress, notice } = parseProgress(JSON.stringify({ version: 99 }));
    expect(progress.exercises).toEqual({});
    expect(notice).toMatch(/unknown format/);
  });

  it('reports a full storage instead of throwing', () => {
    const { progress } = loadProgress();
    storage.full = true;
    expect(saveProgress(progress)).toMatch(/could not be saved/);
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
  });
});
