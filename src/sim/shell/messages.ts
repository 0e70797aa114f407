import type { Proc } from '../process';
import { fsErrorText, type FsError } from './fsops';

type Verb = 'open' | 'access' | 'touch' | 'remove' | 'mkdir' | 'chmod' | 'chown';

const GNU_PHRASE: Record<Verb, (path: string) => string> = {
  open: (path) => path,
  access: (path) => `cannot access '${path}'`,
  touch: (path) => `cannot touch '${path}'`,
  remove: (path) => `cannot remove '${path}'`,
  mkdir: (path) => `cannot create directory '${path}'`,
  chmod: (path) => `changing permissions of '${path}'`,
  chown: (path) => `changing ownership of '${path}'`,
};

const BUSYBOX_PHRASE: Record<Verb, (path: string) => string> = {
  open: (path) => `can't open '${path}'`,
  access: (path) => path,
  touch: (path) => path,
  remove: (path) => `can't remove '${path}'`,
  mkdir: (path) => `can't create directory '${path}'`,
  chmod: (path) => path,
  chown: (path) => path,
};

/** An error line in the style of the tool family the image ships (BusyBox or GNU coreutils). */
export function toolError(proc: Proc, program: string, verb: Verb, path: string, error: FsError): string {
  return toolErrorText(proc.busybox, program, verb, path, error);
}

/** The same, for a tool family known without a process (a RUN of a build). */
export function toolErrorText(busybox: boolean, program: string, verb: Verb, path: string, error: FsError): string {
  const phrase = (busybox ? BUSYBOX_PHRASE : GNU_PHRASE)[verb](path);
  return `${program}: ${phrase}: ${fsErrorText(error)}\n`;
}
