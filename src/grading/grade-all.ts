import type { Check, Exercise } from '../checker/grading/exercise';
import { fullChecker, grade, type LearnerFiles } from '../checker/grading/grade';
import { runCheckWith } from './run-check';
import type { Locale } from '../i18n/locales';

/** The run check with the whole checker: see runCheckWith. */
export function runCheck(exercise: Exercise, files: LearnerFiles, graded: readonly Check[] = [], locale: Locale = 'en'): Check {
  return runCheckWith(fullChecker, exercise, files, graded, locale);
}

/**
 * Every check of an exercise, the run in the simulator included, in one synchronous call: for the
 * build-time page, the authoring tests and anything else that grades outside the browser's editor.
 */
export function gradeAll(exercise: Exercise, files: LearnerFiles, locale: Locale = 'en'): Check[] {
  const checks = grade(exercise, files, locale);
  return [...checks, runCheck(exercise, files, checks, locale)];
}
