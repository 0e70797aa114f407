import type { RunStep } from '../checker/dockerfile/model';
import { toolErrorText } from './shell/messages';
import { normalizePath } from './vfs/paths';
import type { FileTree } from './vfs/tree';

/** What a RUN prints while it runs, and the exit code of the command that made it fail (0 if none). */
export interface RunLog {
  lines: string[];
  exitCode: number;
}

/**
 * The output of the `cat FILE` commands of a RUN, read from the stage's files as they are while the
 * step runs (its secret mounts included). A `cat` whose status ends the script, or stops an `&&`
 * chain, fails the step on a missing file, as it does in the builder's container.
 */
export function runLog(tree: FileTree, run: RunStep, workdir: string, busybox: boolean): RunLog {
  const lines: string[] = [];
  let previous: RunStep['commands'][number]['next'] = null;
  for (const command of run.commands) {
    const after = previous;
    previous = command.next;
    if (command.program !== 'cat' || command.nested || after === '||') continue;
    const decides = command.next === null || command.next === '&&';
    const printed = command.redirects.length === 0 && command.next !== '|';
    for (const arg of command.args.filter((a) => !a.startsWith('-'))) {
      const node = tree.get(normalizePath(arg, workdir));
      if (!node || node.type === 'dir') {
        lines.push(toolErrorText(busybox, 'cat', 'open', arg, node ? 'EISDIR' : 'ENOENT').trimEnd());
        if (decides) return { lines, exitCode: 1 };
        continue;
      }
      if (printed) lines.push(...node.content.replace(/\n$/, '').split('\n'));
    }
  }
  return { lines, exitCode: 0 };
}
