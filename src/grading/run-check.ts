import type { Check, Exercise, ExerciseFile, GoalContext, RunStep } from '../checker/grading/exercise';
import { RUN_CHECK_ID, workspaceWith, type GradingChecker, type LearnerFiles } from '../checker/grading/grader';
import { stripAnsi } from '../sim/index';
import { Simulator } from '../sim/simulator';
import { gradingWords, type GradingWords } from '../checker/grading/wording';
import type { Locale } from '../i18n/locales';

/** Lines of simulator output that only show progress or context, never the reason something failed. */
const NOISE = [
  /^\[\+\] Building/, /^\s*=> /, /^-{3,}$/, /^\s*\d+ \| /, /^\s*>>> /, /^Dockerfile:\d+$/, /^ > \[/,
  /^Run '.*--help' for more information$/, /^See '.*--help'\.?$/, /^Usage: /,
];
const REASON = /error|denied|not found|unable|cannot|can't|no such|failed|refused|permission|invalid|unknown|requires/i;
const MAX_REASON = 320;
const REFUSED = new Set(['input-too-large', 'binary-input']);

/** The simulator's own words for why a command failed: its error lines, or its last lines. */
function reasonIn(output: string): string {
  const lines = output.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '' && !NOISE.some((n) => n.test(l)));
  const errors = lines.filter((l) => REASON.test(l));
  const chosen = (errors.length > 0 ? errors : lines).slice(-2).map((l) => l.trim()).join(' ');
  return chosen.length > MAX_REASON ? `${chosen.slice(0, MAX_REASON - 1)}…` : chosen;
}

/** The file a command works on, so a failure can point into it. */
function fileFor(step: RunStep, command: string, exercise: Exercise): ExerciseFile | undefined {
  const named = step.file ? exercise.files.find((f) => f.name === step.file) : undefined;
  if (named) return named;
  const kind = /\bdocker (?:image |buildx )?build\b/.test(command) ? 'dockerfile'
    : /\bdocker[ -]compose\b/.test(command) ? 'compose'
      : /\bapparmor_parser\b/.test(command) ? 'apparmor'
        : /\bsh \S+\.sh\b/.test(command) ? 'run'
          : null;
  return (kind ? exercise.files.find((f) => f.kind === kind) : undefined) ?? exercise.files[0];
}

/** The line to mark for a failure: the one the tool names, or the instruction that started what failed. */
function failureLine(file: ExerciseFile, output: string, ctx: GoalContext): number | undefined {
  const named = /^Dockerfile:(\d+)$/m.exec(output) ?? /\bline (\d+)\b/i.exec(output);
  if (named) return Number(named[1]);
  try {
    switch (file.kind) {
      case 'dockerfile': {
        const final = ctx.image(file.name).final;
        if (!final) return undefined;
        if (/unable to find (user|group)|no matching entries in (passwd|group)/.test(output)) return final.user.line;
        return final.entrypoint?.line ?? final.cmd?.line ?? final.line;
      }
      case 'run': return ctx.run(file.name).commands[0]?.runtime.span.line;
      case 'compose': return ctx.compose(file.name).services[0]?.span.line;
      case 'kubernetes': return ctx.kubernetes(file.name).workloads[0]?.containers[0]?.nameSpan.line;
      case 'apparmor': return ctx.apparmor(file.name).profiles[0]?.line;
      default: return undefined;
    }
  } catch {
    return undefined;
  }
}

/** Runs a command that explains a failure; its output is evidence, never a verdict. */
function explain(simulator: Simulator, command: string): { output: string; reason: string } | null {
  try {
    const output = stripAnsi(simulator.executeWithStatus(command).output);
    return { output, reason: reasonIn(output) };
  } catch {
    return null;
  }
}

function commandOf(step: RunStep, ctx: GoalContext, words: GradingWords): string | { unavailable: string } {
  if (typeof step.command === 'string') return step.command;
  try {
    const command = step.command(ctx);
    return typeof command === 'object' && 'unavailableId' in command ? { unavailable: words.unavailable[command.unavailableId] } : command;
  } catch (error) {
    return { unavailable: words.cannotCommand(error instanceof Error ? error.message : String(error)) };
  }
}

/**
 * Builds and starts the learner's files in a fresh simulator, the way the terminal beside the editor
 * would, and fails with the simulator's own words when a step fails. A file Docker could not read
 * fails this check too, even where the simulator is more lenient than Docker.
 */
export function runCheckWith(checker: GradingChecker, exercise: Exercise, files: LearnerFiles, graded: readonly Check[] = [], locale: Locale = 'en'): Check {
  const spec = exercise.run;
  const words = gradingWords(locale);
  const all = Object.fromEntries(exercise.files.map((f) => [f.name, files[f.name] ?? f.starter]));
  const ctx = workspaceWith(checker, exercise, all);
  const base: Check = {
    id: RUN_CHECK_ID, title: spec.title, source: 'run', file: exercise.files[0]?.name ?? '', pass: false,
    severity: 'error', message: '', why: spec.why, rules: [], locations: [],
  };
  const fail = (file: ExerciseFile | undefined, message: string, line?: number): Check => ({
    ...base,
    file: file?.name ?? base.file,
    message,
    locations: line ? [{ line, column: 1, endLine: line, endColumn: 1, message }] : [],
  });

  // Input the checker refused (too large, binary) is not handed to the simulator either.
  const refused = graded.find((c) => c.source === 'readable' && !c.pass && c.locations.some((l) => REFUSED.has(l.ruleId ?? '')));
  if (refused) return fail(exercise.files.find((f) => f.name === refused.file), words.notRun(refused.message), refused.locations[0]?.line);

  // The simulator's own words (not what the tools it simulates print) in the language of the checks.
  const simulator = new Simulator({ files: () => all, context: () => exercise.context ?? {}, language: locale });
  for (const step of spec.steps) {
    const command = commandOf(step, ctx, words);
    if (typeof command !== 'string') return fail(step.file ? exercise.files.find((f) => f.name === step.file) : undefined, command.unavailable);
    const file = fileFor(step, command, exercise);
    let output: string;
    let exitCode: number;
    try {
      const result = simulator.executeWithStatus(command);
      output = stripAnsi(result.output);
      exitCode = result.exitCode;
    } catch (error) {
      return fail(file, words.cannotSimulate(command, error instanceof Error ? error.message : String(error)));
    }
    const expected = step.exitCode ?? 0;
    const failed = exitCode !== expected || (step.output !== undefined && !output.includes(step.output));
    if (!failed) continue;
    const explanation = step.explain ? explain(simulator, step.explain) : null;
    const evidence = explanation ? `${output}\n${explanation.output}` : output;
    const line = file ? failureLine(file, evidence, ctx) : undefined;
    const more = explanation?.reason && step.explain ? words.explainShows(step.explain, explanation.reason) : '';
    if (exitCode !== expected) {
      const reason = reasonIn(output);
      return fail(file, `${reason ? words.fails(command, exitCode, reason) : words.failsSilently(command, exitCode)}${more}`, line);
    }
    const printed = reasonIn(output);
    return fail(file, `${printed ? words.missingOutput(command, step.output ?? '', printed) : words.missingOutputSilent(command, step.output ?? '')}${more}`, line);
  }

  const unreadable = graded.find((c) => c.source === 'readable' && !c.pass);
  if (unreadable) {
    const line = unreadable.locations[0]?.line;
    return fail(exercise.files.find((f) => f.name === unreadable.file), words.realToolingStops(unreadable.message), line);
  }
  return { ...base, pass: true, severity: undefined, message: spec.passed };
}
