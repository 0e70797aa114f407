import { chown } from './files';
import type { Command } from '../types';

/** `chgrp [-R] GROUP FILE...`: chown with only a group, in chgrp's own words. */
export const chgrp: Command = (ctx) => {
  const flags = ctx.args.filter((a) => a.startsWith('-') && a.length > 1);
  const [group, ...files] = ctx.args.filter((a) => !a.startsWith('-') || a.length === 1);
  if (group === undefined || files.length === 0) {
    const usage = ctx.proc.busybox
      ? 'BusyBox v1.37.0 multi-call binary.\n\nUsage: chgrp [-RhLHPcvf]... GROUP FILE...\n'
      : `chgrp: missing operand${group === undefined ? '' : ` after '${group}'`}\nTry 'chgrp --help' for more information.\n`;
    return { stdout: '', stderr: usage, code: 1 };
  }
  const result = chown({ ...ctx, args: [...flags, `:${group}`, ...files] });
  const unknown = `chown: unknown group ${group}\n`;
  const stderr = result.stderr === unknown && !ctx.proc.busybox ? `chgrp: invalid group: '${group}'\n` : result.stderr.replace(/^chown: /gm, 'chgrp: ');
  return { ...result, stderr };
};
