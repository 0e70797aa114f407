import type { LoadedProfiles } from '../../apparmor';
import type { WorkspaceFiles } from '../../interpreter';
import { baseName } from '../../vfs/paths';
import { readFile } from '../fsops';
import { fail, ok, type Command } from '../types';

/** The profile file `apparmor_parser` was pointed at: an editor tab (by path or basename), or a host file. */
function profileText(files: WorkspaceFiles, ctx: Parameters<Command>[0], path: string): string | null {
  const editor = files();
  const fromEditor = editor[path] ?? editor[baseName(path)];
  if (fromEditor !== undefined) return fromEditor;
  const onDisk = readFile(ctx.proc, path);
  return 'content' in onDisk ? onDisk.content : null;
}

export function apparmorParser(profiles: LoadedProfiles, files: WorkspaceFiles): Command {
  return (ctx) => {
    const { args, proc } = ctx;
    const remove = args.includes('-R') || args.includes('--remove');
    const replace = args.includes('-r') || args.includes('--replace');
    const paths = args.filter((a) => !a.startsWith('-'));
    if (paths.length === 0) return fail('apparmor_parser: no profile file given; try apparmor_parser -r -W /etc/apparmor.d/containers/<name>\n');
    for (const path of paths) {
      const text = profileText(files, ctx, path);
      if (text === null) return fail(`File ${path} not found, skipping...\n`);
      if (proc.identity.uid !== 0) {
        return fail(`apparmor_parser: Unable to ${remove ? 'remove' : replace ? 'replace' : 'add'} profiles from ${path}.  Permission denied; attempted to load a profile while confined?\n`, 1);
      }
      if (remove) {
        const removed = profiles.remove(text);
        if (removed.length === 0) return fail(`apparmor_parser: Unable to remove "${path}".  Profile doesn't exist\n`);
        continue;
      }
      const result = profiles.load(text, path, replace);
      if ('error' in result) return fail(`${result.error}\n`);
    }
    return ok();
  };
}

export function aaStatus(profiles: LoadedProfiles, confinedProcesses: () => { command: string; pid: number; profile: string }[]): Command {
  return ({ proc }) => {
    if (proc.identity.uid !== 0) return fail('apparmor module is loaded.\nYou do not have enough privilege to read the profile set.\n', 4);
    const loaded = profiles.list();
    const enforce = loaded.filter((p) => p.mode !== 'complain');
    const complain = loaded.filter((p) => p.mode === 'complain');
    const processes = confinedProcesses();
    const lines = [
      'apparmor module is loaded.',
      `${loaded.length} profiles are loaded.`,
      `${enforce.length} profiles are in enforce mode.`,
      ...enforce.map((p) => `   ${p.name}`),
      `${complain.length} profiles are in complain mode.`,
      ...complain.map((p) => `   ${p.name}`),
      '0 profiles are in kill mode.',
      '0 profiles are in unconfined mode.',
      `${processes.length} processes have profiles defined.`,
      `${processes.length} processes are in enforce mode.`,
      ...processes.map((p) => `   ${p.command} (${p.pid}) ${p.profile}`),
      '0 processes are in complain mode.',
      '0 processes are unconfined but have a profile defined.',
    ];
    return ok(`${lines.join('\n')}\n`);
  };
}
