import { checkAccess } from '../access';
import type { Proc } from '../process';
import { normalizePath } from '../vfs/paths';
import { absolute, follow, fsErrorText, readFile, writeFile } from './fsops';
import { parseLine, type SimpleCommand } from './parse';
import { fail, ok, type Command, type CommandContext, type Output, type Services, type Session } from './types';

/** Looks a program up on the PATH of the process; the host has every program the simulator knows. */
export function findProgram(proc: Proc, name: string): string | null {
  if (name.includes('/')) {
    const path = absolute(proc, name);
    return proc.vfs.stat(path) ? path : null;
  }
  const dirs = (proc.env.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin').split(':');
  for (const dir of dirs) {
    const path = normalizePath(`${dir}/${name}`);
    if (proc.vfs.stat(path)) return path;
  }
  return null;
}

function notFound(session: Session, name: string): Output {
  if (session.shell === 'ash') return fail(`sh: ${name}: not found\n`, 127);
  return fail(`bash: ${name}: command not found\n`, 127);
}

function shellName(session: Session): string {
  return session.shell === 'ash' ? 'sh' : 'bash';
}

/** Runs command lines in a session: pipes, redirections, `&&`/`||`/`;`, builtins and programs. */
export class ShellRuntime {
  /** On the host every known program exists; in containers only those on the image's PATH. */
  constructor(private readonly programs: Record<string, Command>) {}

  run(services: Services, session: Session, line: string): Output {
    const pipelines = parseLine(line, session.proc.env);
    const top = services.current();
    let stdout = '';
    let code = 0;
    let skip = false;
    for (const pipeline of pipelines) {
      if (!skip) {
        let input = '';
        pipeline.commands.forEach((command, index) => {
          const result = this.simple(services, session, command, input);
          code = result.code;
          const last = index === pipeline.commands.length - 1;
          stdout += last ? result.stdout + result.stderr : result.stderr;
          input = result.stdout;
        });
      }
      skip = pipeline.next === '&&' ? code !== 0 : pipeline.next === '||' ? code === 0 : false;
      // A command that opened or left an interactive shell ends the line, as the terminal now belongs to that shell.
      if (services.current() !== top) break;
    }
    return { stdout, stderr: '', code };
  }

  private simple(services: Services, session: Session, command: SimpleCommand, stdin: string): Output {
    const proc = session.proc;
    let input = stdin;
    for (const redirect of command.redirects.filter((r) => r.op === '<')) {
      const result = readFile(proc, redirect.target);
      if ('error' in result) return fail(`${shellName(session)}: can't open ${redirect.target}: no such file\n`);
      input = result.content;
    }
    const result = this.exec(services, session, command.argv, input);
    const outputs = command.redirects.filter((r) => r.op !== '<');
    if (outputs.length === 0) return result;
    let stdout = result.stdout;
    for (const redirect of outputs) {
      const error = writeFile(proc, redirect.target, stdout, redirect.op === '>>');
      if (error) {
        const reason = fsErrorText(error);
        const message = session.shell === 'ash' ? `sh: can't create ${redirect.target}: ${reason}\n` : `bash: ${redirect.target}: ${reason}\n`;
        return { stdout: '', stderr: result.stderr + message, code: 1 };
      }
      stdout = '';
    }
    return { stdout: '', stderr: result.stderr, code: result.code };
  }

  exec(services: Services, session: Session, argv: string[], stdin: string): Output {
    const proc = session.proc;
    const [name, ...args] = argv;
    if (name === undefined) return ok();
    const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(name);
    if (assignment && args.length === 0) {
      proc.env[assignment[1] ?? ''] = assignment[2] ?? '';
      return ok();
    }
    switch (name) {
      case 'exit':
        services.leave();
        return ok();
      case 'cd': return this.cd(session, args[0]);
      case 'pwd': return ok(`${proc.cwd}\n`);
      case 'export':
        for (const pair of args) {
          const [key = '', ...value] = pair.split('=');
          if (value.length) proc.env[key] = value.join('=');
        }
        return ok();
      case 'echo': case 'true': case 'false':
        return this.dispatch(services, session, name, args, stdin);
      default: break;
    }
    const program = name.split('/').pop() ?? name;
    const path = findProgram(proc, name);
    const known = this.programs[program];
    if (!path && !(proc.kind === 'host' && known)) {
      return name.includes('/') ? fail(`${shellName(session)}: ${name}: not found\n`, 127) : notFound(session, name);
    }
    if (path) {
      const target = follow(proc, path);
      const denied = target.node ? checkAccess(proc, target.path, target.node, 'exec') : null;
      if (denied) return fail(`${shellName(session)}: ${name}: Permission denied\n`, 126);
      // A text file without a known program behind it runs as a shell script, as bash does.
      const isScript = target.node?.type === 'file' && !target.node.content.startsWith('\x7fELF') && !known;
      if (isScript) return this.script(services, session, target.node?.content ?? '');
    }
    return this.dispatch(services, session, program, args, stdin);
  }

  private dispatch(services: Services, session: Session, program: string, args: string[], stdin: string): Output {
    const implementation = this.programs[program];
    if (!implementation) return ok();
    const ctx: CommandContext = { proc: session.proc, args, stdin, services, session };
    return implementation(ctx);
  }

  /** Runs a script's lines one after another in the same session. */
  script(services: Services, session: Session, text: string): Output {
    let stdout = '';
    let code = 0;
    const top = services.current();
    for (const line of text.split('\n')) {
      if (line.trim() === '' || line.trim().startsWith('#')) continue;
      const result = this.run(services, session, line);
      stdout += result.stdout;
      code = result.code;
      if (services.current() !== top) break;
    }
    return { stdout, stderr: '', code };
  }

  private cd(session: Session, target: string | undefined): Output {
    const proc = session.proc;
    const home = proc.env.HOME ?? '/';
    const path = absolute(proc, target === undefined || target === '~' ? home : target.replace(/^~(?=\/)/, home));
    const node = proc.vfs.stat(path);
    if (!node) return fail(session.shell === 'ash' ? `sh: cd: can't cd to ${target ?? ''}: No such file or directory\n` : `bash: cd: ${target ?? ''}: No such file or directory\n`);
    if (node.type !== 'dir') return fail(session.shell === 'ash' ? `sh: cd: can't cd to ${target ?? ''}: Not a directory\n` : `bash: cd: ${target ?? ''}: Not a directory\n`);
    proc.cwd = path;
    return ok();
  }
}
