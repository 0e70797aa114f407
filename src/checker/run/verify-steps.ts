import type { Span } from '../core/types';
import type { LexResult, Word } from './lexer';

/**
 * The signature checks of a script (`cosign verify`, `notation verify`) and what each one guards: the
 * part of the script that a failing check keeps from running. The shell's rules decide that: under
 * `set -e` a failing simple command ends the script, but not one on the left of `&&` or `||`, in an
 * `if` condition, after `!`, or before a `|` without pipefail; `verify && next` guards the chain.
 */

export interface ImageVerification {
  tool: 'cosign' | 'notation';
  span: Span;
  /** The image operands, with the script's own variables substituted. */
  images: { value: string; span: Span }[];
  /** Flag values by name, e.g. `--certificate-identity`; `--flag=value` and `--flag value` alike. */
  flags: ReadonlyMap<string, { value: string; span: Span }>;
  /** The part of the script a failure keeps from running, from the end of the check to `to` (exclusive; null: the end of the script); null when nothing is. */
  guards: { from: Position; to: Position | null } | null;
}

export interface Position {
  line: number;
  column: number;
}

/** Whether a position lies in what a verification guards. */
export function isGuarded(verification: ImageVerification, at: Position): boolean {
  const g = verification.guards;
  if (!g) return false;
  const after = (a: Position, b: Position): boolean => a.line > b.line || (a.line === b.line && a.column >= b.column);
  return after(at, g.from) && (g.to === null || !after(at, g.to));
}

/** cosign verify's options that take a value; any other option is read as a switch. */
const VALUE_FLAGS = new Set([
  '--certificate-identity', '--certificate-identity-regexp', '--certificate-oidc-issuer', '--certificate-oidc-issuer-regexp',
  '--key', '--certificate', '--certificate-chain', '--output', '-o', '--annotations', '-a', '--attachment', '--rekor-url',
  '--trusted-root', '--ca-roots', '--ca-intermediates', '--certificate-github-workflow-repository', '--certificate-github-workflow-ref',
  '--certificate-github-workflow-trigger', '--certificate-github-workflow-sha', '--certificate-github-workflow-name', '--timeout',
  '--signature', '--payload', '--type', '--policy', '--trust-policy', '--plugin-config', '--username', '--password',
]);
const LEADING = new Set(['then', 'do', 'else', 'elif', '{', 'time', 'command', 'exec', 'sudo']);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

export function lineOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function offsetOf(starts: readonly number[], line: number, column: number): number {
  return (starts[line - 1] ?? 0) + column - 1;
}

/** `$NAME` and `${NAME}` replaced by what the script assigned before; unknown names stay as written. */
export function substitute(value: string, variables: ReadonlyMap<string, string>): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced: string | undefined, bare: string | undefined) => variables.get(braced ?? bare ?? '') ?? whole);
}

interface Scanned {
  words: readonly Word[];
  start: number;
  end: number;
  first: Position;
  last: Position;
  /** The operator text between this command and the next one (`&&`, `||`, `|`, `;`, a newline). */
  after: string;
}

