import type { Hit, Rule, Span } from '../../core/types';
import type { ImageModel, RunStep, ShellCommand, Stage } from '../model';
import { allRuns, placeInRun, programSpan } from './helpers';
import { splitCommands } from '../shell';

/** Shells where `-o pipefail` works; plain sh (dash on Debian) may reject or ignore it. */
const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash', 'ksh', 'mksh']);
const NON_POSIX = /^(pwsh|powershell|cmd)(\.exe)?$/i;

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `-o pipefail`, `-eo pipefail`, `-euxo pipefail` in an argument list. */
function setsPipefail(args: readonly string[]): boolean {
  return args.some((a, i) => a === 'pipefail' && /^-[a-zA-Z]*o$/.test(args[i - 1] ?? '')) || args.includes('-opipefail');
}

/** The commands a RUN executes, reading `["bash", "-c", "a | b"]` as the script it hands to the shell. */
function scriptCommands(run: RunStep): ShellCommand[] | null {
  if (run.form === 'shell') return run.commands;
  const c = run.argv.indexOf('-c');
  if (c === -1 || !PIPEFAIL_SHELLS.has(basename(run.argv[0] ?? '')) && basename(run.argv[0] ?? '') !== 'sh') return null;
  const flags = run.argv.slice(1, c);
  if (setsPipefail(flags)) return null;
  return splitCommands(run.argv[c + 1] ?? '', () => ({ line: run.line, column: 1 }));
}

/** The pipe from the writing command to the reading one, when it starts on the RUN's first line. */
function pipeSpan(run: RunStep, writer: ShellCommand, reader: ShellCommand | undefined): Span {
  if (run.form === 'exec' || writer.line !== run.line) return run.span;
  const from = programSpan(writer);
  const to = reader ? programSpan(reader) : null;
  return placeInRun(run, writer, from && to ? { line: from.line, column: from.column, endLine: to.endLine, endColumn: to.endColumn } : from);
}

/**
 * Writers that cannot fail on their own: `echo "$SHA  file" | sha256sum -c -` or
 * `{ echo a; echo b; } | tee conf` hide nothing, since everything that can fail is the last command.
 */
const SAFE_WRITERS = new Set(['echo', 'printf', 'true', ':', 'yes']);
/** Readers that fail on empty or truncated input, so a failed writer still fails the pipeline. */
function failsOnBadInput(reader: ShellCommand): boolean {
  const { program, args } = reader;
  if (/^(sha(1|224|256|384|512)|md5|b2)sum$/.test(program)) return args.some((a) => a === '--check' || /^-[a-z]*c[a-z]*$/.test(a));
  // grep exits 1 when nothing matches, unless -v, -c or -L turn that around.
  if (program === 'grep' || program === 'egrep' || program === 'fgrep') return !args.some((a) => /^-[a-zA-Z]*[vcL]/.test(a) || a === '--invert-match' || a === '--count');
  return false;
}
/** Compound commands in whose condition a failing pipeline just takes the other branch. */
const CONDITIONS = new Set(['if', 'elif', 'while', 'until', '!']);

/** Index of the last command of the pipeline that starts at `start`. */
function pipelineEnd(commands: readonly ShellCommand[], start: number): number {
  let end = start;
  while (end < commands.length - 1 && commands[end]?.next === '|') end++;
  return end;
}

/**
 * The first writer of a pipeline whose failure the pipeline would hide, or null when none can:
 * every writer is one that cannot fail, the reader fails on bad input, the pipeline is a
 * condition, or its failure is ignored on purpose (`a | b || true`).
 */
function hidingWriter(pipeline: readonly ShellCommand[], after: ShellCommand | undefined): ShellCommand | null {
  const first = pipeline[0];
  const reader = pipeline[pipeline.length - 1];
  if (!first || !reader || pipeline.length < 2) return null;
  if (CONDITIONS.has(first.words[0] ?? '')) return null;
  if (reader.next === '||' && (after?.program === 'true' || after?.program === ':')) return null;
  if (failsOnBadInput(reader)) return null;
  const writers = pipeline.slice(0, -1);
  return writers.find((w) => !SAFE_WRITERS.has(w.program) && !(w.program === 'cat' && w.args.length === 0)) ?? null;
}

