import type { Span } from '../../core/types';
import type { ImageModel, RunStep, ShellCommand, Stage } from '../model';

/** The final stage when it is a real one (not the stand-in for instructions without FROM). */
export function finalStage(model: ImageModel): Stage | null {
  const stage = model.final;
  return stage && !stage.implicit ? stage : null;
}

type RunEntry = { stage: Stage; run: RunStep };
type CommandEntry = { stage: Stage; run: RunStep; command: ShellCommand; index: number };

/** Built once per model and shared by every rule that walks it; rules only read these lists. */
const runLists = new WeakMap<ImageModel, readonly RunEntry[]>();
const commandLists = new WeakMap<ImageModel, readonly CommandEntry[]>();

/** Every RUN step of every stage, with its stage. */
export function allRuns(model: ImageModel): readonly RunEntry[] {
  let list = runLists.get(model);
  if (!list) {
    const entries: RunEntry[] = [];
    for (const stage of model.stages) for (const run of stage.runs) entries.push({ stage, run });
    list = entries;
    runLists.set(model, list);
  }
  return list;
}

/** Every shell command of every RUN, with its RUN and stage. Exec-form RUNs are read as one command. */
export function allCommands(model: ImageModel): readonly CommandEntry[] {
  let list = commandLists.get(model);
  if (!list) {
    const entries: CommandEntry[] = [];
    for (const { stage, run } of allRuns(model)) {
      commandsOf(run).forEach((command, index) => entries.push({ stage, run, command, index }));
    }
    list = entries;
    commandLists.set(model, list);
  }
  return list;
}

/** The commands of a RUN; an exec-form RUN is one command, or the script it hands to a shell. */
export function commandsOf(run: RunStep): ShellCommand[] {
  if (run.form === 'shell') return run.commands;
  return [execCommand(run)];
}

function execCommand(run: RunStep): ShellCommand {
  const [program = '', ...args] = run.argv;
  const name = program.slice(program.lastIndexOf('/') + 1);
  const sudo = name === 'sudo';
  const words = sudo ? args : run.argv.slice(1);
  const real = sudo ? (words[0] ?? '') : name;
  return {
    words: run.argv,
    wordSpans: run.argv.map(() => run.span),
    assignments: [],
    program: real.slice(real.lastIndexOf('/') + 1),
    args: sudo ? words.slice(1) : words,
    sudo,
    next: null,
    redirects: [],
    line: run.line,
  };
}

const APT_PROGRAMS = new Set(['apt-get', 'apt', 'aptitude']);

/** The sub-command of apt-get, apt or aptitude (`install`, `update`...); null for other programs. */
export function aptAction(command: ShellCommand): string | null {
  if (!APT_PROGRAMS.has(command.program)) return null;
  return command.args.find((a) => !a.startsWith('-')) ?? null;
}


/** Whether a long option is present, as `--flag` or `--flag=value`. */
export function hasOption(args: readonly string[], long: readonly string[]): boolean {
  return args.some((a) => long.some((l) => a === l || a.startsWith(`${l}=`)));
}

/**
 * Where to report a command: the RUN's first line, as other linters do, unless the command sits
 * in a heredoc body, where its own line is the useful one.
 */
export function reportLine(run: RunStep, command: ShellCommand): number {
  return run.heredocs.some((h) => command.line >= h.line) ? command.line : run.line;
}

/** Words `from` to `to` (inclusive, clamped) of a command as one span; null for a command without words. */
export function wordsSpan(command: ShellCommand, from = 0, to = command.words.length - 1): Span | null {
  const first = command.wordSpans[Math.max(0, Math.min(from, command.wordSpans.length - 1))];
  const last = command.wordSpans[Math.max(0, Math.min(to, command.wordSpans.length - 1))];
  if (!first || !last) return null;
  return { line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}

/**
 * Where a finding about `command` goes: `span` when it starts on the line the finding reports
 * (see reportLine), otherwise the RUN's first line, which is where other linters point too.
 */
export function placeInRun(run: RunStep, command: ShellCommand, span: Span | null): Span {
  return span && span.line === reportLine(run, command) ? span : run.span;
}

/** Index in `words` of the program (after assignments and wrappers such as sudo). */
export function programIndex(command: ShellCommand): number {
  return command.words.length - command.args.length - 1;
}

/** The program word, through the first argument equal to `through` when given (e.g. `apt-get ... install`). */
export function programSpan(command: ShellCommand, through?: string): Span | null {
  const at = programIndex(command);
  const until = through === undefined ? -1 : command.args.indexOf(through);
  return wordsSpan(command, at, until === -1 ? at : at + 1 + until);
}

/** The span of argument `index` of a command (an index into `args`). */
export function argSpan(command: ShellCommand, index: number): Span | null {
  return index < 0 ? null : wordsSpan(command, programIndex(command) + 1 + index, programIndex(command) + 1 + index);
}
