import { z } from 'zod/mini';
import { validateProgress, type ExerciseProgress, type Progress } from './progress-store';
import { t } from '../i18n';

const m = t.record;

/**
 * Completion records: the learner's progress exported as a file a team lead can read, carrying a
 * SHA-256 checksum over its own content. The checksum is tamper-evident, not tamper-proof: anyone
 * who reads this code can recompute it after an edit.
 */
const RECORD_FORMAT = 'shipshape-completion-record';

/** What the browser knows about the course, handed over by the page at build time. */
export interface CourseCatalog {
  courseVersion: string;
  lessons: { slug: string; title: string }[];
  exercises: { id: string; title: string; lesson: string }[];
}

export interface RecordExercise {
  id: string;
  title: string;
  lesson: string;
  status: 'started' | 'passed';
  completedAt: string | null;
  hintsUsed: number;
}

export interface CompletionRecord {
  format: typeof RECORD_FORMAT;
  version: 1;
  courseVersion: string;
  learner: string;
  exportedAt: string;
  exercises: RecordExercise[];
  progress: Record<string, ExerciseProgress>;
  checksum: string;
}

const catalogSchema = z.object({
  courseVersion: z.string(),
  lessons: z.array(z.object({ slug: z.string(), title: z.string() })),
  exercises: z.array(z.object({ id: z.string(), title: z.string(), lesson: z.string() })),
});

/** Reads the catalogue a page embeds as JSON; an empty one if it is missing or unreadable. */
export function parseCatalog(text: string | null | undefined): CourseCatalog {
  try {
    const parsed = catalogSchema.safeParse(JSON.parse(text ?? ''));
    if (parsed.success) return parsed.data;
  } catch {
    // Falls through to the empty catalogue: the page still works, with exercise ids for titles.
  }
  return { courseVersion: 'unknown', lessons: [], exercises: [] };
}

