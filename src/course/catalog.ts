import { createHash } from 'node:crypto';
import pkg from '../../package.json';
import type { CourseCatalog } from '../ui/record-catalog';
import { exercisesOf } from './exercises';
import { getLessons } from './lessons';
import type { Locale } from '../i18n/locales';

/**
 * The source text of every exercise definition (task, files, goals, hints), test files left out:
 * hashing the text rather than the loaded objects covers the goals' code too. Translations are left
 * out as well: a record is the same in every language, and rewording a translation changes no exercise.
 */
const sources = import.meta.glob<string>(['../../content/lessons/*/exercises/**/*', '!**/*.test.ts', '!**/*.zh-cn.ts'], { query: '?raw', import: 'default', eager: true });

function hash(parts: readonly string[]): string {
  const h = createHash('sha256');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('hex').slice(0, 16);
}

/** The exercise's own folder plus the lesson's shared exercise modules (helpers its goals import). */
export function definitionHash(exerciseId: string): string {
  const [lesson = '', short = ''] = exerciseId.split('/');
  const root = `../../content/lessons/${lesson}/exercises/`;
  const paths = Object.keys(sources)
    .filter((path) => path.startsWith(`${root}${short}/`) || (path.startsWith(root) && !path.slice(root.length).includes('/')))
    .sort();
  return hash(paths.flatMap((path) => [path.slice(root.length), sources[path] ?? '']));
}

/**
 * The lessons and exercises the progress, team and track pages hand to their browser scripts.
 * Build-time only: it reads the content collection and hashes the exercise definitions.
 */
export async function getCourseCatalog(locale?: Locale): Promise<CourseCatalog> {
  const lessons = await getLessons(locale);
  const exercises = lessons.flatMap((l) => exercisesOf(l.id, locale).map((e) => ({
    id: e.id,
    title: e.title,
    lesson: l.id,
    hash: definitionHash(e.id),
    hints: e.hints.length,
  })));
  return {
    courseVersion: pkg.version,
    contentHash: hash(exercises.map((e) => `${e.id}=${e.hash}`)),
    lessons: lessons.map((l) => ({ slug: l.id, title: l.data.title })),
    exercises,
  };
}

/** The catalogue as JSON safe to inline in a <script> element (no "</script>" can close it early). */
export function catalogJson(catalog: CourseCatalog): string {
  return JSON.stringify(catalog).replace(/</g, '\\u003c');
}
