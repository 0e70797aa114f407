// zod/mini: the same schemas at a fraction of the size, since the home page loads this too.
import { z } from 'zod/mini';

/**
 * What the browser keeps per exercise, versioned. Version 1 (one object for the whole course) had no
 * way to tell an exercise finished with the solution's help from one finished alone; version 2 does.
 */
export const ENTRY_VERSION = 2;

/** `assisted`: all checks passed, but only after the learner revealed or applied the solution. */
export type ExerciseStatus = 'started' | 'passed' | 'assisted';

const codeMap = z.record(z.string(), z.string());

/** Which course an exercise was completed against: the package version and the hash of its definition. */
const completedIn = z.object({ courseVersion: z.string(), definitionHash: z.string() });

export const entryV2 = z.object({
  version: z.literal(ENTRY_VERSION),
  code: codeMap,
  status: z.enum(['started', 'passed', 'assisted']),
  hintsUsed: z.int().check(z.minimum(0)),
  /** How many times the checks' outcome changed on the way to completion (the last change is the one that passed). */
  attempts: z.int().check(z.minimum(0)),
  startedAt: z.string(),
  completedAt: z.nullable(z.string()),
  updatedAt: z.string(),
  /** First time the solution was shown (the diff) or applied; null while the learner has not seen it. */
  solutionSeenAt: z.nullable(z.string()),
  solutionAppliedAt: z.nullable(z.string()),
  completedIn: z.nullable(completedIn),
  /** The learner's own version, kept when they apply the solution or reset. */
  previous: z.optional(codeMap),
});

export type ExerciseProgress = z.infer<typeof entryV2>;

const entryV1 = z.object({
  code: codeMap,
  status: z.enum(['started', 'passed']),
  hintsUsed: z.int().check(z.minimum(0)),
  completedAt: z.nullable(z.string()),
  updatedAt: z.string(),
  previous: z.optional(codeMap),
});

/** The whole-course object version 1 kept under one key. */
export const progressV1 = z.object({
  version: z.literal(1),
  exercises: z.record(z.string(), z.unknown()),
});

/**
 * Reads one stored or imported entry of either version. Version 1 cannot say whether the solution
 * was used, so a passed v1 entry stays passed: the record it goes into says it was migrated.
 */
export function parseEntry(data: unknown): ExerciseProgress | null {
  const v2 = entryV2.safeParse(data);
  if (v2.success) return v2.data;
  const v1 = entryV1.safeParse(data);
  if (!v1.success) return null;
  const { code, status, hintsUsed, completedAt, updatedAt, previous } = v1.data;
  return {
    version: ENTRY_VERSION,
    code,
    status,
    hintsUsed,
    attempts: 0,
    startedAt: updatedAt,
    completedAt: status === 'passed' ? completedAt : null,
    updatedAt,
    solutionSeenAt: null,
    solutionAppliedAt: null,
    completedIn: null,
    ...(previous ? { previous } : {}),
  };
}

export function newEntry(now: string): ExerciseProgress {
  return {
    version: ENTRY_VERSION,
    code: {},
    status: 'started',
    hintsUsed: 0,
    attempts: 0,
    startedAt: now,
    completedAt: null,
    updatedAt: now,
    solutionSeenAt: null,
    solutionAppliedAt: null,
    completedIn: null,
  };
}

export function isComplete(entry: ExerciseProgress | undefined): boolean {
  return entry?.status === 'passed' || entry?.status === 'assisted';
}

const RANK: Record<ExerciseStatus, number> = { started: 0, assisted: 1, passed: 2 };

/** The better of two statuses: passed alone beats passed with help, which beats not finished. */
export function bestStatus(a: ExerciseStatus, b: ExerciseStatus): ExerciseStatus {
  return RANK[a] >= RANK[b] ? a : b;
}

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

function latest(a: string, b: string): string {
  return a > b ? a : b;
}

/**
 * Combines two copies of one exercise (two tabs, or this browser and an imported file). Nothing
 * earned is lost: the best status with its earliest completion, the most hints and attempts, the
 * earliest look at the solution. The code is `codeFrom`'s.
 */
export function mergeEntries(a: ExerciseProgress, b: ExerciseProgress, codeFrom: 'a' | 'b'): ExerciseProgress {
  const status = bestStatus(a.status, b.status);
  const completedAt = (e: ExerciseProgress) => (e.status === status ? e.completedAt : null);
  const winner = a.status === status ? a : b;
  const code = codeFrom === 'a' ? a : b;
  const merged: ExerciseProgress = {
    version: ENTRY_VERSION,
    code: code.code,
    status,
    hintsUsed: Math.max(a.hintsUsed, b.hintsUsed),
    attempts: Math.max(a.attempts, b.attempts),
    startedAt: earliest(a.startedAt, b.startedAt) ?? a.startedAt,
    completedAt: status === 'started' ? null : earliest(completedAt(a), completedAt(b)),
    updatedAt: latest(a.updatedAt, b.updatedAt),
    solutionSeenAt: earliest(a.solutionSeenAt, b.solutionSeenAt),
    solutionAppliedAt: earliest(a.solutionAppliedAt, b.solutionAppliedAt),
    completedIn: status === 'started' ? null : winner.completedIn,
  };
  const previous = code.previous ?? (codeFrom === 'a' ? b.previous : a.previous);
  if (previous) merged.previous = previous;
  return merged;
}

/** A file's text in a code map, never an inherited property ("constructor" is a legal file name). */
export function fileText(code: Record<string, string>, name: string): string | undefined {
  return Object.hasOwn(code, name) ? code[name] : undefined;
}
