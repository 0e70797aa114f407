import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exercisesOf } from '../../src/course/exercises';
import { createSimulator, stripAnsi } from '../../src/sim/index';

const lessonsDir = new URL('../../content/lessons/', import.meta.url);
const lessons = readdirSync(lessonsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

/** The command lists of every <Demo commands={[...]} /> in a lesson's MDX. */
function lessonDemos(slug: string): string[][] {
  const mdx = readFileSync(new URL(`${slug}/index.mdx`, lessonsDir), 'utf8');
  return [...mdx.matchAll(/<Demo[^>]*commands=\{(\[[\s\S]*?\])\}/g)].map((m) => JSON.parse(m[1] ?? '[]') as string[]);
}

// Errors a demo shows on purpose (a shell-form CMD on distroless, a denied write) are fine; these mean
// the demo asks for something the simulator or the image does not have.
const FAILURE = /command not found|: not found\n|executable file not found|unknown (flag|shorthand)|is not a docker command|internal error|Usage:|not found, skipping|You do not have enough privilege/i;

/** Runs commands the way the terminal does, against the lesson's first exercise files. */
function replay(slug: string, commands: string[]): string[] {
  const exercise = exercisesOf(slug)[0];
  const files = Object.fromEntries((exercise?.files ?? []).map((f) => [f.name, f.starter]));
  const sim = createSimulator({ files: () => files, context: () => exercise?.context ?? {} });
  return commands.map((c) => `$ ${c}\n${stripAnsi(sim.execute(c))}`);
}

describe.each(lessons)('demos of %s run in the simulator', (slug) => {
  it('every lesson demo command gives real output, not an error from the simulator', () => {
    const demos = lessonDemos(slug);
    expect(demos.length).toBeGreaterThan(0);
    for (const commands of demos) {
      const transcript = replay(slug, commands);
      for (const step of transcript) expect(step, transcript.join('\n')).not.toMatch(FAILURE);
    }
  });

  it('every exercise demo runs', () => {
    for (const exercise of exercisesOf(slug)) {
      if (!exercise.demo) continue;
      const files = Object.fromEntries(exercise.files.map((f) => [f.name, f.starter]));
      const sim = createSimulator({ files: () => files, context: () => exercise.context ?? {} });
      const transcript = exercise.demo.map((c) => `$ ${c}\n${stripAnsi(sim.execute(c))}`);
      for (const step of transcript) expect(step, transcript.join('\n')).not.toMatch(FAILURE);
    }
  });
});
