/**
 * Grading with the whole checker and every language's tables: for Node (tests, the bench, the build's
 * rendered starter checks). The site's lesson pages grade through ./grader with only what they need.
 */
import type { Check, Exercise, GoalContext } from './exercise';
import { analyseText, ruleById } from '../index';
import { ruleText, translatedFinding } from '../i18n';
import type { Locale } from '../../i18n/locales';
import { gradeWith, workspaceWith, type GradingChecker, type LearnerFiles } from './grader';

export * from './grader';

export const fullChecker: GradingChecker = { analyseText, ruleById, ruleText, translatedFinding };

/** See gradeWith. */
export function grade(exercise: Exercise, files: LearnerFiles, locale: Locale = 'en'): Check[] {
  return gradeWith(fullChecker, exercise, files, locale);
}

/** The learner's files as goals and run steps see them. */
export function workspaceOf(exercise: Exercise, files: LearnerFiles): GoalContext {
  return workspaceWith(fullChecker, exercise, files);
}
