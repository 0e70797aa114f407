import { createHash } from 'node:crypto';
import pkg from '../../package.json';
import type { CourseCatalog } from '../ui/record';
import { allExercises, exercisesOf } from './exercises';
import { getLessons } from './lessons';

/**
 * The lessons and exercises the progress, team and track pages hand to their browser scripts.
 * Build-time only: it reads the content collection and hashes the exercises.
 */
export async function getCourseCatalog(): Promise<CourseCatalog> {
  const lessons = await getLessons();
  // The package version alone would not change when an exercise is edited; the content hash does.
  const contentHash = createHash('sha256').update(JSON.stringify(allExercises)).digest('hex').slice(0, 8);
  return {
    courseVersion: `${pkg.version}+${contentHash}`,
    lessons: lessons.map((l) => ({ slug: l.id, title: l.data.title })),
    exercises: lessons.flatMap((l) => exercisesOf(l.id).map((e) => ({ id: e.id, title: e.title, lesson: l.id }))),
  };
}

/** The catalogue as JSON safe to inline in a <script> element (no "</script>" can close it early). */
export function catalogJson(catalog: CourseCatalog): string {
  return JSON.stringify(catalog).replace(/</g, '\\u003c');
}
