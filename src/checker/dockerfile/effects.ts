import type { Span } from '../core/types';
import type { FileWrite, ShellCommand } from './model';

const SIMPLE = new Map<string, FileWrite['kind']>([['rm', 'rm'], ['mkdir', 'mkdir'], ['touch', 'touch']]);
/** Programs that change files by their arguments; any other command changes files only through `>`. */
const FILE_PROGRAMS = new Set(['chmod', 'chown', 'rm', 'mkdir', 'touch', 'tee']);

function writesToFile(redirect: { op: string; target: string }): boolean {
  const { op, target } = redirect;
  return (op.endsWith('>') || op.endsWith('>>') || op.endsWith('>|')) && !target.startsWith('/dev/') && target !== '';
}

function operands(args: readonly string[]): { options: string[]; paths: string[] } {
  const options: string[] = [];
  const paths: string[] = [];
  for (const a of args) (a.startsWith('-') && paths.length === 0 ? options : paths).push(a);
  return { options, paths };
}

function isRecursive(options: readonly string[]): boolean {
  return options.some((o) => o === '--recursive' || /^-[a-zA-Z]*[rR]/.test(o));
}

/** What `echo`/`printf` print, when the words say it plainly. */
function printed(command: ShellCommand): string | null {
  if (command.program === 'echo') return `${command.args.filter((a) => !/^-[neE]+$/.test(a)).join(' ')}\n`;
  if (command.program === 'printf') return command.args[0] ?? '';
  return null;
}

/** From the program word to the last word of a command; the first word's line when it has none. */
function commandSpan(command: ShellCommand): Span {
  const first = command.wordSpans[command.words.length - command.args.length - 1] ?? command.wordSpans[0];
  const last = command.wordSpans[command.wordSpans.length - 1];
  if (!first || !last) return { line: command.line, column: 1, endLine: command.line, endColumn: 2 };
  return { line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}

/**
 * The file-system effects of one command that a simulator can replay: chmod, chown, rm, mkdir,
 * touch, `> file`, appended to `writes` (most commands add nothing, so no array is made for them).
 * `where` overrides the command's own span (an exec-form RUN has no word offsets).
 */
export function addFileWrites(writes: FileWrite[], command: ShellCommand, heredocContent: ReadonlyMap<string, string>, where?: Span): void {
  const { program, args, line } = command;
  // Most commands touch no file: skip them before working out where they are written.
  if (!FILE_PROGRAMS.has(program) && !command.redirects.some(writesToFile)) return;
  const span = where ?? commandSpan(command);
  const simple = SIMPLE.get(program);
  if (program === 'chmod' || program === 'chown') {
    const { options, paths } = operands(args);
    const [value, ...targets] = paths;
    if (value !== undefined && targets.length > 0) {
      writes.push({ kind: program, paths: targets, recursive: isRecursive(options), value, content: null, line, span });
    }
  } else if (simple !== undefined) {
    const { options, paths } = operands(args);
    if (paths.length > 0) writes.push({ kind: simple, paths, recursive: isRecursive(options), value: null, content: null, line, span });
  } else if (program === 'tee') {
    const { paths } = operands(args);
    if (paths.length > 0) writes.push({ kind: 'write', paths, recursive: false, value: null, content: null, line, span });
  }
  const input = command.redirects.find((r) => r.op.endsWith('<<') || r.op.endsWith('<<-'));
  const inputContent = input ? heredocContent.get(input.target.replace(/^-/, '')) ?? null : null;
  for (const r of command.redirects) {
    if (!writesToFile(r)) continue;
    const content = program === 'cat' ? inputContent : printed(command);
    writes.push({ kind: 'write', paths: [r.target], recursive: false, value: r.op.includes('>>') ? 'append' : null, content, line, span });
  }
}
