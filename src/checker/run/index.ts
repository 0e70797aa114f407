import type { Finding, KindChecker, Span } from '../core/types';
import { parseRunWords, type Problem } from './args';
import { findRunInvocation } from './invocation';
import { lexScript, type Word } from './lexer';
import type { RunScriptModel, RuntimeModel } from './model';
import { RUNTIME_RULES } from './rules';
import { SCRIPT_RULES } from './script-rules';
import { findVerifications } from './verify-steps';

export type { RunCommand, RunScriptModel, RuntimeModel } from './model';

function toDiagnostic(problem: Problem): Finding {
  const { span, ...text } = problem;
  return { ruleId: 'run-syntax', severity: 'error', ...text, ...span };
}

/** Finds every `docker run` / `docker create` in a shell script and models the container each one starts. */
export function parseRunScript(text: string): RunScriptModel {
  const lexed = lexScript(text);
  const diagnostics = lexed.problems.map(toDiagnostic);
  const commands: RunScriptModel['commands'] = [];
  for (const words of lexed.commands) {
    const invocation = findRunInvocation(words);
    const first = words[0];
    const last = words[words.length - 1];
    if (!invocation || !first || !last) continue;
    const span: Span = { line: first.span.line, column: first.span.column, endLine: last.span.endLine, endColumn: last.span.endColumn };
    const parsed = parseRunWords(words.slice(invocation.argsStart), span);
    diagnostics.push(...parsed.problems.map(toDiagnostic));
    commands.push({
      command: {
        verb: invocation.verb,
        span,
        image: parsed.image,
        command: parsed.command.map((w) => w.value),
        args: words.slice(invocation.dockerAt + 1).map((w) => w.value),
      },
      runtime: parsed.runtime,
    });
  }
  const { verifications, variables } = findVerifications(text, lexed);
  return { commands, verifications, variables, diagnostics };
}

/** Parses the words typed after `docker run` in the terminal; columns count from the first word, one space apart. */
export function parseRunArgs(args: string[]): { runtime: RuntimeModel; image: string | null; command: string[]; diagnostics: Finding[] } {
  let column = 1;
  const words: Word[] = args.map((value) => {
    const word: Word = { raw: value, value, span: { line: 1, column, endLine: 1, endColumn: column + value.length } };
    column += value.length + 1;
    return word;
  });
  const span: Span = { line: 1, column: 1, endLine: 1, endColumn: Math.max(column - 1, 1) };
  const parsed = parseRunWords(words, span);
  return {
    runtime: parsed.runtime,
    image: parsed.image?.value ?? null,
    command: parsed.command.map((w) => w.value),
    diagnostics: parsed.problems.map(toDiagnostic),
  };
}

export const runChecker: KindChecker<RunScriptModel> = {
  kind: 'run',
  parse: parseRunScript,
  rules: [...RUNTIME_RULES, ...SCRIPT_RULES],
};
