/**
 * Part of `npm run bench`: what grading costs per keystroke, for every exercise, with the checker's
 * checks alone (shown at once) and with the run in a fresh simulator (what completes a grading).
 * The exercises import their files with Vite's `?raw`, so they are loaded through Vite's SSR loader.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import type { Exercise } from '../src/checker/grading/exercise';

const WARM_UP = 3;
const RUNS = 40;

interface Modules {
  exercises: { allExercises: readonly Exercise[] };
  grade: typeof import('../src/checker/grading/grade');
  gradeAll: typeof import('../src/grading/grade-all');
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function p90(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))] ?? Number.NaN;
}

/** Each run edits the first file with a different comment, so no cache can answer it. */
function time(run: (files: Record<string, string>) => unknown, files: Record<string, string>): number[] {
  const [first] = Object.keys(files);
  const variant = (i: number): Record<string, string> => (first ? { ...files, [first]: `${files[first] ?? ''}\n# bench ${i}\n` } : files);
  for (let i = 0; i < WARM_UP; i++) run(variant(-1 - i));
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run(variant(i));
    samples.push(performance.now() - start);
  }
  return samples;
}

export async function benchGrading(): Promise<string[][]> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const vite = await createServer({ root, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
  try {
    const modules: Modules = {
      exercises: await vite.ssrLoadModule('/src/course/exercises.ts') as Modules['exercises'],
      grade: await vite.ssrLoadModule('/src/checker/grading/grade.ts') as Modules['grade'],
      gradeAll: await vite.ssrLoadModule('/src/grading/grade-all.ts') as Modules['gradeAll'],
    };
    const rows = [['exercise', 'files', 'checker ms', 'with run: median ms', 'p90 ms']];
    for (const exercise of modules.exercises.allExercises) {
      const solution = Object.fromEntries(exercise.files.map((f) => [f.name, f.solution]));
      const checker = time((files) => modules.grade.grade(exercise, files), solution);
      const full = time((files) => modules.gradeAll.gradeAll(exercise, files), solution);
      rows.push([exercise.id, String(exercise.files.length), median(checker).toFixed(2), median(full).toFixed(2), p90(full).toFixed(2)]);
    }
    return rows;
  } finally {
    await vite.close();
  }
}
