import { sha256sum } from '../../sha256sum';
import { fsErrorText, readFile } from '../fsops';
import type { Command } from '../types';

export const sha256sumCommand: Command = ({ proc, args, stdin }) => sha256sum(args, stdin, (path) => {
  const result = readFile(proc, path);
  return 'error' in result ? { error: fsErrorText(result.error) } : { content: result.content };
}, proc.busybox);
