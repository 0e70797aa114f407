import { allRules } from '../checker/index';
import { getLessons } from '../course/lessons';
import type { Locale } from '../i18n/locales';

/** The pages of the lessons in one language, each with its neighbours for the pager. */
export async function lessonPaths(locale: Locale) {
  const lessons = await getLessons(locale);
  return lessons.map((lesson, i) => ({
    params: { slug: lesson.id },
    props: { lesson, lessons, prev: lessons[i - 1], next: lessons[i + 1] },
  }));
}

/** One page per rule; the rule's text in the page's language comes from the rule catalogue. */
export function rulePaths() {
  return allRules().map((rule) => ({ params: { id: rule.id }, props: { rule } }));
}