const ASH_ADVICE = 'start the script with set -o pipefail && (BusyBox ash supports it) or add SHELL ["/bin/ash", "-eo", "pipefail", "-c"] before it';
const BASH_ADVICE = 'add SHELL ["/bin/bash", "-o", "pipefail", "-c"] before it';
const SHELL_MAY_NOT = 'SHELL {{shell}} may not support -o pipefail, so this pipe can hide a failure';
const PIPE_HIDES = 'This RUN pipes {{program}} into another command without pipefail, so a failure of {{program}} is ignored';

/** Whether the stage's image has BusyBox ash and no bash (Alpine), which says how to turn pipefail on. */
function ashOnly(model: ImageModel, stage: Stage): boolean {
  let root = stage;
  const seen = new Set<number>();
  while (root.base.kind === 'stage' && root.base.stageIndex !== null && !seen.has(root.index)) {
    seen.add(root.index);
    root = model.stages[root.base.stageIndex] ?? root;
  }
  const info = root.base.info;
  return info !== null && !info.tools.includes('bash') && (info.libc === 'musl' || info.tools.includes('busybox'));
}

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'pipe-without-pipefail',
    title: 'RUN with a pipe but without pipefail',
    severity: 'warning',
    appliesTo: ['dockerfile'],
    lesson: 'build-secrets-and-supply-chain',
    why: 'A pipeline reports only the status of its last command, so `curl ... | tar x` or `wget ... | sh` can fail on the download and still let the build succeed with a broken image.',
    fix: 'Set SHELL ["/bin/bash", "-o", "pipefail", "-c"] before the RUN, or start the script with set -o pipefail in a shell that supports it.',
    refs: { hadolint: ['DL4006'], kics: ['efbf148a-67e9-42d2-ac47-02fa1c0d0b22'], semgrep: ['dockerfile.best-practice.set-pipefail'] },
    messages: {
      shellMayNotSupportAsh: `${SHELL_MAY_NOT}; ${ASH_ADVICE}.`,
      shellMayNotSupportBash: `${SHELL_MAY_NOT}; ${BASH_ADVICE}.`,
      pipeHidesFailureAsh: `${PIPE_HIDES}; ${ASH_ADVICE}.`,
      pipeHidesFailureBash: `${PIPE_HIDES}; ${BASH_ADVICE}.`,
    },
    examples: {
      bad: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \\\n && rm -rf /var/lib/apt/lists/*\nRUN curl -fsSL https://example.com/data.tgz | tar xz -C /opt\n',
      good: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \\\n && rm -rf /var/lib/apt/lists/*\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/data.tgz | tar xz -C /opt\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const { stage, run } of allRuns(model)) {
      const shellName = basename(run.shell[0] ?? '');
      if (NON_POSIX.test(shellName)) continue;
      const commands = scriptCommands(run);
      if (!commands || commands.length === 0 || NON_POSIX.test(commands[0]?.program ?? '')) continue;
      if (run.form === 'shell' && PIPEFAIL_SHELLS.has(shellName) && setsPipefail(run.shell)) continue;
      let pipefail = false;
      for (let index = 0; index < commands.length; index++) {
        const command = commands[index];
        if (!command) continue;
        if (command.program === 'set' && setsPipefail(command.args)) pipefail = true;
        if (pipefail || command.next !== '|' || command.nested) continue;
        const end = pipelineEnd(commands, index);
        const pipeline = commands.slice(index, end + 1);
        index = end;
        const writer = hidingWriter(pipeline, commands[end + 1]);
        if (!writer) continue;
        const plainSh = run.form === 'shell' && setsPipefail(run.shell);
        const shell = ashOnly(model, stage) ? 'Ash' : 'Bash';
        const span = pipeSpan(run, writer, pipeline[pipeline.indexOf(writer) + 1]);
        hits.push(plainSh
          ? { ...span, messageId: `shellMayNotSupport${shell}`, data: { shell: run.shell[0] ?? '' } }
          : { ...span, messageId: `pipeHidesFailure${shell}`, data: { program: writer.program } });
        break;
      }
    }
    return hits;
  },
};
