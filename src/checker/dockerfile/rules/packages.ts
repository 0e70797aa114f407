import type { RunStep, ShellCommand } from '../model';
import { commandsOf } from './helpers';

/**
 * What package managers install and remove within one RUN. A package removed before the RUN ends
 * is not in its layer: `apk add --virtual .build-deps gcc ... && apk del .build-deps`,
 * `apt-get purge -y --auto-remove gcc`, or the official images' pattern of `apt-mark auto '.*'`
 * followed by `apt-get purge --auto-remove` (everything the RUN installed and did not mark manual
 * again goes).
 */

const INSTALLERS: Record<string, string> = { 'apt-get': 'install', apt: 'install', aptitude: 'install', yum: 'install', dnf: 'install', microdnf: 'install', zypper: 'install', apk: 'add' };
const REMOVERS: Record<string, ReadonlySet<string>> = {
  'apt-get': new Set(['purge', 'remove', 'autoremove', 'autopurge']),
  apt: new Set(['purge', 'remove', 'autoremove', 'autopurge']),
  aptitude: new Set(['purge', 'remove']),
  yum: new Set(['remove', 'erase', 'autoremove']),
  dnf: new Set(['remove', 'erase', 'autoremove']),
  microdnf: new Set(['remove']),
  zypper: new Set(['remove', 'rm']),
  apk: new Set(['del']),
};

/** Options whose value is the next word, per package manager: that word is not a package. */
const VALUE_OPTIONS: Record<string, ReadonlySet<string>> = {
  apk: new Set(['-t', '--virtual', '-X', '--repository', '-p', '--root', '--arch', '--keys-dir', '--cache-dir', '--repositories-file']),
  'apt-get': new Set(['-o', '--option', '-t', '--target-release', '--default-release', '-c', '--config-file']),
  apt: new Set(['-o', '--option', '-t', '--target-release', '-c', '--config-file']),
  yum: new Set(['--enablerepo', '--disablerepo', '--setopt', '--installroot', '--releasever']),
  dnf: new Set(['--enablerepo', '--disablerepo', '--setopt', '--installroot', '--releasever']),
};
const NO_OPTIONS: ReadonlySet<string> = new Set();

/** A package manager's sub-command and the operands after it, option values left out. */
function operation(command: ShellCommand): { action: string; operands: string[]; virtual: string | null } | null {
  const { program, args } = command;
  if (!(program in INSTALLERS)) return null;
  const valueOptions = VALUE_OPTIONS[program] ?? NO_OPTIONS;
  let action = '';
  let virtual: string | null = null;
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a.startsWith('-')) {
      const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, null];
      const value = inline ?? (valueOptions.has(flag) ? args[++i] ?? '' : null);
      if (program === 'apk' && (flag === '-t' || flag === '--virtual') && value !== null) virtual = value;
      continue;
    }
    if (action === '') action = a;
    else operands.push(a.split(/[=<>]/)[0] ?? a);
  }
  return action === '' ? null : { action, operands, virtual };
}

/** Package names an install command (`apt-get install`, `apk add`, `dnf install`...) installs. */
export function installedPackages(command: ShellCommand): string[] {
  const op = operation(command);
  return op && op.action === INSTALLERS[command.program] ? op.operands : [];
}

/** For each command of a RUN, which of the packages it installs are gone again when the RUN ends. */
export interface RunPackages {
  /** Whether package `name`, installed by command `index`, is removed later in the same RUN. */
  removedAfter(index: number, name: string): boolean;
}

const cache = new WeakMap<RunStep, RunPackages>();

/** Whether an apt remove/purge also removes packages nobody depends on (marked auto). */
function autoRemoves(command: ShellCommand, action: string): boolean {
  return action === 'autoremove' || action === 'autopurge' || command.args.includes('--auto-remove') || command.args.includes('--autoremove');
}

/** Worked out in one pass over the RUN and answered in constant time, so n commands cost O(n). */
export function runPackages(run: RunStep): RunPackages {
  const known = cache.get(run);
  if (known) return known;
  const commands = commandsOf(run);
  /** Index of the last command that removes each name (a package or an apk virtual group). */
  const lastRemoval = new Map<string, number>();
  const virtualOf = new Map<number, string>();
  let lastAutoPurge = -1;
  const markAuto: number[] = [];
  commands.forEach((command, i) => {
    if (command.program === 'apt-mark' && command.args[0] === 'auto') markAuto.push(i);
    const op = operation(command);
    if (!op) return;
    if (op.virtual !== null) virtualOf.set(i, op.virtual);
    if (!REMOVERS[command.program]?.has(op.action)) return;
    for (const name of op.operands) lastRemoval.set(name, i);
    if ((command.program === 'apt-get' || command.program === 'apt') && autoRemoves(command, op.action)) lastAutoPurge = i;
  });
  // Everything installed before the last `apt-mark auto` that an auto-removing purge follows goes.
  const lastMarkAuto = markAuto.filter((j) => j < lastAutoPurge).pop() ?? -1;
  const result: RunPackages = {
    removedAfter(index, name) {
      if (index < lastMarkAuto) return true;
      const group = virtualOf.get(index);
      return (lastRemoval.get(name) ?? -1) > index || (group !== undefined && (lastRemoval.get(group) ?? -1) > index);
    },
  };
  cache.set(run, result);
  return result;
}
