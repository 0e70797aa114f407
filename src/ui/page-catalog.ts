import { parseCatalog, type CourseCatalog } from './record-catalog';

/** The course catalogue a page embeds with <CourseCatalogData>. */
export function pageCatalog(): CourseCatalog {
  return parseCatalog(document.getElementById('course-catalog')?.textContent);
}
