import type { Analysis } from '../core/engine';
import type { Finding, Kind, RuleMeta } from '../core/types';
import type { AppArmorModel } from '../apparmor/model';
import type { SeccompModel } from '../seccomp/model';
import type { ComposeModel } from '../compose/model';
import type { ImageModel } from '../dockerfile/model';
import type { KubernetesModel } from '../kubernetes/model';
import type { RunScriptModel } from '../run/model';
import { splitAdvice } from './advice';
import type { Check, CheckLocation, Exercise, ExerciseFile, Goal, GoalContext, GoalResult } from './exercise';
import { isUnreadable } from './readability';
import { gradingWords, type GradingWords } from './wording';
import type { RuleText } from '../i18n';
import type { Locale } from '../../i18n/locales';

/** The learner's current text per file name; files not given fall back to the starter. */
export type LearnerFiles = Record<string, string>;

/**
 * What grading asks of the checker. The site passes one that knows only the kinds of the lesson's
 * files and the page's language, so a lesson page loads neither the other kinds' rules nor another
 * language's tables; Node passes the whole checker (./grade).
 */
export interface GradingChecker {
  analyseText(kind: Kind, text: string): Analysis<unknown>;
  ruleById(id: string): RuleMeta | undefined;
  ruleText(meta: RuleMeta, locale: Locale): RuleText;
  translatedFinding(finding: Finding, locale: Locale): string | undefined;
}

class Workspace implements GoalContext {
  private readonly analyses = new Map<string, Analysis<unknown>>();

  readonly words: GradingWords;

  constructor(
    readonly checker: GradingChecker,
    private readonly exercise: Exercise,
    private readonly files: LearnerFiles,
    readonly locale: Locale = 'en',
  ) {
    this.words = gradingWords(locale);
  }

  file(name?: string, kind?: Kind): ExerciseFile {
    const files = this.exercise.files;
    const found = name
      ? files.find((f) => f.name === name)
      : (kind ? files.find((f) => f.kind === kind) : undefined) ?? files[0];
    if (!found) throw new Error(`Exercise ${this.exercise.id} has no file ${name ?? kind ?? ''}`);
    return found;
  }

  text(name?: string): string {
    const file = this.file(name);
    return this.files[file.name] ?? file.starter;
  }

  analysis(file: ExerciseFile): Analysis<unknown> {
    let result = this.analyses.get(file.name);
    if (!result) {
      result = this.checker.analyseText(file.kind, this.files[file.name] ?? file.starter);
      this.analyses.set(file.name, result);
    }
    return result;
  }

  private model<M>(kind: Kind, name?: string): M {
    return this.analysis(this.file(name, kind)).model as M;
  }

  image(name?: string): ImageModel {
    return this.model<ImageModel>('dockerfile', name);
  }
  run(name?: string): RunScriptModel {
    return this.model<RunScriptModel>('run', name);
  }
  apparmor(name?: string): AppArmorModel {
    return this.model<AppArmorModel>('apparmor', name);
  }
  compose(name?: string): ComposeModel {
    return this.model<ComposeModel>('compose', name);
  }
  kubernetes(name?: string): KubernetesModel {
    return this.model<KubernetesModel>('kubernetes', name);
  }
  seccomp(name?: string): SeccompModel {
    return this.model<SeccompModel>('seccomp', name);
  }
  findings(name?: string): Finding[] {
    return this.analysis(this.file(name)).findings;
  }
}

/** The learner's files as goals and run steps see them. */
export function workspaceWith(checker: GradingChecker, exercise: Exercise, files: LearnerFiles): GoalContext {
  return new Workspace(checker, exercise, files);
}

/**
 * A finding's message in the page's language: its message id worded in that language, or, for a
 * finding without one, the rule's translated title, so a Chinese page never shows an English finding.
 */
function findingMessage(finding: Finding, ws: Workspace): string {
  const { checker, locale } = ws;
  if (locale === 'en') return finding.message;
  const translated = checker.translatedFinding(finding, locale);
  if (translated !== undefined) return translated;
  const meta = checker.ruleById(finding.ruleId);
  return meta ? ws.words.problem(checker.ruleText(meta, locale).title) : finding.message;
}

function locationOf(finding: Finding, ws: Workspace): CheckLocation {
  const { line, column, endLine, endColumn, ruleId } = finding;
  return { line, column, endLine, endColumn, message: findingMessage(finding, ws), ruleId };
}

