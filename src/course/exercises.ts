import type { Exercise } from '../checker/grading/exercise';

/** Every exercise of the course, loaded eagerly: for build-time pages and tests, never for the browser bundle. */
const modules = import.meta.glob<{ exercises: Exercise[] }>('../../content/lessons/*/exercises/index.ts', { eager: true });

function lessonOf(path: string): string {
  return /lessons\/([^/]+)\/exercises/.exec(path)?.[1] ?? '';
}

const exercisesByLesson: ReadonlyMap<string, readonly Exercise[]> = new Map(
  Object.entries(modules).map(([path, mod]) => [lessonOf(path), mod.exercises]),
);

export const allExercises: readonly Exercise[] = [...exercisesByLesson.values()].flat();

export function exercisesOf(lesson: string): readonly Exercise[] {
  return exercisesByLesson.get(lesson) ?? [];
}
