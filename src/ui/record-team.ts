import { bestStatus } from './progress-schema';
import type { ReadResult, RecordExercise } from './record';

/**
 * The team table's model: record files grouped by learner. Only files whose checksum matches count
 * towards completion; a file changed after export is shown, and never counted.
 */
export interface TeamFile {
  fileName: string;
  result: ReadResult;
}

type Readable = Extract<ReadResult, { status: 'valid' | 'edited' }>;

export interface TeamLearner {
  /** The name as shown: control and direction-override characters removed, shortened. */
  name: string;
  valid: { fileName: string; result: Extract<ReadResult, { status: 'valid' }> }[];
  edited: { fileName: string; result: Extract<ReadResult, { status: 'edited' }> }[];
  /** Merged from the valid files only: per exercise the best status, most hints and attempts. */
  exercises: Map<string, RecordExercise>;
  /** The latest export among the learner's files. */
  exportedAt: string;
  /** A valid file in the old format, which could not tell completed alone from completed with the solution. */
  oldFormat: boolean;
}

const MAX_NAME = 80;
// Embedding, override and isolate controls (and the Arabic letter mark) reorder the text around them:
// "Alice \u202Egnp.exe" would read as "Alice exe.png".
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Other invisible format characters too, except the joiners that some scripts and emoji need.
const OTHER_CONTROLS = /(?![\u200C\u200D])[\p{Cc}\p{Cf}]/gu;

/** A learner's name safe to show: no control or direction characters, at most 80 characters. */
export function displayName(raw: string): string {
  const clean = raw.replace(BIDI_CONTROLS, '').replace(OTHER_CONTROLS, '').replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  return chars.length > MAX_NAME ? `${chars.slice(0, MAX_NAME - 1).join('')}…` : clean;
}

/** The same learner across files: case, spacing and Unicode forms ignored. */
export function learnerKey(raw: string): string {
  return displayName(raw).normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ');
}

function mergeExercise(a: RecordExercise, b: RecordExercise): RecordExercise {
  const status = bestStatus(a.status, b.status);
  const best = a.status === status ? a : b;
  return {
    ...best,
    hintsUsed: Math.max(a.hintsUsed, b.hintsUsed),
    attempts: Math.max(a.attempts, b.attempts),
    solutionSeen: a.solutionSeen || b.solutionSeen,
    solutionApplied: a.solutionApplied || b.solutionApplied,
  };
}

export interface TeamModel {
  learners: TeamLearner[];
  unreadable: { fileName: string; message: string }[];
}

/** Groups files by learner; files without a name stay on their own row, named after the file. */
export function buildTeam(files: readonly TeamFile[]): TeamModel {
  const byKey = new Map<string, TeamLearner>();
  const unreadable: TeamModel['unreadable'] = [];
  files.forEach((file, index) => {
    const { result } = file;
    if (result.status === 'invalid') {
      unreadable.push({ fileName: displayName(file.fileName), message: result.message });
      return;
    }
    const readable: Readable = result;
    const named = displayName(readable.record.learner);
    const key = named ? learnerKey(named) : `\0file ${index}`;
    let learner = byKey.get(key);
    if (!learner) {
      learner = { name: named, valid: [], edited: [], exercises: new Map(), exportedAt: readable.record.exportedAt, oldFormat: false };
      byKey.set(key, learner);
    }
    if (readable.record.exportedAt > learner.exportedAt) learner.exportedAt = readable.record.exportedAt;
    if (readable.status === 'edited') {
      learner.edited.push({ fileName: file.fileName, result: readable });
      return;
    }
    learner.valid.push({ fileName: file.fileName, result: readable });
    if (readable.formatVersion === 1) learner.oldFormat = true;
    for (const exercise of readable.record.exercises) {
      const known = learner.exercises.get(exercise.id);
      learner.exercises.set(exercise.id, known ? mergeExercise(known, exercise) : exercise);
    }
  });
  const learners = [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name));
  return { learners, unreadable };
}

export interface LearnerCounts {
  passed: number;
  assisted: number;
  hints: number;
}

/** Counts over the given exercise ids, from valid files only. */
export function countsFor(learner: TeamLearner, ids: readonly string[]): LearnerCounts {
  const counts: LearnerCounts = { passed: 0, assisted: 0, hints: 0 };
  for (const id of ids) {
    const exercise = learner.exercises.get(id);
    if (!exercise) continue;
    if (exercise.status === 'passed') counts.passed++;
    if (exercise.status === 'assisted') counts.assisted++;
    counts.hints += exercise.hintsUsed;
  }
  return counts;
}

export interface TeamSummary {
  files: number;
  valid: number;
  edited: number;
  unreadable: number;
  /** Learners with at least one valid file: the only ones counted. */
  counted: number;
  /** Of those, how many completed every exercise on their own, and how many with the solution somewhere. */
  finishedAlone: number;
  finishedWithHelp: number;
  averageDone: number;
  averageAssisted: number;
}

export function summarise(model: TeamModel, ids: readonly string[]): TeamSummary {
  const counted = model.learners.filter((l) => l.valid.length > 0);
  let finishedAlone = 0;
  let finishedWithHelp = 0;
  let done = 0;
  let assisted = 0;
  for (const learner of counted) {
    const c = countsFor(learner, ids);
    if (ids.length > 0 && c.passed === ids.length) finishedAlone++;
    else if (ids.length > 0 && c.passed + c.assisted === ids.length) finishedWithHelp++;
    done += c.passed + c.assisted;
    assisted += c.assisted;
  }
  const percent = (n: number) => (counted.length === 0 || ids.length === 0 ? 0 : Math.round((n / counted.length / ids.length) * 100));
  const valid = model.learners.reduce((n, l) => n + l.valid.length, 0);
  const edited = model.learners.reduce((n, l) => n + l.edited.length, 0);
  return {
    files: valid + edited + model.unreadable.length,
    valid,
    edited,
    unreadable: model.unreadable.length,
    counted: counted.length,
    finishedAlone,
    finishedWithHelp,
    averageDone: percent(done),
    averageAssisted: percent(assisted),
  };
}

export type CodeMatch =
  | { kind: 'valid'; learner: TeamLearner; fileName: string }
  | { kind: 'edited'; learner: TeamLearner; fileName: string }
  | { kind: 'none' };

/** Finds the file a certificate's code belongs to, by the code recomputed from each file's content. */
export function matchCode(model: TeamModel, code: string): CodeMatch {
  for (const learner of model.learners) {
    const valid = learner.valid.find((f) => f.result.computedCode === code);
    if (valid) return { kind: 'valid', learner, fileName: valid.fileName };
  }
  for (const learner of model.learners) {
    const edited = learner.edited.find((f) => f.result.computedCode === code);
    if (edited) return { kind: 'edited', learner, fileName: edited.fileName };
  }
  return { kind: 'none' };
}