function rulesNamed(ids: readonly string[], ws: Workspace): Check['rules'] {
  return [...new Set(ids)].flatMap((id) => {
    const meta = ws.checker.ruleById(id);
    return meta ? [{ id, title: ws.checker.ruleText(meta, ws.locale).title }] : [];
  });
}

function lineLocation(line: number, message: string): CheckLocation {
  return { line, column: 1, endLine: line, endColumn: 1, message };
}

interface RuleHit {
  file: ExerciseFile;
  finding: Finding;
  meta: RuleMeta;
}

/** Findings of these rules in every file of a kind the rule reads. */
function hitsOf(ws: Workspace, exercise: Exercise, ruleIds: readonly string[], only?: ExerciseFile): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const ruleId of ruleIds) {
    const meta = ws.checker.ruleById(ruleId);
    if (!meta) continue;
    for (const file of only ? [only] : exercise.files) {
      if (!meta.appliesTo.includes(file.kind)) continue;
      for (const finding of ws.analysis(file).findings) if (finding.ruleId === ruleId) hits.push({ file, finding, meta });
    }
  }
  return hits;
}

/** The problem statements of rule findings, and the advice kept back from them. */
function explain(hits: readonly RuleHit[], ws: Workspace): { message: string; fix: string } {
  const { checker, locale } = ws;
  const problems: string[] = [];
  const fixes: string[] = [];
  for (const { finding, meta } of hits) {
    if (locale !== 'en') {
      const text = checker.ruleText(meta, locale);
      const said = checker.translatedFinding(finding, locale) ?? ws.words.problem(text.title);
      if (!problems.includes(said)) problems.push(said);
      if (!fixes.includes(text.fix)) fixes.push(text.fix);
      continue;
    }
    const { problem, fix } = splitAdvice(finding.message);
    const said = problem || `${meta.title}.`;
    if (!problems.includes(said)) problems.push(said);
    if (fix && !fixes.includes(fix)) fixes.push(fix);
  }
  return { message: problems.join(' '), fix: fixes.join(' ') };
}

function readableCheck(ws: Workspace, file: ExerciseFile): Check {
  const wording = ws.words.readable[file.kind];
  // "No FROM" is often the consequence of a misspelt FROM, so the misspelling is named first.
  const blocking = ws.analysis(file).findings.filter(isUnreadable).sort((a, b) => Number(a.ruleId === 'no-from') - Number(b.ruleId === 'no-from'));
  const first = blocking[0];
  const more = blocking.length - 1;
  return {
    id: `${file.name}:readable`,
    title: wording.title(file.name),
    source: 'readable',
    file: file.name,
    pass: !first,
    severity: 'error',
    message: first ? (more > 0 ? ws.words.moreProblems(findingMessage(first, ws), more) : findingMessage(first, ws)) : wording.passed,
    why: wording.why,
    rules: [],
    locations: blocking.map((f) => locationOf(f, ws)),
  };
}

/** A goal result with its message and fix worded. */
export interface WordedGoalResult extends Pick<GoalResult, 'pass' | 'line' | 'file'> {
  message?: string;
  fix?: string;
}

/** A goal result with its message ids filled in from the goal's own messages. */
export function resolveGoalResult(goal: Goal, result: GoalResult): WordedGoalResult {
  const fill = (id: string | undefined): string | undefined => {
    const template = id === undefined ? undefined : goal.messages[id];
    return template?.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => String(result.data?.[name] ?? whole));
  };
  const message = fill(result.messageId);
  const fix = fill(result.fixId);
  return {
    pass: result.pass,
    ...(result.line !== undefined ? { line: result.line } : {}),
    ...(result.file !== undefined ? { file: result.file } : {}),
    ...(message !== undefined ? { message } : {}),
    ...(fix !== undefined ? { fix } : {}),
  };
}

function evaluate(goal: Goal, ws: Workspace): WordedGoalResult {
  try {
    return resolveGoalResult(goal, goal.check(ws));
  } catch (error) {
    // Half-typed code can break a goal's assumptions; that is a failing check, never a broken page.
    return { pass: false, message: ws.words.cannotCheck(error instanceof Error ? error.message : String(error)) };
  }
}

