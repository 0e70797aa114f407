import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText, ruleById } from '../../src/checker/index';
import { allPass, grade, RUN_CHECK_ID } from '../../src/checker/grading/grade';
import type { Check, Exercise } from '../../src/checker/grading/exercise';
import { allExercises } from '../../src/course/exercises';
import { gradeAll } from '../../src/grading/grade-all';
import { solutionFiles, starterFiles } from '../../src/grading/testing';
import { openGaps, SIMULATOR_GAPS } from '../simulator-gaps';

/**
 * Code spans of the last hint that the starter does not contain: the text to write, which no failing
 * check may say before the learner asks. (Spans the starter has name what to remove, which checks may.)
 */
function answerSpans(exercise: Exercise): string[] {
  const last = exercise.hints[exercise.hints.length - 1] ?? '';
  const starter = exercise.files.map((f) => f.starter).join('\n');
  return [...last.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '').filter((span) => span.length >= 8 && !starter.includes(span));
}

function messagesOf(checks: readonly Check[]): string {
  return checks.filter((c) => !c.pass).map((c) => c.message).join('\n');
}

describe('the course as a whole', () => {
  it('has at least 16 exercises with unique ids', () => {
    expect(allExercises.length).toBeGreaterThanOrEqual(16);
    const ids = allExercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('spans Dockerfile, docker run, AppArmor, Compose, Kubernetes and seccomp', () => {
    const kinds = new Set(allExercises.flatMap((e) => e.files.map((f) => f.kind)));
    expect([...kinds].sort()).toEqual(['apparmor', 'compose', 'dockerfile', 'kubernetes', 'run', 'seccomp']);
  });

  it('lists only exercises that exist as simulator gaps', () => {
    for (const id of Object.keys(SIMULATOR_GAPS)) expect(allExercises.some((e) => e.id === id), id).toBe(true);
  });
});

describe.each(allExercises.map((e) => [e.id, e] as const))('exercise %s', (_id, exercise) => {
  it('belongs to an existing lesson and is named after it', () => {
    expect(exercise.id.startsWith(`${exercise.lesson}/`)).toBe(true);
    expect(existsSync(new URL(`../../content/lessons/${exercise.lesson}/index.mdx`, import.meta.url))).toBe(true);
  });

  it('names only rules that exist and apply to one of its files', () => {
    const kinds = new Set(exercise.files.map((f) => f.kind));
    for (const id of [...exercise.rules, ...exercise.goals.flatMap((g) => g.rules ?? [])]) {
      const meta = ruleById(id);
      expect(meta, `unknown rule ${id}`).toBeDefined();
      expect(meta?.appliesTo.some((k) => kinds.has(k)), `${id} applies to none of the files`).toBe(true);
    }
  });

  it('has a task, hints, goals and a run definition', () => {
    expect(exercise.task.length).toBeGreaterThan(20);
    expect(exercise.hints.length).toBeGreaterThan(0);
    expect(exercise.goals.length).toBeGreaterThan(0);
    expect(exercise.run.steps.length).toBeGreaterThan(0);
    expect(new Set(exercise.goals.map((g) => g.id)).size).toBe(exercise.goals.length);
  });

  it('grades every file for whether it can be built or read, and runs the files last', () => {
    const checks = gradeAll(exercise, starterFiles(exercise));
    for (const file of exercise.files) expect(checks.some((c) => c.id === `${file.name}:readable`), file.name).toBe(true);
    expect(checks[checks.length - 1]?.id).toBe(RUN_CHECK_ID);
    expect(new Set(checks.map((c) => c.id)).size).toBe(checks.length);
  });

  it('starter fails at least one check', () => {
    expect(gradeAll(exercise, starterFiles(exercise)).some((c) => !c.pass)).toBe(true);
  });

  it('solution passes every check of the checker', () => {
    const failing = grade(exercise, solutionFiles(exercise)).filter((c) => !c.pass).map((c) => `${c.id}: ${c.message}`);
    expect(failing).toEqual([]);
  });

  const gaps = openGaps(exercise.id);
  if (gaps.length > 0) {
    it(`solution's run check waits for the simulator (${gaps.map((g) => g.needs).join('; ')})`, () => {
      const run = gradeAll(exercise, solutionFiles(exercise)).find((c) => c.id === RUN_CHECK_ID);
      expect(run?.pass).toBe(false);
      expect(gaps.some((g) => g.now.test(run?.message ?? '')), run?.message).toBe(true);
    });
  } else {
    it('solution builds and runs in the simulator, so every check passes', () => {
      const checks = gradeAll(exercise, solutionFiles(exercise));
      expect(checks.filter((c) => !c.pass).map((c) => `${c.id}: ${c.message}`)).toEqual([]);
      expect(allPass(checks)).toBe(true);
    });
  }

  it('solution is clean under the linter at warning level and above', () => {
    for (const file of exercise.files) {
      const serious = lintText(file.kind, file.solution).filter((f) => f.severity !== 'info');
      expect(serious.map((f) => `${file.name}:${f.line} ${f.ruleId} ${f.message}`)).toEqual([]);
    }
  });

  it('failing checks on the starter say what is wrong without handing out the answer', () => {
    const checks = gradeAll(exercise, starterFiles(exercise));
    const messages = messagesOf(checks);
    const starter = exercise.files.map((f) => f.starter).join('\n');
    for (const check of checks.filter((c) => !c.pass)) {
      expect(check.message.trim(), check.id).not.toBe('');
      if (!check.fix) continue;
      expect(check.message, check.id).not.toContain(check.fix);
      const toWrite = [...check.fix.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '').filter((span) => span.length >= 6 && !starter.includes(span));
      for (const span of toWrite) expect(check.message, `${check.id} gives away \`${span}\``).not.toContain(span);
    }
    for (const span of answerSpans(exercise)) expect(messages, `a failing check gives away \`${span}\``).not.toContain(span);
  });

  it('passing checks on the solution say what is now right', () => {
    for (const check of grade(exercise, solutionFiles(exercise))) {
      expect(check.message, check.id).not.toMatch(/^(Passes|Done|Not yet)\.?$/);
      expect(check.fix, check.id).toBeUndefined();
    }
  });
});