const recordSchema = z.object({
  format: z.literal(RECORD_FORMAT),
  version: z.literal(1),
  courseVersion: z.string(),
  learner: z.string(),
  exportedAt: z.string(),
  exercises: z.array(z.object({
    id: z.string(),
    title: z.string(),
    lesson: z.string(),
    status: z.enum(['started', 'passed']),
    completedAt: z.nullable(z.string()),
    hintsUsed: z.int().check(z.minimum(0)),
  })),
  progress: z.record(z.string(), z.unknown()),
  checksum: z.string(),
});

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && typeof v !== 'function')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** "sha256-<hex>", or null where Web Crypto is unavailable (plain-HTTP pages). */
export async function sha256(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
    return `sha256-${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
  } catch {
    return null;
  }
}

async function checksumOf(record: Record<string, unknown>): Promise<string | null> {
  const { checksum: _ignored, ...rest } = record;
  return sha256(canonicalJson(rest));
}

export type BuildResult = { ok: true; record: CompletionRecord } | { ok: false; message: string };

export async function buildRecord(progress: Progress, learner: string, catalog: CourseCatalog, now = new Date()): Promise<BuildResult> {
  const titles = new Map(catalog.exercises.map((e) => [e.id, e]));
  const order = new Map(catalog.exercises.map((e, i) => [e.id, i]));
  const ids = Object.keys(progress.exercises).sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b));
  const exercises = ids.flatMap((id): RecordExercise[] => {
    const entry = progress.exercises[id];
    if (!entry) return [];
    const known = titles.get(id);
    return [{
      id,
      title: known?.title ?? id,
      lesson: known?.lesson ?? lessonOf(id),
      status: entry.status,
      completedAt: entry.completedAt,
      hintsUsed: entry.hintsUsed,
    }];
  });
  const unsigned: Omit<CompletionRecord, 'checksum'> = {
    format: RECORD_FORMAT,
    version: 1,
    courseVersion: catalog.courseVersion,
    learner: learner.trim(),
    exportedAt: now.toISOString(),
    exercises,
    progress: progress.exercises,
  };
  const checksum = await checksumOf(unsigned);
  if (!checksum) return { ok: false, message: m.noCrypto };
  return { ok: true, record: { ...unsigned, checksum } };
}

/** A date for people ("1 December 2026" in their locale); unparseable text is shown as it is. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { dateStyle: 'long' });
}

export function lessonOf(exerciseId: string): string {
  return exerciseId.split('/')[0] ?? exerciseId;
}

/** "shipshape-progress-ada-lovelace-2026-11-28.json"; letters of any script are kept. */
export function recordFileName(learner: string, now = new Date()): string {
  const name = learner.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'learner';
  return `shipshape-progress-${name}-${now.toISOString().slice(0, 10)}.json`;
}

export type ReadResult =
  | { status: 'valid'; record: CompletionRecord; progress: Progress; notice: string | null }
  | { status: 'edited'; record: CompletionRecord; progress: Progress; notice: string | null; message: string }
  | { status: 'invalid'; message: string };

const MAX_RECORD_CHARS = 8_000_000;

/** Reads an exported file: checks its shape and its checksum. Never throws. */
export async function readRecord(text: string): Promise<ReadResult> {
  try {
    return await checkRecord(text);
  } catch {
    // A file built to break the parser (say, nested too deeply) must not break the page.
    return { status: 'invalid', message: m.damaged };
  }
}

async function checkRecord(text: string): Promise<ReadResult> {
  if (text.length > MAX_RECORD_CHARS) return { status: 'invalid', message: m.tooLarge };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { status: 'invalid', message: m.notJson };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || (data as { format?: unknown }).format !== RECORD_FORMAT) {
    return { status: 'invalid', message: m.notRecord };
  }
  if ((data as { version?: unknown }).version !== 1) {
    return { status: 'invalid', message: m.otherVersion };
  }
  const parsed = recordSchema.safeParse(data);
  if (!parsed.success) {
    return { status: 'invalid', message: m.incomplete };
  }
  if (!globalThis.crypto?.subtle) return { status: 'invalid', message: m.noCrypto };
  const expected = await checksumOf(data as Record<string, unknown>);
  if (!expected) return { status: 'invalid', message: m.damaged };
  const checked = validateProgress({ version: 1, exercises: parsed.data.progress });
  const progress = checked.progress ?? { version: 1 as const, exercises: {} };
  const notice = checked.invalid.length > 0
    ? m.skipped(checked.invalid.join(', '))
    : null;
  const record: CompletionRecord = { ...parsed.data, progress: progress.exercises };
  if (expected !== parsed.data.checksum) {
    return { status: 'edited', record, progress, notice, message: m.edited };
  }
  return { status: 'valid', record, progress, notice };
}

export interface MergeResult {
  merged: Progress;
  /** Exercises where the imported code differs from the code in this browser. */
  conflicts: string[];
  /** Exercises the file adds or improves. */
  changed: string[];
}

function sameCode(a: Record<string, string>, b: Record<string, string>): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

/**
 * Combines this browser's progress with an imported copy. An exercise passed in either copy stays
 * passed, with its earliest completion date. Code differing in both is replaced only when
 * `replaceCode` is set, and then the code it replaces is kept as the learner's previous version.
 */
export function mergeProgress(current: Progress, incoming: Progress, replaceCode: boolean): MergeResult {
  const merged: Progress = { version: 1, exercises: { ...current.exercises } };
  const conflicts: string[] = [];
  const changed: string[] = [];
  for (const [id, theirs] of Object.entries(incoming.exercises)) {
    const mine = current.exercises[id];
    if (!mine) {
      merged.exercises[id] = theirs;
      changed.push(id);
      continue;
    }
    const codeDiffers = !sameCode(mine.code, theirs.code);
    if (codeDiffers) conflicts.push(id);
    const takeTheirs = codeDiffers && replaceCode;
    const passed = mine.status === 'passed' || theirs.status === 'passed';
    const next: ExerciseProgress = {
      code: takeTheirs ? theirs.code : mine.code,
      status: passed ? 'passed' : 'started',
      hintsUsed: Math.max(mine.hintsUsed, theirs.hintsUsed),
      completedAt: passed ? earliest(mine.status === 'passed' ? mine.completedAt : null, theirs.status === 'passed' ? theirs.completedAt : null) : null,
      updatedAt: mine.updatedAt > theirs.updatedAt ? mine.updatedAt : theirs.updatedAt,
    };
    const previous = takeTheirs ? mine.code : mine.previous;
    if (previous) next.previous = previous;
    if (canonicalJson(next) !== canonicalJson(mine)) changed.push(id);
    merged.exercises[id] = next;
  }
  return { merged, conflicts, changed };
}
