import { buildImage } from '../build';
import { style } from '../ansi';
import { ok } from '../shell/types';
import { splitArgs, type Verb } from './context';

export const build: Verb = (ctx, args) => {
  const { flags, operands } = splitArgs(args, ['-t', '--tag', '-f', '--file', '--target', '--progress', '--build-arg', '--platform']);
  if (operands.length !== 1) {
    return { stdout: '', stderr: "ERROR: \"docker buildx build\" requires exactly 1 argument.\nSee 'docker buildx build --help'.\n", code: 1 };
  }
  const fileName = flags.get('-f')?.[0] ?? flags.get('--file')?.[0] ?? 'Dockerfile';
  const editor = ctx.files();
  const dockerfile = editor[fileName] ?? ctx.context[fileName] ?? editor[fileName.split('/').pop() ?? fileName];
  if (dockerfile === undefined) {
    return { stdout: '', stderr: `${style.red(`ERROR: failed to solve: failed to read dockerfile: open ${fileName}: no such file or directory`)}\n`, code: 1 };
  }
  const result = buildImage(ctx.engine, {
    dockerfile, fileName, context: { ...ctx.context, ...editor },
    tag: flags.get('-t')?.[0] ?? flags.get('--tag')?.[0] ?? null,
    target: flags.get('--target')?.[0] ?? null,
    buildArgs: Object.fromEntries((flags.get('--build-arg') ?? []).filter((a) => a.includes('=')).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)])),
    columns: ctx.columns,
    shell: ctx.shell,
  });
  return result.image ? ok(result.output) : { stdout: '', stderr: result.output, code: 1 };
};
