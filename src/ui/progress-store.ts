// zod/mini: the same schemas at a fraction of the size, since the home page loads this too.
import { z } from 'zod/mini';
import { t } from '../i18n';

const m = t.storage;

/**
 * The learner's progress, kept in localStorage under one versioned key. Anything unreadable is set
 * aside under a separate key (never deleted) and reported, so a corrupt entry cannot lose the rest.
 */
export const PROGRESS_KEY = 'shipshape:progress';
const SET_ASIDE_PREFIX = 'shipshape:progress:set-aside:';
const MAX_SAVED_CHARS = 4_000_000;

const exerciseProgress = z.object({
  code: z.record(z.string(), z.string()),
  status: z.enum(['started', 'passed']),
  hintsUsed: z.int().check(z.minimum(0)),
  completedAt: z.nullable(z.string()),
  updatedAt: z.string(),
  /** The learner's own version, kept when they apply the solution or reset. */
  previous: z.optional(z.record(z.string(), z.string())),
});

export type ExerciseProgress = z.infer<typeof exerciseProgress>;

const progressV1 = z.object({
  version: z.literal(1),
  exercises: z.record(z.string(), z.unknown()),
});

export interface Progress {
  version: 1;
  exercises: Record<string, ExerciseProgress>;
}

export interface LoadResult {
  progress: Progress;
  /** Set when something had to be set aside; shown to the learner. */
  notice: string | null;
}

function empty(): Progress {
  return { version: 1, exercises: {} };
}

function setAside(raw: string, what: string): string {
  const key = `${SET_ASIDE_PREFIX}${new Date().toISOString()}`;
  try {
    localStorage.setItem(key, raw);
  } catch {
    return m.unreadableNoCopy(what);
  }
  return m.unreadableKept(what, key);
}

/**
 * Checks already-parsed progress without touching storage: the readable exercises, and the ids of
 * those that are not. `progress` is null when the whole thing is not progress at all.
 */
export function validateProgress(data: unknown): { progress: Progress | null; invalid: string[] } {
  const outer = progressV1.safeParse(data);
  if (!outer.success) return { progress: null, invalid: [] };
  const progress = empty();
  const invalid: string[] = [];
  for (const [id, entry] of Object.entries(outer.data.exercises)) {
    const parsed = exerciseProgress.safeParse(entry);
    if (parsed.success) progress.exercises[id] = parsed.data;
    else invalid.push(id);
  }
  return { progress, invalid };
}

/** Reads progress from storage text; pure apart from setting aside what it cannot read. */
export function parseProgress(raw: string | null): LoadResult {
  if (raw === null) return { progress: empty(), notice: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: empty(), notice: setAside(raw, m.notJson) };
  }
  const { progress, invalid } = validateProgress(data);
  if (!progress) return { progress: empty(), notice: setAside(raw, m.unknownFormat) };
  const exercises = (data as { exercises: Record<string, unknown> }).exercises;
  const notice = invalid.length > 0
    ? setAside(JSON.stringify({ version: 1, exercises: Object.fromEntries(invalid.map((id) => [id, exercises[id]])) }), m.exercisesNamed(invalid.join(', ')))
    : null;
  return { progress, notice };
}

export function loadProgress(): LoadResult {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: empty(), notice: m.noStorage };
  }
  return parseProgress(raw);
}

/** Saves; returns an error message instead of throwing when storage is full or refused. */
export function saveProgress(progress: Progress): string | null {
  const text = JSON.stringify(progress);
  if (text.length > MAX_SAVED_CHARS) return m.tooLarge;
  try {
    localStorage.setItem(PROGRESS_KEY, text);
    return null;
  } catch {
    return m.notSaved;
  }
}

export function exerciseEntry(progress: Progress, id: string): ExerciseProgress | undefined {
  return progress.exercises[id];
}

export function updateExercise(progress: Progress, id: string, change: Partial<ExerciseProgress>): ExerciseProgress {
  const now = new Date().toISOString();
  const before = progress.exercises[id] ?? { code: {}, status: 'started' as const, hintsUsed: 0, completedAt: null, updatedAt: now };
  const after: ExerciseProgress = { ...before, ...change, updatedAt: now };
  progress.exercises[id] = after;
  return after;
}
