import { beforeEach, describe, expect, it } from 'vitest';
import { ProgressRecorder } from './progress-recorder';
import { storedEntry } from './progress-store';

class MemoryStorage {
  data = new Map<string, string>();
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
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

beforeEach(() => {
  idle = [];
  Object.defineProperty(globalThis, 'localStorage', { value: new MemoryStorage(), configurable: true });
});

const ID = 'run-as-non-root/add-user';
const VERSION = { courseVersion: '0.1.0', definitionHash: 'abcd' };

/** Deferred saves wait here until the test runs them, as the browser would at idle time. */
let idle: (() => void)[] = [];
function runIdle(): void {
  const tasks = idle;
  idle = [];
  for (const task of tasks) task();
}

function recorder(): ProgressRecorder {
  return new ProgressRecorder(ID, VERSION, undefined, () => undefined, (save) => idle.push(save));
}

describe('recording an exercise', () => {
  it('records passed, with the course version, when the learner finishes alone', () => {
    const r = recorder();
    r.baseline(['a', 'b']);
    r.graded({ Dockerfile: '1' }, ['b']);
    r.graded({ Dockerfile: '2' }, []);
    expect(storedEntry(ID)).toMatchObject({ status: 'passed', attempts: 2, completedIn: VERSION, solutionSeenAt: null });
  });

  it('records assisted when the solution was shown before finishing', () => {
    const r = recorder();
    r.baseline(['a']);
    r.solutionSeen({ Dockerfile: 'mine' });
    r.graded({ Dockerfile: 'typed from the solution' }, []);
    expect(storedEntry(ID)?.status).toBe('assisted');
  });

  it('records assisted when the solution was applied', () => {
    const r = recorder();
    r.baseline(['a']);
    r.keepPrevious({ Dockerfile: 'mine' }, true);
    r.graded({ Dockerfile: 'solution' }, []);
    expect(storedEntry(ID)).toMatchObject({ status: 'assisted', previous: { Dockerfile: 'mine' } });
    expect(storedEntry(ID)?.solutionAppliedAt).not.toBeNull();
  });

  it('keeps passed when the solution is looked at after finishing alone', () => {
    const r = recorder();
    r.baseline(['a']);
    r.graded({ Dockerfile: 'mine' }, []);
    r.solutionSeen({ Dockerfile: 'mine' });
    r.keepPrevious({ Dockerfile: 'mine' }, true);
    r.graded({ Dockerfile: 'solution' }, []);
    expect(storedEntry(ID)?.status).toBe('passed');
  });

  it('counts an attempt each time the outcome changes, not each keystroke', () => {
    const r = recorder();
    r.baseline(['a', 'b']);
    for (let i = 0; i < 10; i++) r.graded({ Dockerfile: `typing ${i}` }, ['a', 'b']);
    r.graded({ Dockerfile: 'x' }, ['a']);
    r.graded({ Dockerfile: 'y' }, ['a', 'b']);
    runIdle();
    expect(storedEntry(ID)?.attempts).toBe(2);
  });

  it('counts hints and keeps the highest', () => {
    const r = recorder();
    r.hintShown(2, { Dockerfile: 'x' });
    r.hintShown(1, { Dockerfile: 'x' });
    expect(storedEntry(ID)?.hintsUsed).toBe(2);
  });
});

describe('saving while typing', () => {
  it('writes edits at idle time, once for a burst of keystrokes', () => {
    const r = recorder();
    r.baseline(['a']);
    for (let i = 0; i < 5; i++) {
      r.edited({ Dockerfile: `typing ${i}` });
      r.graded({ Dockerfile: `typing ${i}` }, ['a']);
    }
    expect(storedEntry(ID)).toBeNull();
    expect(r.unsaved).toBe(true);
    expect(idle).toHaveLength(1);
    runIdle();
    expect(storedEntry(ID)?.code).toEqual({ Dockerfile: 'typing 4' });
    expect(r.unsaved).toBe(false);
  });

  it('flush writes the last keystrokes at once, and the idle save then has nothing left to do', () => {
    const r = recorder();
    r.edited({ Dockerfile: 'last words' });
    r.flush();
    expect(storedEntry(ID)?.code).toEqual({ Dockerfile: 'last words' });
    runIdle();
    expect(r.unsaved).toBe(false);
  });

  it('saves finishing at once, without waiting for idle time', () => {
    const r = recorder();
    r.baseline(['a']);
    r.graded({ Dockerfile: 'done' }, []);
    expect(storedEntry(ID)).toMatchObject({ status: 'passed', code: { Dockerfile: 'done' } });
  });

  it('an immediate save (a hint) carries the pending edit with it', () => {
    const r = recorder();
    r.edited({ Dockerfile: 'typed' });
    r.hintShown(1, { Dockerfile: 'typed' });
    expect(storedEntry(ID)).toMatchObject({ hintsUsed: 1, code: { Dockerfile: 'typed' } });
    expect(r.unsaved).toBe(false);
  });
});
