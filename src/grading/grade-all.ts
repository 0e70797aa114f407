import type { Check, Exercise } from '../checker/grading/exercise';
import { grade, type LearnerFiles } from '../checker/grading/grade';
import { runCheck } from './run-check';
import type { Locale } from '../i18n/locales';

/**
 * Every check of an exercise, the run in the simulator included, in one synchronous call: for the
 * build-time page, the authoring tests and anything else that grades outside the browser's editor.
 */
export function gradeAll(exercise: Exercise, files: LearnerFiles, locale: Locale = 'en'): Check[] {
  const checks = grade(exercise, files, locale);
  return [...checks, runCheck(exercise, files, checks, locale)];
}
