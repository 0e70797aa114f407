import { z } from 'zod/mini';
import { mergeEntries, parseEntry, type ExerciseProgress, type ExerciseStatus } from './progress-schema';
import type { Progress } from './progress-store';
import type { CourseCatalog } from './record-catalog';
import { t } from '../i18n/page';

export { parseCatalog, type CourseCatalog } from './record-catalog';

const m = t.record;

/**
 * Completion records: the learner's progress exported as a file a team lead can read, carrying a
 * SHA-256 checksum over its own content. The checksum is tamper-evident, not tamper-proof: anyone
 * who reads this code can recompute it after an edit. It catches a naive edit, nothing more.
 */
export const RECORD_FORMAT = 'shipshape-completion-record';
export const RECORD_VERSION = 2;

export interface RecordExercise {
  id: string;
  title: string;
  lesson: string;
  status: ExerciseStatus;
  startedAt: string;
  completedAt: string | null;
  updatedAt: string;
  hintsUsed: number;
  attempts: number;
  solutionSeen: boolean;
  solutionApplied: boolean;
  /** The course version and exercise definition hash it was completed against; null if not known. */
  completedIn: { courseVersion: string; definitionHash: string } | null;
}

export interface CompletionRecord {
  format: typeof RECORD_FORMAT;
  version: typeof RECORD_VERSION;
  courseVersion: string;
  contentHash: string;
  learner: string;
  exportedAt: string;
  /** The code a printed certificate carries; see `verificationCode`. */
  verificationCode: string;
  exercises: RecordExercise[];
  /** The learner's code and progress per exercise, so the file can be imported into another browser. */
  progress: Record<string, ExerciseProgress>;
  checksum: string;
}

/** More exercises than any course version will have; a file with more is not a record. */
const MAX_EXERCISES = 1000;
const MAX_RECORD_CHARS = 8_000_000;

const recordExerciseV2 = z.object({
  id: z.string(),
  title: z.string(),
  lesson: z.string(),
  status: z.enum(['started', 'passed', 'assisted']),
  startedAt: z.string(),
  completedAt: z.nullable(z.string()),
  updatedAt: z.string(),
  hintsUsed: z.int().check(z.minimum(0)),
  attempts: z.int().check(z.minimum(0)),
  solutionSeen: z.boolean(),
  solutionApplied: z.boolean(),
  completedIn: z.nullable(z.object({ courseVersion: z.string(), definitionHash: z.string() })),
});

const recordV2 = z.object({
  format: z.literal(RECORD_FORMAT),
  version: z.literal(RECORD_VERSION),
  courseVersion: z.string(),
  contentHash: z.string(),
  learner: z.string(),
  exportedAt: z.string(),
  verificationCode: z.string(),
  exercises: z.array(recordExerciseV2).check(z.maxLength(MAX_EXERCISES)),
  progress: z.record(z.string(), z.unknown()),
  checksum: z.string(),
});

const recordV1 = z.object({
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
  })).check(z.maxLength(MAX_EXERCISES)),
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

async function digest(text: string): Promise<Uint8Array | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    return new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  } catch {
    return null;
  }
}

/** "sha256-<hex>", or null where Web Crypto is unavailable (plain-HTTP pages). */
export async function sha256(text: string): Promise<string | null> {
  const bytes = await digest(text);
  return bytes ? `sha256-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}` : null;
}

async function checksumOf(record: Record<string, unknown>): Promise<string | null> {
  const { checksum: _ignored, ...rest } = record;
  return sha256(canonicalJson(rest));
}

/** Crockford's base 32: no I, L, O or U, so a code read off paper is not misread. */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The short code on a printed certificate: 40 bits of SHA-256 over the learner's name and the
 * completed exercises (id, passed or assisted, date). The record file carries the same code, and the
 * team page recomputes it from a file's content, so a certificate can be matched to its file.
 * Starting another exercise does not change it; completing one does.
 */
export async function verificationCode(learner: string, exercises: readonly Pick<RecordExercise, 'id' | 'status' | 'completedAt'>[]): Promise<string | null> {
  const completed = exercises
    .filter((e) => e.status !== 'started')
    .map((e) => [e.id, e.status, e.completedAt])
    .sort(([a], [b]) => (String(a) < String(b) ? -1 : 1));
  const bytes = await digest(canonicalJson({ learner: learner.trim().normalize('NFC'), completed }));
  if (!bytes) return null;
  let bits = 0n;
  for (const byte of bytes.slice(0, 5)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 7; i >= 0; i--) code += BASE32[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Accepts what a person types from paper: any case, with or without the dash, O for 0, I or L for 1. */
export function normaliseCode(text: string): string | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{8}$/.test(clean)) return null;
  return `${clean.slice(0, 4)}-${clean.slice(4)}`;
}

