import { z } from 'zod/mini';
import { newEntry, type ExerciseProgress, type ExerciseStatus } from './progress-schema';

/**
 * cmi.suspend_data for one lesson: what the LMS keeps so the learner can resume on another
 * computer. SCORM 1.2 allows 4,096 characters; this stays within 4,096 UTF-8 bytes (stricter, as
 * some LMSs count bytes). Statuses, hints, attempts and dates always fit (a lesson has a handful of
 * exercises); the learner's code is added exercise by exercise while it fits, and left out otherwise.
 */
export const SUSPEND_LIMIT = 4096;

const STATUS_CODE: Record<ExerciseStatus, number> = { started: 0, assisted: 1, passed: 2 };
const CODE_STATUS: ExerciseStatus[] = ['started', 'assisted', 'passed'];

const suspendSchema = z.object({
  v: z.literal(1),
  /** Per exercise: [status, hints used, attempts, completed at (ISO) or ""]. */
  x: z.record(z.string(), z.tuple([z.int(), z.int(), z.int(), z.string()])),
  /** Per exercise whose code fitted: file name -> text. */
  c: z.optional(z.record(z.string(), z.record(z.string(), z.string()))),
});

function bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

function clampCount(n: number): number {
  return Math.max(0, Math.min(99_999, Math.trunc(n)));
}

/** Encodes a lesson's exercises (in order); never longer than the limit. */
export function encodeSuspendData(exercises: readonly [string, ExerciseProgress][]): string {
  const x: Record<string, [number, number, number, string]> = {};
  const kept: [string, ExerciseProgress][] = [];
  for (const [id, entry] of exercises) {
    x[id] = [STATUS_CODE[entry.status], clampCount(entry.hintsUsed), clampCount(entry.attempts), entry.completedAt?.slice(0, 24) ?? ''];
    if (bytes(JSON.stringify({ v: 1, x })) > SUSPEND_LIMIT) {
      delete x[id];
      break;
    }
    kept.push([id, entry]);
  }
  const c: Record<string, Record<string, string>> = {};
  let text = JSON.stringify({ v: 1, x });
  for (const [id, entry] of kept) {
    c[id] = entry.code;
    const candidate = JSON.stringify({ v: 1, x, c });
    if (bytes(candidate) <= SUSPEND_LIMIT) text = candidate;
    else delete c[id];
  }
  return text;
}

/** Reads what an LMS kept; anything unreadable counts as nothing (the learner's browser may still have it). */
export function decodeSuspendData(text: string, now: string): Map<string, ExerciseProgress> {
  const result = new Map<string, ExerciseProgress>();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return result;
  }
  const parsed = suspendSchema.safeParse(data);
  if (!parsed.success) return result;
  for (const [id, [status, hints, attempts, completedAt]] of Object.entries(parsed.data.x)) {
    const known = CODE_STATUS[status];
    if (!known) continue;
    const code = parsed.data.c && Object.hasOwn(parsed.data.c, id) ? parsed.data.c[id] : undefined;
    result.set(id, {
      ...newEntry(now),
      status: known,
      hintsUsed: clampCount(hints),
      attempts: clampCount(attempts),
      completedAt: known === 'started' ? null : completedAt || now,
      code: code ?? {},
      ...(known === 'assisted' ? { solutionSeenAt: completedAt || now } : {}),
    });
  }
  return result;
}
