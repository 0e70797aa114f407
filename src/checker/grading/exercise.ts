import type { Finding, Kind, Severity } from '../core/types';
import type { ImageModel } from '../dockerfile/model';
import type { RunScriptModel } from '../run/model';
import type { AppArmorModel } from '../apparmor/model';
import type { ComposeModel } from '../compose/model';
import type { KubernetesModel } from '../kubernetes/model';
import type { SeccompModel } from '../seccomp/model';

/** One editable file of an exercise. */
export interface ExerciseFile {
  /** Shown on the editor tab, e.g. "Dockerfile", "run.sh", "docker-nginx" (AppArmor), "deployment.yaml". */
  name: string;
  kind: Kind;
  starter: string;
  solution: string;
}

/**
 * What a goal found, worded by message id: keys into the goal's `messages`, filled with `data`
 * ("{{uid}}"), so that every translation of the exercise words the same result in its own language.
 */
export interface GoalResult {
  pass: boolean;
  /**
   * Shown under the check: what is still wrong and why it matters, or what is now right. It must not
   * hand out the answer; that goes in `fixId`.
   */
  messageId: string;
  /** The exact change that fixes it, kept back until the learner has asked for every hint. */
  fixId?: string;
  /** Values for the placeholders: code, paths, names and numbers, never words of one language. */
  data?: Readonly<Record<string, string | number>>;
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
  seccomp(file?: string): SeccompModel;
  findings(file?: string): Finding[];
}

/** An exercise-specific check, written as a predicate on the models ("only the .war reaches the final stage"). */
export interface Goal {
  id: string;
  title: string;
  why: string;
  /**
   * Rules of the exercise that test the same thing: their findings fail this check instead of getting
   * checks of their own, so the list shows each thing to fix once.
   */
  rules?: string[];
  /** Every message its results name, by id, with {{name}} placeholders; a translation words the same ids. */
  messages: Readonly<Record<string, string>>;
  check(ctx: GoalContext): GoalResult;
}

/** Why a run step has no command yet: in words, or by the id of a sentence in the grading catalogue. */
export type Unavailable = { unavailable: string } | { unavailableId: 'no-container' };

/** One command of the run check, typed into the simulated terminal exactly as a learner would type it. */
export interface RunStep {
  /**
   * The command line. A function derives it from the learner's files (a Pod spec becomes the
   * `docker run` the kubelet would ask for); it returns an object with a reason when it cannot:
   * a sentence, or the id of one the checks list words in the page's language.
   */
  command: string | ((ctx: GoalContext) => string | Unavailable);
  /** The exit status that counts as success; 0 unless said otherwise. */
  exitCode?: number;
  /** Text the output must contain, e.g. the line a server prints once it is up. */
  output?: string;
  /** The file a failure of this command points at; the exercise's first file unless said otherwise. */
  file?: string;
  /** A command whose output says why this one failed, such as `docker logs app` for a container that stopped. */
  explain?: string;
}

/** What "the learner's files build and run" means for one exercise: the terminal session that must succeed. */
export interface RunSpec {
  /** The check's title, e.g. "The image builds and the server starts". */
  title: string;
  why: string;
  /** Shown once every step succeeds: what now works. */
  passed: string;
  /** Run in order in a fresh simulator, which also holds the exercise's build context. */
  steps: RunStep[];
}

export interface Exercise {
  /** Globally unique, "<lesson-slug>/<short-id>". */
  id: string;
  lesson: string;
  title: string;
  /** One short paragraph: what to change. Plain text with `code` spans. */
  task: string;
  files: ExerciseFile[];
  /**
   * Rule ids that must report nothing on the learner's files. Rules a goal names are graded with that
   * goal; the others share one check per file.
   */
  rules: string[];
  goals: Goal[];
  /** How the learner's files are built and started in the simulator; a failure there fails the exercise. */
  run: RunSpec;
  /** Revealed one at a time; the last one may all but give the answer away. */
  hints: string[];
  /** Terminal commands offered as suggestions beside the terminal (the attacker's view, then the fix). */
  demo?: string[];
  /** The build context the simulated `docker build` sees: path -> content (the files the Dockerfile copies). */
  context?: Record<string, string>;
}

/** Where a check points in a file, and what it says there. */
export interface CheckLocation {
  /** The file, when it is not the check's own (a rule found in another file of the exercise). */
  file?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  ruleId?: string;
}

/** One line in the exercise's "Checks" list. */
export interface Check {
  id: string;
  title: string;
  /**
   * rule: rules of the exercise that no goal covers; goal: an exercise goal; readable: whether a file
   * can be built or read at all; run: the learner's files built and started in the simulator.
   */
  source: 'rule' | 'goal' | 'readable' | 'run';
  file: string;
  pass: boolean;
  /** The run check before the simulator has answered: not passed, not failed either. */
  pending?: boolean;
  severity?: Severity;
  /** What is wrong and why, or what is now right. */
  message: string;
  /** The exact fix, for learners who have asked for every hint. */
  fix?: string;
  why: string;
  /** The rules behind this check, each with a page to read. */
  rules: { id: string; title: string }[];
  /** Where the problem is; empty when the check passes or has no position. */
  locations: CheckLocation[];
}
