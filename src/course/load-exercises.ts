import type { Exercise } from '../checker/grading/exercise';
import { localizeExercise, type ExerciseTranslation } from '../checker/grading/localize';
import type { Locale } from '../i18n/locales';

/** One chunk per lesson, so a page downloads only its own exercises (and only when its workspace opens). */
const loaders = import.meta.glob<{ exercises: Exercise[] }>('../../content/lessons/*/exercises/index.ts');
/** The Chinese text of each exercise, loaded only on Chinese pages. */
const zhCn = import.meta.glob<{ translation: ExerciseTranslation }>('../../content/lessons/*/exercises/*/exercise.zh-cn.ts');

export async function loadLessonExercises(lesson: string, locale: Locale = 'en'): Promise<Exercise[]> {
  const entry = Object.entries(loaders).find(([path]) => path.includes(`/lessons/${lesson}/exercises/`));
  if (!entry) return [];
  const exercises = (await entry[1]()).exercises;
  if (locale === 'en') return exercises;
  const texts = await Promise.all(
    exercises.map(async (e) => {
      const short = e.id.split('/')[1] ?? '';
      const load = Object.entries(zhCn).find(([path]) => path.includes(`/lessons/${lesson}/exercises/${short}/`))?.[1];
      return load ? (await load()).translation : undefined;
    }),
  );
  return exercises.map((e, i) => localizeExercise(e, texts[i]));
}
