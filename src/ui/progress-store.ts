import { t } from '../i18n/page';
import { mergeEntries, parseEntry, progressV1, type ExerciseProgress } from './progress-schema';

const m = t.storage;

/**
 * The learner's progress in localStorage, one key per exercise, so that a tab saving one exercise
 * can never overwrite another exercise saved by another tab, and one huge exercise cannot stop the
 * others from saving. Anything unreadable is moved aside once under its own key (never deleted
 * without a trace) and reported; the oldest of those copies are pruned.
 */
export const ENTRY_PREFIX = 'shipshape:exercise:';
/** Version 1 kept the whole course under this one key; it is split into per-exercise keys on load. */
export const LEGACY_KEY = 'shipshape:progress';
export const SET_ASIDE_PREFIX = 'shipshape:set-aside:';
const OLD_SET_ASIDE_PREFIX = 'shipshape:progress:set-aside:';
const KEEP_SET_ASIDE = 3;
/** Far beyond any real exercise (a few KB); keeps one runaway paste from filling the browser's quota. */
export const MAX_ENTRY_CHARS = 1_000_000;

export interface Progress {
  /** A Map, so an exercise id such as "constructor" or "__proto__" is just a key. */
  exercises: Map<string, ExerciseProgress>;
}

export interface LoadResult {
  progress: Progress;
  /** Set when something had to be set aside, or storage is blocked; shown to the learner. */
  notice: string | null;
}

export function emptyProgress(): Progress {
  return { exercises: new Map() };
}

/** localStorage, or null where the browser refuses it (site data blocked: reading the property throws). */
export function browserStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

export function entryKey(id: string): string {
  return `${ENTRY_PREFIX}${id}`;
}

