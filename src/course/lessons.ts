import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, localizedPath, type Locale } from '../i18n/locales';

/** A lesson in any language; its id is the lesson's folder name, the same in every language. */
export type Lesson = CollectionEntry<'lessons'> | CollectionEntry<'lessonsZhCn'>;

const COLLECTION = { en: 'lessons', 'zh-cn': 'lessonsZhCn' } as const satisfies Record<Locale, string>;

export async function getLessons(locale: Locale = DEFAULT_LOCALE): Promise<Lesson[]> {
  const entries: Lesson[] = await getCollection(COLLECTION[locale]);
  return entries.sort((a, b) => a.data.order - b.data.order);
}

export function lessonHref(lesson: Lesson | string, locale: Locale = DEFAULT_LOCALE): string {
  return localizedPath(`/lessons/${typeof lesson === 'string' ? lesson : lesson.id}/`, locale);
}
