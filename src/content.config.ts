import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** One folder per lesson under content/lessons/<slug>/index.mdx; the folder name is the slug. */
const lessons = defineCollection({
  loader: glob({
    pattern: '*/index.{md,mdx}',
    base: './content/lessons',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: z.object({
    title: z.string().min(3),
    summary: z.string().min(10),
    order: z.number().int().positive(),
    duration: z.number().int().positive().describe('minutes'),
    objectives: z.array(z.string()).min(1),
    sources: z.array(z.object({ title: z.string(), url: z.url() })).min(1),
  }),
});

export const collections = { lessons };