function keysWith(storage: Storage, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

let setAsideCounter = 0;

/**
 * Moves an unreadable value out of the way (copy, then remove the original), so it is set aside
 * once and not again on every load. Returns the message for the learner.
 */
function setAside(storage: Storage, fromKey: string, raw: string, what: string): string {
  const key = `${SET_ASIDE_PREFIX}${new Date().toISOString()}-${setAsideCounter++}:${fromKey}`;
  try {
    storage.setItem(key, raw);
  } catch {
    return m.unreadableNoCopy(what);
  }
  try {
    storage.removeItem(fromKey);
  } catch {
    // The copy exists; the original is read again next time and is then moved again.
  }
  pruneSetAside(storage);
  return m.unreadableKept(what, key);
}

/** Keeps the newest few set-aside copies (from this version and the previous one's prefix). */
function pruneSetAside(storage: Storage): void {
  const keys = [...keysWith(storage, SET_ASIDE_PREFIX), ...keysWith(storage, OLD_SET_ASIDE_PREFIX)];
  const stamp = (key: string) => key.startsWith(SET_ASIDE_PREFIX) ? key.slice(SET_ASIDE_PREFIX.length) : key.slice(OLD_SET_ASIDE_PREFIX.length);
  keys.sort((a, b) => (stamp(a) < stamp(b) ? 1 : -1));
  for (const key of keys.slice(KEEP_SET_ASIDE)) storage.removeItem(key);
}

function writeEntry(storage: Storage, id: string, entry: ExerciseProgress): boolean {
  try {
    storage.setItem(entryKey(id), JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

/** Splits version 1's single object into per-exercise keys, then removes it. */
function migrateLegacy(storage: Storage, raw: string, notices: string[]): void {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    notices.push(setAside(storage, LEGACY_KEY, raw, m.notJson));
    return;
  }
  const outer = progressV1.safeParse(data);
  if (!outer.success) {
    notices.push(setAside(storage, LEGACY_KEY, raw, m.unknownFormat));
    return;
  }
  const invalid: [string, unknown][] = [];
  let allWritten = true;
  for (const [id, value] of Object.entries(outer.data.exercises)) {
    const entry = parseEntry(value);
    if (!entry) {
      invalid.push([id, value]);
      continue;
    }
    const existing = readEntry(storage, id);
    allWritten = writeEntry(storage, id, existing ? mergeEntries(existing, entry, 'a') : entry) && allWritten;
  }
  if (!allWritten) {
    notices.push(m.notSaved);
    return;
  }
  if (invalid.length > 0) {
    const copy = JSON.stringify({ version: 1, exercises: Object.fromEntries(invalid) });
    notices.push(setAside(storage, LEGACY_KEY, copy, m.exercisesNamed(invalid.map(([id]) => id).join(', '))));
  }
  try {
    storage.removeItem(LEGACY_KEY);
  } catch {
    // Migrated copies exist; the old key is merged again (harmlessly) next time.
  }
}

function readEntry(storage: Storage, id: string): ExerciseProgress | null {
  const raw = storage.getItem(entryKey(id));
  if (raw === null) return null;
  try {
    return parseEntry(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** Reads everything this browser saved; moves aside (once) what it cannot read. Never throws. */
export function loadProgress(): LoadResult {
  const storage = browserStorage();
  if (!storage) return { progress: emptyProgress(), notice: m.noStorage };
  const notices: string[] = [];
  const progress = emptyProgress();
  try {
    const legacy = storage.getItem(LEGACY_KEY);
    if (legacy !== null) migrateLegacy(storage, legacy, notices);
    for (const key of keysWith(storage, ENTRY_PREFIX)) {
      const id = key.slice(ENTRY_PREFIX.length);
      const raw = storage.getItem(key) ?? '';
      let entry: ExerciseProgress | null = null;
      try {
        entry = parseEntry(JSON.parse(raw));
      } catch {
        entry = null;
      }
      if (entry) progress.exercises.set(id, entry);
      else notices.push(setAside(storage, key, raw, m.exercisesNamed(id)));
    }
  } catch {
    return { progress, notice: m.noStorage };
  }
  return { progress, notice: notices.length > 0 ? notices.join(' ') : null };
}

/** The stored copy of one exercise right now (another tab may have changed it), or null. */
export function storedEntry(id: string): ExerciseProgress | null {
  const storage = browserStorage();
  if (!storage) return null;
  try {
    return readEntry(storage, id);
  } catch {
    return null;
  }
}

export type SaveResult =
  | { ok: true; entry: ExerciseProgress }
  | { ok: false; entry: ExerciseProgress; message: string };

/**
 * Saves one exercise, merged with what storage holds for it (another tab may have finished it or
 * used more hints). Only this exercise's key is written. Too large: the rest of the entry (status,
 * hints) is still saved with the last code that fitted. Never throws.
 */
export function saveEntry(id: string, entry: ExerciseProgress): SaveResult {
  const storage = browserStorage();
  if (!storage) return { ok: false, entry, message: m.noStorage };
  let stored: ExerciseProgress | null = null;
  try {
    stored = readEntry(storage, id);
  } catch {
    return { ok: false, entry, message: m.noStorage };
  }
  const merged = stored ? mergeEntries(stored, entry, 'b') : entry;
  if (JSON.stringify(merged).length > MAX_ENTRY_CHARS) {
    const fallback = { ...merged, code: stored?.code ?? {} };
    delete fallback.previous;
    if (stored?.previous) fallback.previous = stored.previous;
    writeEntry(storage, id, fallback);
    return { ok: false, entry: merged, message: m.tooLarge };
  }
  if (!writeEntry(storage, id, merged)) return { ok: false, entry: merged, message: m.notSaved };
  return { ok: true, entry: merged };
}

/** Saves several exercises (an import); stops at the first that cannot be saved. Returns how many were saved. */
export function saveEntries(entries: Map<string, ExerciseProgress>): number {
  let saved = 0;
  for (const [id, entry] of entries) {
    if (!saveEntry(id, entry).ok) break;
    saved++;
  }
  return saved;
}

/**
 * Calls back when another tab changed saved progress: with the exercise id, or null when it is not
 * about one exercise (storage cleared, old format written). Returns the function that stops it.
 */
export function onStoredProgressChange(callback: (id: string | null) => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === null) callback(null);
    else if (event.key.startsWith(ENTRY_PREFIX)) callback(event.key.slice(ENTRY_PREFIX.length));
    else if (event.key === LEGACY_KEY) callback(null);
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

/**
 * Brings in a copy kept elsewhere (an LMS's suspend data): merged so nothing earned is lost, and
 * this browser's code wins where it has any. Returns false when it could not be saved.
 */
export function restoreEntry(id: string, entry: ExerciseProgress): boolean {
  const storage = browserStorage();
  if (!storage) return false;
  try {
    const stored = readEntry(storage, id);
    const merged = stored ? mergeEntries(stored, entry, Object.keys(stored.code).length > 0 ? 'a' : 'b') : entry;
    return writeEntry(storage, id, merged);
  } catch {
    return false;
  }
}
