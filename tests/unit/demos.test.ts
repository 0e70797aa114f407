import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../src/checker/grading/exercise';
import { exercisesOf } from '../../src/course/exercises';
import { createSimulator, stripAnsi } from '../../src/sim/index';
import { openGaps } from '../simulator-gaps';

const lessonsDir = new URL('../../content/lessons/', import.meta.url);
const lessons = readdirSync(lessonsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

function lessonSource(slug: string): string {
  return readFileSync(new URL(`${slug}/index.mdx`, lessonsDir), 'utf8');
}

/** The command lists of every <Demo commands={[...]} /> in a lesson's MDX. */
function lessonDemos(slug: string): string[][] {
  return [...lessonSource(slug).matchAll(/<Demo[^>]*commands=\{(\[[\s\S]*?\])\}/g)].map((m) => JSON.parse(m[1] ?? '[]') as string[]);
}

/** The ```sh blocks of a lesson: commands the prose shows a learner, each block typed as one paste. */
function lessonShellBlocks(slug: string): string[] {
  return [...lessonSource(slug).matchAll(/^```sh\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? '').filter((b) => b.trim() !== '');
}

// Errors a demo shows on purpose (a shell-form CMD on distroless, a denied write) are fine; these mean
// the demo asks for something the simulator or the image does not have.
const FAILURE = /command not found|: not found\n|executable file not found|unknown (flag|shorthand|command)|is not a docker command|internal error|Usage:|not found, skipping|You do not have enough privilege|pull access denied|No such container|requires at least|requires exactly/i;

type Side = 'starter' | 'solution';

/** Errors an exercise demo shows on purpose, with the solution or the starter; each must still happen. */
const INTENDED: readonly { exercise: string; side: Side; command: string; shows: RegExp; why: string }[] = [
  {
    exercise: 'minimal-base-images/smaller-base', side: 'solution', command: 'docker run --rm app ls -l /usr/local/bin',
    shows: /exec: "ls": executable file not found/, why: 'distroless has no ls: an intruder finds no tools',
  },
];

function simulatorFor(exercise: Exercise | undefined, side: Side) {
  const files = Object.fromEntries((exercise?.files ?? []).map((f) => [f.name, f[side]]));
  return createSimulator({ files: () => files, context: () => exercise?.context ?? {} });
}

function replay(exercise: Exercise | undefined, side: Side, commands: string[]): string[] {
  const sim = simulatorFor(exercise, side);
  return commands.map((c) => `$ ${c}\n${stripAnsi(sim.execute(c))}`);
}

/**
 * A step may fail only the way an open simulator gap of the lesson says it fails today, so the test
 * tightens by itself as gaps close.
 */
function unexplainedFailures(slug: string, transcript: string[]): string[] {
  const gaps = exercisesOf(slug).flatMap((e) => openGaps(e.id));
  let gapHit = false;
  return transcript.filter((step) => {
    if (!FAILURE.test(step)) return false;
    if (gaps.some((gap) => gap.now.test(step))) {
      gapHit = true;
      return false;
    }
    // A container a gap kept from starting is missing in the commands after it.
    return !(gapHit && /No such container/.test(step));
  });
}

const SIDES: Side[] = ['starter', 'solution'];

describe.each(lessons)('the terminal commands of %s run in the simulator', (slug) => {
  const first = exercisesOf(slug)[0];

  it.each(SIDES)('every lesson demo gives real output, not a simulator error, with the %s files', (side) => {
    const demos = lessonDemos(slug);
    expect(demos.length).toBeGreaterThan(0);
    for (const commands of demos) {
      const transcript = replay(first, side, commands);
      expect(unexplainedFailures(slug, transcript), transcript.join('\n')).toEqual([]);
    }
  });

  it.each(SIDES)('every command block in the prose runs, with the %s files', (side) => {
    for (const block of lessonShellBlocks(slug)) {
      const transcript = replay(first, side, [block.trimEnd()]);
      expect(unexplainedFailures(slug, transcript), transcript.join('\n')).toEqual([]);
    }
  });

  it.each(SIDES)('every exercise demo runs against the %s files', (side) => {
    for (const exercise of exercisesOf(slug)) {
      if (!exercise.demo) continue;
      const transcript = replay(exercise, side, exercise.demo);
      const intended = INTENDED.filter((i) => i.exercise === exercise.id && i.side === side);
      for (const i of intended) expect(transcript.find((step) => step.startsWith(`$ ${i.command}\n`)), i.why).toMatch(i.shows);
      const failures = unexplainedFailures(slug, transcript)
        .filter((step) => !intended.some((i) => step.startsWith(`$ ${i.command}\n`) && i.shows.test(step)));
      expect(failures, transcript.join('\n')).toEqual([]);
    }
  });
});

describe('the failure pattern', () => {
  it.each([
    'Unable to find image \'example/web:1.4\' locally\ndocker: Error response from daemon: pull access denied for example/web, repository does not exist or may require \'docker login\'',
    'Error response from daemon: No such container: web',
    'docker: \'docker run\' requires at least 1 argument.',
    'bash: --privileged: command not found',
    'docker: unknown command: docker compose',
  ])('recognises %s', (text) => {
    expect(text).toMatch(FAILURE);
  });
});
