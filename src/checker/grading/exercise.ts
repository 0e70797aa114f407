import type { Finding, Kind, Severity } from '../core/types';
import type { ImageModel } from '../dockerfile/model';
import type { RunScriptModel } from '../run/model';
import type { AppArmorModel } from '../apparmor/model';
import type { ComposeModel } from '../compose/model';
import type { KubernetesModel } from '../kubernetes/model';

/** One editable file of an exercise. */
export interface ExerciseFile {
  /** Shown on the editor tab, e.g. "Dockerfile", "run.sh", "docker-nginx" (AppArmor), "deployment.yaml". */
  name: string;
  kind: Kind;
  starter: string;
  solution: string;
}

export interface GoalResult {
  pass: boolean;
  /** Shown under the check; say what is still wrong, or what is now right. */
  message?: string;
  /** Where to put the editor marker when it fails. */
  line?: number;
  file?: string;
}

/** Read-only access to the learner's files, parsed on demand and cached per grading run. */
export interface GoalContext {
  text(file?: string): string;
  image(file?: string): ImageModel;
  run(file?: string): RunScriptModel;
  apparmor(file?: string): AppArmorModel;
  compose(file?: string): ComposeModel;
  kubernetes(file?: string): KubernetesModel;
  findings(file?: string): Finding[];
}

/** An exercise-specific check, written as a predicate on the models ("only the .war reaches the final stage"). */
export interface Goal {
  id: string;
  title: string;
  why: string;
  check(ctx: GoalContext): GoalResult;
}

export interface Exercise {
  /** Globally unique, "<lesson-slug>/<short-id>". */
  id: string;
  lesson: string;
  title: string;
  /** One short paragraph: what to change. Plain text with `code` spans. */
  task: string;
  files: ExerciseFile[];
  /** Rule ids that must report nothing on the learner's files. */
  rules: string[];
  goals: Goal[];
  /** Revealed one at a time; the last one may all but give the answer away. */
  hints: string[];
  /** Terminal commands pre-filled for replay (the attacker's view, then the fix). */
  demo?: string[];
  /** The build context the simulated `docker build` sees: path -> content (the files the Dockerfile copies). */
  context?: Record<string, string>;
}

/** One line in the exercise's "Checks" list. */
export interface Check {
  id: string;
  title: string;
  source: 'rule' | 'goal';
  file: string;
  pass: boolean;
  severity?: Severity;
  message: string;
  why: string;
  ruleId?: string;
  /** Where the problem is; empty when the check passes or has no position. */
  locations: { line: number; column: number; endLine: number; endColumn: number; message: string }[];
}
