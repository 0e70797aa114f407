import { fsErrorText, writeFile } from '../fsops';
import type { Command } from '../types';

/** tee FILE...: copies standard input to each file (`-a` appends) and to standard output. */
export const tee: Command = ({ proc, args, stdin }) => {
  const append = args.includes('-a') || args.includes('--append');
  let stderr = '';
  for (const path of args.filter((a) => !a.startsWith('-'))) {
    const error = writeFile(proc, path, stdin, append);
    if (error) stderr += `tee: ${path}: ${fsErrorText(error)}\n`;
  }
  return { stdout: stdin, stderr, code: stderr === '' ? 0 : 1 };
};