function goalCheck(goal: Goal, ws: Workspace, exercise: Exercise): Check {
  const result = evaluate(goal, ws);
  const hits = hitsOf(ws, exercise, goal.rules ?? []);
  const file = result.file ?? hits[0]?.file.name ?? exercise.files[0]?.name ?? '';
  const pass = result.pass && hits.length === 0;
  const own = !result.pass && result.line ? [lineLocation(result.line, result.message ?? goal.title)] : [];
  const ruleLocations = hits.map((h) => (h.file.name === file ? locationOf(h.finding, ws) : { ...locationOf(h.finding, ws), file: h.file.name }));
  const fromRules = explain(hits, ws);
  let message = result.message ?? (result.pass ? ws.words.done : ws.words.notYet);
  let fix = result.fix;
  if (result.pass && hits.length > 0) {
    message = fromRules.message;
    fix = fromRules.fix || undefined;
  }
  return {
    id: `goal:${goal.id}`,
    title: goal.title,
    source: 'goal',
    file,
    pass,
    severity: hits.some((h) => h.finding.severity === 'error') || !result.pass ? 'error' : hits[0]?.finding.severity,
    message,
    ...(fix && !pass ? { fix } : {}),
    why: goal.why,
    rules: rulesNamed(goal.rules ?? [], ws),
    locations: pass ? [] : [...own, ...ruleLocations.filter((l) => l.file !== undefined || !own.some((o) => o.line === l.line))],
  };
}

/** The rules of the exercise that no goal covers, in one check per file: guards against new weaknesses. */
function otherRulesCheck(ws: Workspace, exercise: Exercise, file: ExerciseFile, ruleIds: readonly string[]): Check | null {
  const metas = ruleIds.map((id) => ws.checker.ruleById(id)).filter((m): m is RuleMeta => m !== undefined && m.appliesTo.includes(file.kind));
  if (metas.length === 0) return null;
  const hits = hitsOf(ws, exercise, metas.map((m) => m.id), file);
  const { message, fix } = explain(hits, ws);
  const pass = hits.length === 0;
  const titles = metas.map((m) => ws.checker.ruleText(m, ws.locale).title);
  return {
    id: `${file.name}:other-rules`,
    title: ws.words.otherRulesTitle[file.kind](file.name),
    source: 'rule',
    file: file.name,
    pass,
    severity: hits.some((h) => h.finding.severity === 'error') ? 'error' : hits.some((h) => h.finding.severity === 'warning') ? 'warning' : pass ? undefined : 'info',
    message: pass ? ws.words.nonePresent(titles) : message,
    ...(fix && !pass ? { fix } : {}),
    why: ws.words.otherRulesWhy,
    rules: metas.map((m, i) => ({ id: m.id, title: titles[i] ?? m.title })),
    locations: hits.map((h) => locationOf(h.finding, ws)),
  };
}

/**
 * Grades the learner's files without running them: for every file whether it can be built or read,
 * then one check per goal (with the rules it covers), then the other listed rules per file. The run
 * check comes from the layer above, which owns the simulator (see src/grading).
 */
export function gradeWith(checker: GradingChecker, exercise: Exercise, files: LearnerFiles, locale: Locale = 'en'): Check[] {
  const ws = new Workspace(checker, exercise, files, locale);
  const checks: Check[] = exercise.files.map((file) => readableCheck(ws, file));
  for (const goal of exercise.goals) checks.push(goalCheck(goal, ws, exercise));
  const covered = new Set(exercise.goals.flatMap((g) => g.rules ?? []));
  const others = exercise.rules.filter((id) => !covered.has(id));
  for (const file of exercise.files) {
    const check = otherRulesCheck(ws, exercise, file, others);
    if (check) checks.push(check);
  }
  return checks;
}

export const RUN_CHECK_ID = 'run';

/** The run check while the simulator is still loading or working: it never counts as a pass. */
export function pendingRunCheck(exercise: Exercise, locale: Locale = 'en'): Check {
  return {
    id: RUN_CHECK_ID,
    title: exercise.run.title,
    source: 'run',
    file: exercise.files[0]?.name ?? '',
    pass: false,
    pending: true,
    message: gradingWords(locale).running,
    why: exercise.run.why,
    rules: [],
    locations: [],
  };
}

export function allPass(checks: readonly Check[]): boolean {
  return checks.length > 0 && checks.every((c) => c.pass && !c.pending);
}
