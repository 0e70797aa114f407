import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * One folder per lesson under content/lessons/<slug>/: index.mdx in English, index.<locale>.mdx in
 * each translation. Each language is a collection of its own whose ids are the folder names, so a
 * lesson, its exercises and its progress share one slug in every language.
 */
const lessonSchema = z.object({
  title: z.string().min(3),
  summary: z.string().min(10),
  order: z.number().int().positive(),
  duration: z.number().int().positive().describe('minutes'),
  objectives: z.array(z.string()).min(1),
  sources: z.array(z.object({ title: z.string(), url: z.url() })).min(1),
});

function lessonsIn(pattern: string) {
  return defineCollection({
  loader: glob({ pattern, base: './content/lessons', generateId: ({ entry }) => entry.split('/')[0] ?? entry }),
  schema: lessonSchema,
  });
}

export const collections = {
  lessons: lessonsIn('*/index.{md,mdx}'),
  lessonsZhCn: lessonsIn('*/index.zh-cn.{md,mdx}'),
};
