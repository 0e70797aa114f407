import type { Analysis } from '../core/engine';
import type { Finding, Kind } from '../core/types';
import { analyseText, ruleById } from '../index';
import type { AppArmorModel } from '../apparmor/model';
import type { ComposeModel } from '../compose/model';
import type { ImageModel } from '../dockerfile/model';
import type { KubernetesModel } from '../kubernetes/model';
import type { RunScriptModel } from '../run/model';
import type { Check, Exercise, ExerciseFile, GoalContext } from './exercise';

/** The learner's current text per file name; files not given fall back to the starter. */
export type LearnerFiles = Record<string, string>;

/** Syntax diagnostics and size guards have no catalogue entry but still block a pass. */
const BLOCKING_DIAGNOSTIC = /-syntax$|^input-too-large$|^binary-input$|^internal-error$/;

class Workspace implements GoalContext {
  private readonly analyses = new Map<string, Analysis<unknown>>();

  constructor(
    private readonly exercise: Exercise,
    private readonly files: LearnerFiles,
  ) {}

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
      result = analyseText(file.kind, this.files[file.name] ?? file.starter);
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
  findings(name?: string): Finding[] {
    return this.analysis(this.file(name)).findings;
  }
}

function locationsOf(findings: Finding[]): Check['locations'] {
  return findings.map(({ line, column, endLine, endColumn, message }) => ({ line, column, endLine, endColumn, message }));
}

/**
 * Grades the learner's files: one check per (file, rule) the exercise names, one per goal, and one
 * per file that does not parse. Every check is returned, passing or not, so the page can list them all.
 */
export function grade(exercise: Exercise, files: LearnerFiles): Check[] {
  const ws = new Workspace(exercise, files);
  const checks: Check[] = [];

  for (const file of exercise.files) {
    const findings = ws.analysis(file).findings;
    const blocking = findings.filter((f) => BLOCKING_DIAGNOSTIC.test(f.ruleId));
    if (blocking.length > 0) {
      checks.push({
        id: `${file.name}:parses`,
        title: `${file.name} can be read`,
        source: 'rule',
        file: file.name,
        pass: false,
        severity: 'error',
        message: blocking[0]?.message ?? 'The file cannot be parsed.',
        why: 'A file the tools cannot read cannot be built or run.',
        locations: locationsOf(blocking),
      });
    }
    for (const ruleId of exercise.rules) {
      const meta = ruleById(ruleId);
      if (!meta || !meta.appliesTo.includes(file.kind)) continue;
      const hits = findings.filter((f) => f.ruleId === ruleId);
      checks.push({
        id: `${file.name}:${ruleId}`,
        title: meta.title,
        source: 'rule',
        file: file.name,
        pass: hits.length === 0,
        severity: meta.severity,
        message: hits.length === 0 ? 'Passes.' : hits.map((h) => h.message).join(' '),
        why: meta.why,
        ruleId,
        locations: locationsOf(hits),
      });
    }
  }

  for (const goal of exercise.goals) {
    let result;
    try {
      result = goal.check(ws);
    } catch (error) {
      // A goal that cannot evaluate half-typed code fails quietly instead of breaking the page.
      result = { pass: false, message: `Not yet: ${error instanceof Error ? error.message : String(error)}` };
    }
    const file = result.file ?? exercise.files[0]?.name ?? '';
    const line = result.line;
    checks.push({
      id: `goal:${goal.id}`,
      title: goal.title,
      source: 'goal',
      file,
      pass: result.pass,
      message: result.message ?? (result.pass ? 'Done.' : 'Not yet.'),
      why: goal.why,
      locations: !result.pass && line ? [{ line, column: 1, endLine: line, endColumn: 1, message: result.message ?? goal.title }] : [],
    });
  }
  return checks;
}

export function allPass(checks: Check[]): boolean {
  return checks.length > 0 && checks.every((c) => c.pass);
}
