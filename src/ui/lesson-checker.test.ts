import { describe, expect, it } from 'vitest';
import { allExercises, exercisesOf } from '../course/exercises';
import { grade } from '../checker/grading/grade';
import { gradeWith } from '../checker/grading/grader';
import { LOCALES } from '../i18n/locales';
import { loadLessonChecker } from './lesson-checker';

// A lesson page grades with the checkers of its own files' kinds and its own language's texts only:
// every exercise must grade exactly as with the whole checker (what the build renders and Node uses).
describe('a lesson page\'s checker', () => {
  for (const lesson of new Set(allExercises.map((e) => e.id.split('/')[0] ?? ''))) {
    for (const locale of LOCALES) {
      it(`grades ${lesson} (${locale}) as the whole checker does`, async () => {
        const exercises = exercisesOf(lesson, locale);
        const checker = await loadLessonChecker(exercises.flatMap((e) => e.files.map((f) => f.kind)), locale);
        for (const exercise of exercises) {
          for (const side of ['starter', 'solution'] as const) {
            const files = Object.fromEntries(exercise.files.map((f) => [f.name, f[side]]));
            expect(gradeWith(checker, exercise, files, locale), `${exercise.id} ${side}`).toEqual(grade(exercise, files, locale));
          }
        }
      });
    }
  }

  it('knows only the kinds it was given', async () => {
    const checker = await loadLessonChecker(['dockerfile'], 'en');
    expect(checker.ruleById('runs-as-root')).toBeDefined();
    expect(checker.ruleById('apparmor-complain-mode')).toBeUndefined();
  });
});
