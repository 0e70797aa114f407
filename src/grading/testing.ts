import type { Check, Exercise } from '../checker/grading/exercise';
import type { LearnerFiles } from '../checker/grading/grade';
import { gradeAll } from './grade-all';

/** Helpers for authoring tests: an exercise's files, edits of its solution, and the checks they get. */

export function starterFiles(exercise: Exercise): LearnerFiles {
  return Object.fromEntries(exercise.files.map((f) => [f.name, f.starter]));
}

export function solutionFiles(exercise: Exercise): LearnerFiles {
  return Object.fromEntries(exercise.files.map((f) => [f.name, f.solution]));
}

/** The solution with `from` replaced by `to` in one file; throws when `from` is not there, so a stale case cannot pass silently. */
export function editSolution(exercise: Exercise, file: string, from: string | RegExp, to: string): LearnerFiles {
  const files = solutionFiles(exercise);
  const text = files[file];
  if (text === undefined) throw new Error(`${exercise.id} has no file ${file}`);
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`${exercise.id}: ${String(from)} is not in the solution of ${file}`);
  return { ...files, [file]: edited };
}

/** The ids of the checks that fail. */
export function failingIds(exercise: Exercise, files: LearnerFiles): string[] {
  return gradeAll(exercise, files).filter((c) => !c.pass).map((c) => c.id);
}

export function checkById(exercise: Exercise, files: LearnerFiles, id: string): Check {
  const check = gradeAll(exercise, files).find((c) => c.id === id);
  if (!check) throw new Error(`${exercise.id} has no check ${id}`);
  return check;
}
