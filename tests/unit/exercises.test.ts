import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText, ruleById } from '../../src/checker/index';
import { allPass, grade } from '../../src/checker/grading/grade';
import type { Exercise } from '../../src/checker/grading/exercise';
import { allExercises } from '../../src/course/exercises';

function solutionFiles(exercise: Exercise): Record<string, string> {
  return Object.fromEntries(exercise.files.map((f) => [f.name, f.solution]));
}

function starterFiles(exercise: Exercise): Record<string, string> {
  return Object.fromEntries(exercise.files.map((f) => [f.name, f.starter]));
}

describe('the course as a whole', () => {
  it('has at least 16 exercises with unique ids', () => {
    expect(allExercises.length).toBeGreaterThanOrEqual(16);
    const ids = allExercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('spans Dockerfile, docker run, AppArmor, Compose and Kubernetes', () => {
    const kinds = new Set(allExercises.flatMap((e) => e.files.map((f) => f.kind)));
    expect([...kinds].sort()).toEqual(['apparmor', 'compose', 'dockerfile', 'kubernetes', 'run']);
  });
});

describe.each(allExercises.map((e) => [e.id, e] as const))('exercise %s', (_id, exercise) => {
  it('belongs to an existing lesson and is named after it', () => {
    expect(exercise.id.startsWith(`${exercise.lesson}/`)).toBe(true);
    expect(existsSync(new URL(`../../content/lessons/${exercise.lesson}/index.mdx`, import.meta.url))).toBe(true);
  });

  it('names only rules that exist and apply to one of its files', () => {
    const kinds = new Set(exercise.files.map((f) => f.kind));
    for (const id of exercise.rules) {
      const meta = ruleById(id);
      expect(meta, `unknown rule ${id}`).toBeDefined();
      expect(meta?.appliesTo.some((k) => kinds.has(k)), `${id} applies to none of the files`).toBe(true);
    }
  });

  it('has a task, hints and at least one check', () => {
    expect(exercise.task.length).toBeGreaterThan(20);
    expect(exercise.hints.length).toBeGreaterThan(0);
    expect(exercise.rules.length + exercise.goals.length).toBeGreaterThan(0);
  });

  it('starter fails at least one check', () => {
    const checks = grade(exercise, starterFiles(exercise));
    expect(checks.some((c) => !c.pass)).toBe(true);
  });

  it('solution passes every check', () => {
    const checks = grade(exercise, solutionFiles(exercise));
    const failing = checks.filter((c) => !c.pass).map((c) => `${c.id}: ${c.message}`);
    expect(failing).toEqual([]);
    expect(allPass(checks)).toBe(true);
  });

  it('solution is clean under the linter at warning level and above', () => {
    for (const file of exercise.files) {
      const serious = lintText(file.kind, file.solution).filter((f) => f.severity !== 'info');
      expect(serious.map((f) => `${file.name}:${f.line} ${f.ruleId} ${f.message}`)).toEqual([]);
    }
  });
});
