import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { zhCn } from '../../src/i18n/zh-cn';
import { allExercises, exercisesOf, translations } from '../../src/course/exercises';
import { translationGaps } from '../../src/checker/grading/localize';
import { gradeAll } from '../../src/grading/grade-all';
import { grade, type LearnerFiles } from '../../src/checker/grading/grade';
import type { Check, Exercise } from '../../src/checker/grading/exercise';

const HAN = /[\u4e00-\u9fff]/;
const LESSONS = join(import.meta.dirname, '../../content/lessons');

/** Every key path of a catalogue with the type of its value, so two catalogues can be compared. */
function shape(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return [`${path}[${value.length}]`, ...value.flatMap((v, i) => shape(v, `${path}[${i}]`))];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  return [`${path}:${typeof value}`];
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function frontmatter(file: string): Record<string, string> {
  const block = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/^(\w+):\s*(.*)$/gm)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
}

function solution(exercise: Exercise): Record<string, string> {
  return Object.fromEntries(exercise.files.map((f) => [f.name, f.solution]));
}

/**
 * Learner files that reach many of an exercise's results: the starter, the solution, and the
 * solution with one line of one file left out (every line in turn), which breaks one goal at a time.
 */
function attempts(exercise: Exercise): { name: string; files: LearnerFiles }[] {
  const starter = Object.fromEntries(exercise.files.map((f) => [f.name, f.starter]));
  const solved = solution(exercise);
  const without = exercise.files.flatMap((file) => file.solution.split('\n').flatMap((line, i, lines) =>
    line.trim() === '' ? [] : [{ name: `${file.name} without line ${i + 1}`, files: { ...solved, [file.name]: lines.filter((_, j) => j !== i).join('\n') } }]));
  return [{ name: 'starter', files: starter }, { name: 'solution', files: solved }, ...without];
}

/** What keeps a text from reading as Chinese: no Han characters, a placeholder left, or English prose outside code. */
function notChinese(text: string): string | null {
  if (!HAN.test(text)) return 'no Chinese';
  if (text.includes('{{')) return 'a placeholder left';
  const prose = text.replace(/`[^`]*`/g, '');
  return /\b[A-Za-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b/.test(prose) ? 'English words' : null;
}

describe('the Chinese interface catalogue', () => {
  it('has exactly the keys, arrays and kinds of value of the English one', () => {
    expect(shape(zhCn)).toEqual(shape(en));
  });

  it('leaves no entry empty and no sentence in English', () => {
    const texts = strings(zhCn);
    expect(texts.filter((s) => s.trim() === '')).toEqual([]);
    // Names, numbers and tags may stay as they are; a run of English words may not.
    expect(texts.filter((s) => /\b[A-Za-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b/.test(s.replace(/<code>[^<]*<\/code>/g, '')))).toEqual([]);
  });

  it('words counts and names through parameters', () => {
    expect(zhCn.common.exercises(3)).toBe('3 个练习');
    expect(zhCn.progressBar.done(2, 5)).toBe('已完成 2/5');
    expect(zhCn.search.results(4, 'root')).toBe('“root”共有 4 条结果。');
    expect(zhCn.lesson.outlineSummary(2, 12)).toBe('第 2 课，共 12 课 · 课程大纲');
  });
});

describe('Chinese lessons', () => {
  const slugs = readdirSync(LESSONS).filter((d) => existsSync(join(LESSONS, d, 'index.mdx')));

  it('exist for every lesson, in the same place of the course', () => {
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      const file = join(LESSONS, slug, 'index.zh-cn.mdx');
      expect(existsSync(file), `${slug} has no index.zh-cn.mdx`).toBe(true);
      const english = frontmatter(join(LESSONS, slug, 'index.mdx'));
      const chinese = frontmatter(file);
      expect(chinese.order, slug).toBe(english.order);
      expect(chinese.title, slug).toMatch(HAN);
    }
  });
});

describe('Chinese exercises', () => {
  it('translate every exercise: title, task, every hint, the run check and every goal with its messages', () => {
    const zh = translations['zh-cn'];
    expect(allExercises.flatMap((e) => translationGaps(e, zh.get(e.id)))).toEqual([]);
    expect([...zh.keys()].filter((id) => !allExercises.some((e) => e.id === id))).toEqual([]);
  });

  it('are worded in Chinese while keeping ids, files and rules', () => {
    for (const english of allExercises) {
      const chinese = exercisesOf(english.lesson, 'zh-cn').find((e) => e.id === english.id);
      expect(chinese, english.id).toBeDefined();
      if (!chinese) continue;
      expect(chinese.files).toBe(english.files);
      expect(chinese.rules).toBe(english.rules);
      expect(chinese.goals.map((g) => g.id)).toEqual(english.goals.map((g) => g.id));
      for (const text of [chinese.title, chinese.task, ...chinese.hints, chinese.run.title, chinese.run.why, chinese.run.passed, ...chinese.goals.flatMap((g) => [g.title, g.why])]) {
        expect(text, english.id).toMatch(HAN);
      }
    }
  });

  it('keep the code spans of the English task and hints', () => {
    const spans = (texts: readonly string[]) => texts.flatMap((t) => t.match(/`[^`]+`/g) ?? []).sort();
    for (const english of allExercises) {
      const chinese = exercisesOf(english.lesson, 'zh-cn').find((e) => e.id === english.id);
      expect(spans([chinese?.task ?? '', ...(chinese?.hints ?? [])]), english.id).toEqual(spans([english.task, ...english.hints]));
    }
  });

  it('grade in Chinese: the starter fails and the solution passes with Chinese messages', () => {
    const addUser = exercisesOf('run-as-non-root', 'zh-cn').find((e) => e.id === 'run-as-non-root/add-user');
    expect(addUser).toBeDefined();
    if (!addUser) return;
    const starter = gradeAll(addUser, Object.fromEntries(addUser.files.map((f) => [f.name, f.starter])), 'zh-cn');
    const goal = starter.find((c) => c.id === 'goal:final-user-numeric-non-root');
    expect(goal?.pass).toBe(false);
    expect(goal?.message).toBe('最终阶段通过基础镜像的默认用户以 root（UID 0）运行：被攻破的进程可以修改容器中的任何东西。');
    expect(goal?.fix).toBe('在最终阶段的末尾写上数字形式的用户和组，例如 `USER 10001:10001`。');
    expect(goal?.rules.map((r) => r.title)).toEqual(['容器以 root 运行', 'USER 是名字，不是数字 id']);
    const solved = gradeAll(addUser, solution(addUser), 'zh-cn');
    expect(solved.filter((c) => !c.pass)).toEqual([]);
    for (const check of solved) expect(`${check.title} ${check.message} ${check.why}`, check.id).toMatch(HAN);
    expect(solved.find((c) => c.id === 'goal:final-user-numeric-non-root')?.message).toBe('最终阶段以 UID 10001 和 GID 10001 运行，两者都不是 root。');
  });

  it('show a rule finding by its Chinese title where the rule words it only in English', () => {
    const drop = exercisesOf('never-privileged', 'zh-cn').find((e) => e.id === 'never-privileged/drop-privileged');
    expect(drop).toBeDefined();
    if (!drop) return;
    const checks = gradeAll(drop, Object.fromEntries(drop.files.map((f) => [f.name, f.starter])), 'zh-cn').filter((c) => !c.pass);
    expect(checks.length).toBeGreaterThan(0);
    for (const check of checks) {
      expect(`${check.title} ${check.message}`, check.id).toMatch(HAN);
      for (const location of check.locations) expect(location.message, check.id).toMatch(HAN);
    }
  });
});

