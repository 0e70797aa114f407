import type { Exercise } from '../checker/grading/exercise';

/** One chunk per lesson, so a page downloads only its own exercises (and only when its workspace opens). */
const loaders = import.meta.glob<{ exercises: Exercise[] }>('../../content/lessons/*/exercises/index.ts');

export async function loadLessonExercises(lesson: string): Promise<Exercise[]> {
  const entry = Object.entries(loaders).find(([path]) => path.includes(`/lessons/${lesson}/exercises/`));
  if (!entry) return [];
  return (await entry[1]()).exercises;
}