export type BuildResult = { ok: true; record: CompletionRecord } | { ok: false; message: string };

/** The exercises as a record lists them: course order first, then ids no longer in the course. */
export function recordExercises(progress: Progress, catalog: CourseCatalog): RecordExercise[] {
  const known = new Map(catalog.exercises.map((e, i) => [e.id, { ...e, order: i }]));
  const ids = [...progress.exercises.keys()].sort((a, b) => (known.get(a)?.order ?? Infinity) - (known.get(b)?.order ?? Infinity) || a.localeCompare(b));
  return ids.flatMap((id): RecordExercise[] => {
    const entry = progress.exercises.get(id);
    if (!entry) return [];
    const info = known.get(id);
    return [{
      id,
      title: info?.title ?? id,
      lesson: info?.lesson ?? lessonOf(id),
      status: entry.status,
      startedAt: entry.startedAt,
      completedAt: entry.completedAt,
      updatedAt: entry.updatedAt,
      hintsUsed: entry.hintsUsed,
      attempts: entry.attempts,
      solutionSeen: entry.solutionSeenAt !== null,
      solutionApplied: entry.solutionAppliedAt !== null,
      completedIn: entry.completedIn,
    }];
  });
}

export async function buildRecord(progress: Progress, learner: string, catalog: CourseCatalog, now = new Date()): Promise<BuildResult> {
  const exercises = recordExercises(progress, catalog);
  const name = learner.trim();
  const code = await verificationCode(name, exercises);
  if (!code) return { ok: false, message: m.noCrypto };
  const unsigned: Omit<CompletionRecord, 'checksum'> = {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    courseVersion: catalog.courseVersion,
    contentHash: catalog.contentHash,
    learner: name,
    exportedAt: now.toISOString(),
    verificationCode: code,
    exercises,
    progress: Object.fromEntries(progress.exercises),
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

/** A compact date for tables ("28 Nov 2026" in the reader's locale). */
export function formatShortDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

export function lessonOf(exerciseId: string): string {
  return exerciseId.split('/')[0] ?? exerciseId;
}

/** "shipshape-progress-ada-lovelace-2026-11-28.json"; letters of any script are kept. */
export function recordFileName(learner: string, now = new Date()): string {
  const name = learner.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'learner';
  return `shipshape-progress-${name}-${now.toISOString().slice(0, 10)}.json`;
}

interface ReadRecordOk {
  record: CompletionRecord;
  progress: Progress;
  notice: string | null;
  /** The file's format version: 1 could not tell an exercise finished with the solution from one finished alone. */
  formatVersion: 1 | 2;
  /** The verification code recomputed from the file's content (not the one it claims). */
  computedCode: string;
}

export type ReadResult =
  | ({ status: 'valid' } & ReadRecordOk)
  | ({ status: 'edited'; message: string } & ReadRecordOk)
  | { status: 'invalid'; message: string };

type RecordWords = typeof m;

/**
 * Reads an exported file: checks its shape and its checksum, and migrates version 1. Never throws.
 * A worker has no page to take the language from, so it passes the page's words in.
 */
export async function readRecord(text: string, words: RecordWords = m): Promise<ReadResult> {
  try {
    return await checkRecord(text, words);
  } catch {
    // A file built to break the parser (say, nested too deeply) must not break the page.
    return { status: 'invalid', message: words.damaged };
  }
}

function readProgress(raw: Record<string, unknown>): { progress: Progress; invalid: string[] } {
  const progress: Progress = { exercises: new Map() };
  const invalid: string[] = [];
  for (const [id, value] of Object.entries(raw)) {
    const entry = parseEntry(value);
    if (entry) progress.exercises.set(id, entry);
    else invalid.push(id);
  }
  return { progress, invalid };
}

/** A version 1 record in today's shape. Its exercises cannot say whether the solution was used. */
function migrateV1(data: z.infer<typeof recordV1>): Omit<CompletionRecord, 'verificationCode' | 'progress'> {
  return {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    courseVersion: data.courseVersion,
    contentHash: 'unknown',
    learner: data.learner,
    exportedAt: data.exportedAt,
    exercises: data.exercises.map((e) => ({
      ...e,
      startedAt: e.completedAt ?? data.exportedAt,
      updatedAt: e.completedAt ?? data.exportedAt,
      attempts: 0,
      solutionSeen: false,
      solutionApplied: false,
      completedIn: null,
    })),
    checksum: data.checksum,
  };
}

async function checkRecord(text: string, words: RecordWords): Promise<ReadResult> {
  if (text.length > MAX_RECORD_CHARS) return { status: 'invalid', message: words.tooLarge };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { status: 'invalid', message: words.notJson };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || (data as { format?: unknown }).format !== RECORD_FORMAT) {
    return { status: 'invalid', message: words.notRecord };
  }
  const version = (data as { version?: unknown }).version;
  if (version !== 1 && version !== RECORD_VERSION) return { status: 'invalid', message: words.otherVersion };
  const rawProgress = (data as { progress?: unknown }).progress;
  if (rawProgress !== null && typeof rawProgress === 'object' && Object.keys(rawProgress).length > MAX_EXERCISES) {
    return { status: 'invalid', message: words.tooMany(MAX_EXERCISES) };
  }
  let record: Omit<CompletionRecord, 'verificationCode' | 'progress'> & { verificationCode?: string };
  let stored: Record<string, unknown>;
  if (version === 1) {
    const parsed = recordV1.safeParse(data);
    if (!parsed.success) return { status: 'invalid', message: words.incomplete };
    record = migrateV1(parsed.data);
    stored = parsed.data.progress;
  } else {
    const parsed = recordV2.safeParse(data);
    if (!parsed.success) return { status: 'invalid', message: words.incomplete };
    record = parsed.data;
    stored = parsed.data.progress;
  }
  if (!globalThis.crypto?.subtle) return { status: 'invalid', message: words.noCrypto };
  const expected = await checksumOf(data as Record<string, unknown>);
  const computedCode = await verificationCode(record.learner, record.exercises);
  if (!expected || !computedCode) return { status: 'invalid', message: words.damaged };
  const { progress, invalid } = readProgress(stored);
  const notice = invalid.length > 0 ? words.skipped(invalid.join(', ')) : null;
  const full: CompletionRecord = {
    ...record,
    verificationCode: record.verificationCode ?? computedCode,
    progress: Object.fromEntries(progress.exercises),
  };
  const ok: ReadRecordOk = { record: full, progress, notice, formatVersion: version === 1 ? 1 : 2, computedCode };
  const claimsOwnCode = version === 1 || full.verificationCode === computedCode;
  if (expected !== (data as { checksum: string }).checksum || !claimsOwnCode) return { status: 'edited', message: words.edited, ...ok };
  return { status: 'valid', ...ok };
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

/**
 * Combines this browser's progress with an imported copy. A completed exercise stays completed,
 * with its best status (alone beats with the solution) and earliest date. Code differing in both is
 * replaced only when `replaceCode` is set, and then the code it replaces is kept as the previous version.
 */
export function mergeProgress(current: Progress, incoming: Progress, replaceCode: boolean): MergeResult {
  const merged: Progress = { exercises: new Map(current.exercises) };
  const conflicts: string[] = [];
  const changed: string[] = [];
  for (const [id, theirs] of incoming.exercises) {
    const mine = current.exercises.get(id);
    if (!mine) {
      merged.exercises.set(id, theirs);
      changed.push(id);
      continue;
    }
    const codeDiffers = !sameCode(mine.code, theirs.code);
    if (codeDiffers) conflicts.push(id);
    const takeTheirs = codeDiffers && replaceCode;
    const next = mergeEntries(mine, theirs, takeTheirs ? 'b' : 'a');
    if (takeTheirs) next.previous = mine.code;
    else if (mine.previous) next.previous = mine.previous;
    else delete next.previous;
    if (canonicalJson(next) !== canonicalJson(mine)) changed.push(id);
    merged.exercises.set(id, next);
  }
  return { merged, conflicts, changed };
}

/** Counts for people: completed alone, completed with the solution, hints used. */
export function tally(exercises: readonly RecordExercise[], ids?: ReadonlySet<string>): { passed: number; assisted: number; hints: number } {
  let passed = 0;
  let assisted = 0;
  let hints = 0;
  for (const e of exercises) {
    if (ids && !ids.has(e.id)) continue;
    if (e.status === 'passed') passed++;
    if (e.status === 'assisted') assisted++;
    hints += e.hintsUsed;
  }
  return { passed, assisted, hints };
}

