import { readFile } from '../fsops';
import type { ShellRuntime } from '../run';
import { fail, ok, type Command } from '../types';

/** `sh`, `bash`: run `-c` text or a script file, or open a nested interactive shell. */
export function shellProgram(name: 'sh' | 'bash', runtime: () => ShellRuntime): Command {
  return ({ proc, args, services, session }) => {
    const shell = session.shell === 'host' ? 'host' : name === 'bash' || !proc.busybox ? 'bash' : 'ash';
    const nested = { proc, shell } as const;
    const c = args.indexOf('-c');
    if (c >= 0) return runtime().run(services, nested, args[c + 1] ?? '');
    const file = args.find((a) => !a.startsWith('-'));
    if (file) {
      const text = readFile(proc, file);
      if ('error' in text) return fail(`${name}: ${file}: No such file or directory\n`, 127);
      return runtime().script(services, session, text.content);
    }
    services.enter(nested);
    return ok();
  };
}
