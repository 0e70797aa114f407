import { z } from 'zod/mini';

/** What the browser knows about the course, handed over by the page at build time. */
export interface CourseCatalog {
  /** The package version the site was built from. */
  courseVersion: string;
  /** A hash of every exercise definition (tasks, files, checks, hints): changes when any exercise does. */
  contentHash: string;
  lessons: { slug: string; title: string }[];
  exercises: CatalogExercise[];
}

export interface CatalogExercise {
  id: string;
  title: string;
  lesson: string;
  /** A hash of this exercise's definition, so a record says which version of it was completed. */
  hash: string;
  hints: number;
}

const catalogSchema = z.object({
  courseVersion: z.string(),
  contentHash: z.string(),
  lessons: z.array(z.object({ slug: z.string(), title: z.string() })),
  exercises: z.array(z.object({ id: z.string(), title: z.string(), lesson: z.string(), hash: z.string(), hints: z.int() })),
});

export function emptyCatalog(): CourseCatalog {
  return { courseVersion: 'unknown', contentHash: 'unknown', lessons: [], exercises: [] };
}

/** Reads the catalogue a page embeds as JSON; an empty one if it is missing or unreadable. */
export function parseCatalog(text: string | null | undefined): CourseCatalog {
  try {
    const parsed = catalogSchema.safeParse(JSON.parse(text ?? ''));
    if (parsed.success) return parsed.data;
  } catch {
    // Falls through to the empty catalogue: the page still works, with exercise ids for titles.
  }
  return emptyCatalog();
}
