import { readFile } from '../fsops';
import type { ShellRuntime } from '../run';
import type { Dialect } from '../state';
import { fail, ok, type Command } from '../types';

/** The shell `sh` is on a system: BusyBox ash where BusyBox provides the tools, dash on Debian and Ubuntu. */
function dialectFor(name: 'sh' | 'bash', busybox: boolean): Dialect {
  if (name === 'bash') return 'bash';
  return busybox ? 'ash' : 'dash';
}

/** `sh`, `bash`: run `-c` text, a script file or standard input, or open a nested interactive shell. */
export function shellProgram(name: 'sh' | 'bash', runtime: () => ShellRuntime): Command {
  return ({ proc, args, services, session, stdin }) => {
    const dialect = dialectFor(name, proc.busybox);
    const options: string[] = [];
    let i = 0;
    for (; i < args.length; i++) {
      const arg = args[i] ?? '';
      if (arg === '--') {
        i++;
        break;
      }
      if (!/^[-+]\w+$/.test(arg)) break;
      if (arg === '-o' || arg === '+o') {
        options.push(`${arg} ${args[++i] ?? ''}`);
        continue;
      }
      options.push(arg);
    }
    const flags = options.filter((o) => o.startsWith('-') && !o.startsWith('-o')).join('');
    const setOptions = options.filter((o) => !/^-[cils]+$/.test(o)).map((o) => `set ${o}\n`).join('');
    const operands = args.slice(i);
    if (flags.includes('c')) {
      const [text = '', zero, ...rest] = operands;
      if (operands.length === 0) return fail(`${name}: -c: option requires an argument\n`, 2);
      return runtime().script(services, session, setOptions + text, { dialect, name: zero ?? name, script: null, args: rest }, stdin);
    }
    const [file, ...rest] = operands;
    if (file !== undefined && !flags.includes('s')) {
      const text = readFile(proc, file);
      if ('error' in text) {
        const message = dialect === 'bash' ? `${name}: ${file}: No such file or directory\n` : dialect === 'dash' ? `${name}: 0: cannot open ${file}: No such file\n` : `${name}: can't open '${file}': No such file or directory\n`;
        return fail(message, dialect === 'bash' ? 127 : 2);
      }
      return runtime().script(services, session, setOptions + text.content, { dialect, name: file, script: file, args: rest });
    }
    if (stdin !== '') return runtime().script(services, session, setOptions + stdin, { dialect, name, script: null, args: operands });
    const shell = session.shell === 'host' ? 'host' : dialect === 'ash' ? 'ash' : 'bash';
    services.enter({ proc, shell });
    return ok();
  };
}