function scan(text: string, lexed: LexResult): Scanned[] {
  const starts = lineOffsets(text);
  const spans = lexed.commands.map((words) => {
    const first = words[0];
    const last = words[words.length - 1];
    return {
      words,
      start: first ? offsetOf(starts, first.span.line, first.span.column) : 0,
      end: last ? offsetOf(starts, last.span.endLine, last.span.endColumn) : 0,
      first: { line: first?.span.line ?? 1, column: first?.span.column ?? 1 },
      last: { line: last?.span.endLine ?? 1, column: last?.span.endColumn ?? 1 },
    };
  });
  return spans.map((s, i) => {
    const next = spans[i + 1];
    // Redirections (`2>/dev/null`, `>&2`) sit between a command and its operator; they are not operators.
    const between = text.slice(s.end, next ? next.start : text.length).replace(/\\\r?\n/g, ' ').replace(/\d*(?:>>|>&|<&|&>>?|>\||<|>)[ \t]*[^ \t\n;&|]*/g, ' ');
    // Only the operator counts, not a comment or a redirection's target after it.
    const op = /^[^\n#]*?(&&|\|\||\||;|&)/.exec(between)?.[1] ?? (between.includes('\n') || next === undefined ? '\n' : ';');
    return { ...s, after: op };
  });
}

function errexitFrom(words: readonly Word[]): { errexit?: boolean; pipefail?: boolean } {
  if (words[0]?.value !== 'set') return {};
  const result: { errexit?: boolean; pipefail?: boolean } = {};
  for (let i = 1; i < words.length; i++) {
    const value = words[i]?.value ?? '';
    if (/^[-+][a-zA-Z]+$/.test(value) && !value.startsWith('--')) {
      const on = value.startsWith('-');
      if (value.includes('e')) result.errexit = on;
      if (value.includes('o')) {
        const option = words[i + 1]?.value;
        if (option === 'pipefail') result.pipefail = on;
        if (option === 'errexit') result.errexit = on;
        i++;
      }
    }
  }
  return result;
}

function isExit(words: readonly Word[] | undefined): boolean {
  const program = words?.[0]?.value;
  if (program !== 'exit' && program !== 'return') return false;
  const status = words?.[1]?.value ?? '';
  // `exit` alone keeps the status of the command before it, here the failed verification.
  return status === '' || (/^\d+$/.test(status) ? Number(status) !== 0 : status !== '0');
}

export interface ScriptVerifications {
  verifications: ImageVerification[];
  /** The script's plain assignments (`IMAGE=…`, `export IMAGE=…`), last value wins. */
  variables: ReadonlyMap<string, string>;
}

/** Finds the verifications of a script and the span of script each one guards. */
export function findVerifications(text: string, lexed: LexResult): ScriptVerifications {
  const commands = scan(text, lexed);
  const variables = new Map<string, string>();
  let errexit = /^#![^\n]*\s-[a-z]*e/.test(text);
  let pipefail = false;
  const found: ImageVerification[] = [];
  for (let c = 0; c < commands.length; c++) {
    const command = commands[c];
    if (!command) continue;
    const words = command.words;
    const options = errexitFrom(words);
    if (options.errexit !== undefined) errexit = options.errexit;
    if (options.pipefail !== undefined) pipefail = options.pipefail;
    const declared = words[0]?.value === 'export' || words[0]?.value === 'readonly' ? words.slice(1) : words;
    if (declared.length > 0 && declared.every((w) => ASSIGNMENT.test(w.value))) {
      for (const w of declared) {
        const [, name = '', value = ''] = ASSIGNMENT.exec(w.value) ?? [];
        variables.set(name, substitute(value, variables));
      }
      continue;
    }
    let k = 0;
    let negated = false;
    let condition = false;
    while (k < words.length) {
      const value = words[k]?.value ?? '';
      if (value === '!') negated = true;
      else if (value === 'if' || value === 'while' || value === 'until' || value === 'elif') condition = true;
      else if (!LEADING.has(value) && !ASSIGNMENT.test(value)) break;
      k++;
    }
    const program = (words[k]?.value ?? '').split('/').pop();
    if ((program !== 'cosign' && program !== 'notation') || words[k + 1]?.value !== 'verify') continue;
    const flags = new Map<string, { value: string; span: Span }>();
    const images: ImageVerification['images'] = [];
    for (let i = k + 2; i < words.length; i++) {
      const word = words[i];
      if (!word) continue;
      if (word.value.startsWith('-') && word.value !== '-') {
        const eq = word.value.indexOf('=');
        const name = eq > 0 ? word.value.slice(0, eq) : word.value;
        if (eq > 0) flags.set(name, { value: substitute(word.value.slice(eq + 1), variables), span: word.span });
        else if (VALUE_FLAGS.has(name)) {
          const next = words[++i];
          if (next) flags.set(name, { value: substitute(next.value, variables), span: next.span });
        } else flags.set(name, { value: 'true', span: word.span });
        continue;
      }
      images.push({ value: substitute(word.value, variables), span: word.span });
    }
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last) continue;
    found.push({
      tool: program,
      span: { line: first.span.line, column: first.span.column, endLine: last.span.endLine, endColumn: last.span.endColumn },
      images,
      flags,
      guards: guardsOf(commands, c, { errexit, pipefail, negated, condition }),
    });
  }
  return { verifications: found, variables };
}

function guardsOf(commands: readonly Scanned[], at: number, state: { errexit: boolean; pipefail: boolean; negated: boolean; condition: boolean }): ImageVerification['guards'] {
  const command = commands[at];
  if (!command) return null;
  const from = command.last;
  const next = commands[at + 1];
  if (state.condition) {
    // `if ! verify; then exit 1; fi` stops the script; `if verify; then …; fi` guards its then-branch.
    const fi = commands.findIndex((c, i) => i > at && c.words[0]?.value === 'fi');
    const elseAt = commands.findIndex((c, i) => i > at && (c.words[0]?.value === 'else' || c.words[0]?.value === 'elif'));
    const branchEnd = elseAt > at && (fi < 0 || elseAt < fi) ? elseAt : fi;
    const branch = commands.slice(at + 1, branchEnd < 0 ? undefined : branchEnd);
    if (state.negated) return branch.some((c) => isExit(c.words.slice(c.words[0]?.value === 'then' ? 1 : 0))) ? { from, to: null } : null;
    return { from, to: branchEnd < 0 ? null : commands[branchEnd]?.first ?? null };
  }
  if (state.negated) return null;
  if (command.after === '&&') {
    let end = at + 1;
    while (commands[end]?.after === '&&') end++;
    return { from, to: commands[end]?.last ?? from };
  }
  if (command.after === '||') return isExit(next?.words) ? { from, to: null } : null;
  if (command.after === '|') return state.errexit && state.pipefail ? { from, to: null } : null;
  return state.errexit ? { from, to: null } : null;
}
