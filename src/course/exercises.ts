import type { Exercise } from '../checker/grading/exercise';
import { localizeExercise, type ExerciseTranslation } from '../checker/grading/localize';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';

/** Every exercise of the course, loaded eagerly: for build-time pages and tests, never for the browser bundle. */
const modules = import.meta.glob<{ exercises: Exercise[] }>('../../content/lessons/*/exercises/index.ts', { eager: true });
/** Each exercise's Chinese text, next to the exercise: <lesson>/exercises/<exercise>/exercise.zh-cn.ts. */
const zhCn = import.meta.glob<{ translation: ExerciseTranslation }>('../../content/lessons/*/exercises/*/exercise.zh-cn.ts', { eager: true });

function lessonOf(path: string): string {
  return /lessons\/([^/]+)\/exercises/.exec(path)?.[1] ?? '';
}

/** The exercise id a translation file belongs to: "<lesson>/<exercise folder>". */
export function translatedExerciseId(path: string): string {
  const match = /lessons\/([^/]+)\/exercises\/([^/]+)\//.exec(path);
  return match ? `${match[1]}/${match[2]}` : '';
}

const exercisesByLesson: ReadonlyMap<string, readonly Exercise[]> = new Map(
  Object.entries(modules).map(([path, mod]) => [lessonOf(path), mod.exercises]),
);

export const translations: Readonly<Record<Exclude<Locale, 'en'>, ReadonlyMap<string, ExerciseTranslation>>> = {
  'zh-cn': new Map(Object.entries(zhCn).map(([path, mod]) => [translatedExerciseId(path), mod.translation])),
};

export const allExercises: readonly Exercise[] = [...exercisesByLesson.values()].flat();

/** A lesson's exercises, worded in the given language; ids, files and checks are the same in every language. */
export function exercisesOf(lesson: string, locale: Locale = DEFAULT_LOCALE): readonly Exercise[] {
  const exercises = exercisesByLesson.get(lesson) ?? [];
  if (locale === 'en') return exercises;
  const table = translations[locale];
  return exercises.map((e) => localizeExercise(e, table.get(e.id)));
}
