import type { Hit, Rule, Span } from '../../core/types';
import type { ImageModel, RunStep, ShellCommand } from '../model';
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
    examples: {
      bad: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \\\n && rm -rf /var/lib/apt/lists/*\nRUN curl -fsSL https://example.com/data.tgz | tar xz -C /opt\n',
      good: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \\\n && rm -rf /var/lib/apt/lists/*\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/data.tgz | tar xz -C /opt\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const { run } of allRuns(model)) {
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
        if (command.next === '|' && !pipefail) {
          const plainSh = run.form === 'shell' && setsPipefail(run.shell);
          hits.push({
            ...pipeSpan(run, command, commands[index + 1]),
            message: plainSh
              ? `SHELL ${run.shell[0] ?? ''} may not support -o pipefail, so this pipe can hide a failure; use SHELL ["/bin/bash", "-o", "pipefail", "-c"].`
              : `This RUN pipes ${command.program} into another command without pipefail, so a failure of ${command.program} is ignored; add SHELL ["/bin/bash", "-o", "pipefail", "-c"] before it.`,
          });
          break;
        }
      }
    }
    return hits;
  },
};
