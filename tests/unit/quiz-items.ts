import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The knowledge checks of the course, read from the lessons' MDX. */

export interface QuizItem {
  lesson: string;
  question: string;
  choices: string[];
  answer: number;
  feedback: string[] | null;
  explanation: string;
}

export const LESSONS = fileURLToPath(new URL('../../content/lessons/', import.meta.url));

function attribute(block: string, name: string): string | null {
  const quoted = new RegExp(`\\b${name}="([^"]*)"`).exec(block);
  if (quoted) return quoted[1] ?? '';
  const expression = new RegExp(`\\b${name}=\\{([\\s\\S]*?)\\}(?=\\s+\\w+=|\\s*/>)`).exec(block);
  return expression ? (expression[1] ?? '') : null;
}

export function quizzesIn(mdx: string, lesson: string): QuizItem[] {
  return [...mdx.matchAll(/<Quiz\b([\s\S]*?)\/>/g)].map((m) => {
    const block = m[1] ?? '';
    const feedback = attribute(block, 'feedback');
    return {
      lesson,
      question: attribute(block, 'question') ?? '',
      choices: JSON.parse(attribute(block, 'choices') ?? '[]') as string[],
      answer: Number(attribute(block, 'answer')),
      feedback: feedback === null ? null : (JSON.parse(feedback) as string[]),
      explanation: attribute(block, 'explanation') ?? '',
    };
  });
}

/** The lesson file of each language the course ships. */
export const LESSON_FILES = { en: 'index.mdx', 'zh-cn': 'index.zh-cn.mdx' } as const;

export function courseQuizzes(language: keyof typeof LESSON_FILES = 'en'): QuizItem[] {
  return readdirSync(LESSONS).sort().flatMap((lesson) => quizzesIn(readFileSync(join(LESSONS, lesson, LESSON_FILES[language]), 'utf8'), lesson));
}

/** Share of questions whose right answer sits at each position (0-based), for the given orders. */
export function positionShares(items: readonly QuizItem[], position: (item: QuizItem) => number): number[] {
  const counts: number[] = [];
  for (const item of items) {
    const p = position(item);
    counts[p] = (counts[p] ?? 0) + 1;
  }
  return Array.from({ length: Math.max(...items.map((i) => i.choices.length)) }, (_, i) => (counts[i] ?? 0) / items.length);
}

/** True when the right answer is strictly longer than every distractor. */
export function answerIsLongest(item: QuizItem): boolean {
  const right = item.choices[item.answer]?.length ?? 0;
  return item.choices.every((c, i) => i === item.answer || c.length < right);
}

/** Length of the right answer divided by the mean length of the distractors. */
export function lengthRatio(item: QuizItem): number {
  const others = item.choices.filter((_, i) => i !== item.answer);
  const mean = others.reduce((sum, c) => sum + c.length, 0) / others.length;
  return (item.choices[item.answer]?.length ?? 0) / mean;
}
