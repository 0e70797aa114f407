import type { FileWrite, ShellCommand } from './model';

const SIMPLE: Record<string, FileWrite['kind']> = { rm: 'rm', mkdir: 'mkdir', touch: 'touch' };

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

/** The file-system effects of one command that a simulator can replay: chmod, chown, rm, mkdir, touch, `> file`. */
export function fileWrites(command: ShellCommand, heredocContent: ReadonlyMap<string, string>): FileWrite[] {
  const writes: FileWrite[] = [];
  const { program, args, line } = command;
  if (program === 'chmod' || program === 'chown') {
    const { options, paths } = operands(args);
    const [value, ...targets] = paths;
    if (value !== undefined && targets.length > 0) {
      writes.push({ kind: program, paths: targets, recursive: isRecursive(options), value, content: null, line });
    }
  } else if (SIMPLE[program] !== undefined) {
    const kind = SIMPLE[program];
    const { options, paths } = operands(args);
    if (paths.length > 0) writes.push({ kind, paths, recursive: isRecursive(options), value: null, content: null, line });
  } else if (program === 'tee') {
    const { paths } = operands(args);
    if (paths.length > 0) writes.push({ kind: 'write', paths, recursive: false, value: null, content: null, line });
  }
  const input = command.redirects.find((r) => r.op.endsWith('<<') || r.op.endsWith('<<-'));
  const inputContent = input ? heredocContent.get(input.target.replace(/^-/, '')) ?? null : null;
  for (const r of command.redirects) {
    if (!(r.op.endsWith('>') || r.op.endsWith('>>') || r.op.endsWith('>|')) || r.target.startsWith('/dev/') || r.target === '') continue;
    const content = program === 'cat' ? inputContent : printed(command);
    writes.push({ kind: 'write', paths: [r.target], recursive: false, value: r.op.includes('>>') ? 'append' : null, content, line });
  }
  return writes;
}