describe('Chinese goal results', () => {
  const goalChecks = (checks: readonly Check[]) => checks.filter((c) => c.source === 'goal');
  const placeholders = (text: string) => [...new Set(text.match(/\{\{\s*\w+\s*\}\}/g) ?? [])].map((p) => p.replace(/\s/g, '')).sort();

  it('word every goal message in Chinese, with the same placeholders as the English', () => {
    const problems: string[] = [];
    for (const english of allExercises) {
      const chinese = exercisesOf(english.lesson, 'zh-cn').find((e) => e.id === english.id);
      for (const goal of english.goals) {
        const messages = chinese?.goals.find((g) => g.id === goal.id)?.messages ?? {};
        for (const [id, template] of Object.entries(goal.messages)) {
          const worded = messages[id] ?? '';
          const problem = notChinese(worded.replace(/\{\{\s*\w+\s*\}\}/g, '0'));
          if (problem) problems.push(`${english.id} ${goal.id} ${id} (${problem}): ${worded}`);
          if (placeholders(worded).join() !== placeholders(template).join()) problems.push(`${english.id} ${goal.id} ${id}: placeholders ${placeholders(worded).join()} for ${placeholders(template).join()}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(allExercises.map((e) => [e.id, e] as const))('%s: every message and fix is Chinese, and passes as in English', (_id, english) => {
    const chinese = exercisesOf(english.lesson, 'zh-cn').find((e) => e.id === english.id);
    expect(chinese).toBeDefined();
    if (!chinese) return;
    const problems: string[] = [];
    let failing = 0;
    for (const attempt of attempts(english)) {
      const en = goalChecks(grade(english, attempt.files));
      const zh = goalChecks(grade(chinese, attempt.files, 'zh-cn'));
      expect(zh.map((c) => [c.id, c.pass]), attempt.name).toEqual(en.map((c) => [c.id, c.pass]));
      for (const check of zh) {
        if (!check.pass) failing++;
        for (const [what, text] of [['message', check.message], ['fix', check.fix]] as const) {
          const problem = text === undefined ? null : notChinese(text);
          if (problem) problems.push(`${attempt.name}, ${check.id} ${what} (${problem}): ${text ?? ''}`);
        }
      }
    }
    expect(problems).toEqual([]);
    // The attempts must reach failing results too, or the check above proves little.
    expect(failing).toBeGreaterThan(0);
  });
});
