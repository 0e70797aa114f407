import { checkAccess } from '../access';
import type { Proc } from '../process';
import { programOf } from '../programs';
import { readPasswd } from '../users';
import { normalizePath } from '../vfs/paths';
import { BUILTINS, ExitSignal, type Builtin } from './builtins';
import { absolute, follow, fsErrorText, readFile, writeFile } from './fsops';
import { globPaths } from './glob';
import { freshState, messagePrefix, notFoundText, stateOf, syntaxErrorText, unexpectedEndText, type Dialect, type ShellState } from './state';
import type { AndOr, Command, Group, List, Pipeline, Redirect, SimpleCommand } from './syntax/ast';
import { expandToString, expandWord, ExpansionError, type ExpansionContext } from './syntax/expand';
import { ArithmeticError } from './syntax/arithmetic';
import { parseShell } from './syntax/parse';
import { forkFailureStatus, forkFailureText, HOST_TASKS_MAX, RUNAWAY_FORK_DEPTH, type TaskCounter } from '../limits';
import { ok, type Command as Program, type CommandContext, type Output, type OutputChunk, type Services, type Session } from './types';

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const ELF = '\x7fELF ';

/** Looks a program up on the PATH of the process; the host has every program the simulator knows. */
export function findProgram(proc: Proc, name: string): string | null {
  if (name === '') return null;
  if (name.includes('/')) {
    const path = absolute(proc, name);
    return proc.vfs.stat(path) ? path : null;
  }
  for (const dir of (proc.env.PATH ?? DEFAULT_PATH).split(':')) {
    const path = normalizePath(`${dir || '.'}/${name}`, proc.cwd);
    const node = proc.vfs.stat(path);
    if (node && node.type !== 'dir') return path;
  }
  return null;
}

/** The interpreter a script names on its `#!` line, or null when the file is not a `#!` script. */
export function shebangOf(content: string): string[] | null {
  if (!content.startsWith('#!')) return null;
  const line = content.slice(2, content.indexOf('\n') < 0 ? undefined : content.indexOf('\n')).trim();
  return line === '' ? null : line.split(/\s+/);
}

/** Where a command's output goes: the terminal, a file, nothing, or a buffer. */
interface Streams {
  out(text: string): void;
  err(text: string): void;
}

/** How a script, `sh -c` text or sourced file is read. */
export interface ScriptOptions {
  dialect: Dialect;
  /** $0 */
  name: string;
  /** For error messages (`run.sh: line 3:`); null for `sh -c`. */
  script: string | null;
  args: string[];
}

const BUILTIN_NAMES = new Set(Object.keys(BUILTINS));

/** Runs shell input in a session: lists, pipes, redirections, expansions, builtins and programs. */
export class ShellRuntime {
  /**
   * `programs` run by name (the simulator's BusyBox, coreutils and friends); `binaries` are what a
   * file runs whose content is `\x7fELF KEY`, so an image's own program works only where it is installed.
   */
  constructor(private readonly programs: Record<string, Program>, private readonly binaries: Record<string, Program> = {}) {}

  /** An interactive line (or lines) typed at a session's prompt. */
  run(services: Services, session: Session, text: string): Output {
    const state = stateOf(session);
    let terminal = '';
    const streams: Streams = { out: (t) => { terminal += t; }, err: (t) => { terminal += t; } };
    const parsed = parseShell(text, state.dialect !== 'bash');
    if (parsed.kind !== 'ok') {
      const message = parsed.kind === 'error' ? syntaxErrorText(state, parsed.token, parsed.line) : unexpectedEndText(state, parsed.expecting, parsed.line);
      state.status = 2;
      return { stdout: message, stderr: '', code: 2 };
    }
    const execution = new Execution(this, services, session, state, session.proc);
    try {
      execution.list(parsed.list, streams);
    } catch (signal) {
      if (signal instanceof CommandAborted) state.status = signal.code;
      else if (signal instanceof ExitSignal) {
        state.status = signal.code;
        services.leave();
      } else throw signal;
    }
    return { stdout: terminal, stderr: '', code: state.status };
  }

  /** A script or `sh -c` text, in a child shell: its variables, options and cwd changes stay inside. */
  script(services: Services, session: Session, text: string, options: ScriptOptions, stdin = ''): Output {
    const state = freshState(options.dialect, options.name);
    state.script = options.script;
    state.commandString = options.script === null;
    state.positional = [...options.args];
    const proc: Proc = { ...session.proc, env: { ...session.proc.env } };
    let stdout = '';
    let stderr = '';
    const chunks: OutputChunk[] = [];
    const streams: Streams = {
      out: (t) => { stdout += t; chunks.push({ fd: 1, text: t }); },
      err: (t) => { stderr += t; chunks.push({ fd: 2, text: t }); },
    };
    const parsed = parseShell(text, state.dialect !== 'bash');
    if (parsed.kind !== 'ok') {
      const message = parsed.kind === 'error' ? syntaxErrorText(state, parsed.token, parsed.line) : unexpectedEndText(state, parsed.expecting, parsed.line);
      return { stdout: '', stderr: message, code: 2 };
    }
    const child: Session = { ...session, proc, state };
    const execution = new Execution(this, services, child, state, proc, stdin);
    try {
      execution.list(parsed.list, streams);
    } catch (signal) {
      if (!(signal instanceof ExitSignal)) throw signal;
      state.status = signal.code;
      execution.lastRunning = false;
    }
    return { stdout, stderr, code: state.status, chunks, ...(execution.lastRunning ? { running: true } : {}) };
  }

  /** Runs a program by argv, with no shell in between (a container's main process, `docker exec`, sudo). */
  exec(services: Services, session: Session, argv: string[], stdin: string): Output {
    const [name = ''] = argv;
    const path = findProgram(session.proc, name);
    const program = this.programs[name.split('/').pop() ?? name];
    if (!path && !(session.proc.kind === 'host' && program)) return notFound(stateOf(session), name);
    return this.program(services, session, argv, stdin, path);
  }

  /** Runs a found (or host-known) program; text files run as scripts of their `#!` interpreter or the shell. */
  program(services: Services, session: Session, argv: string[], stdin: string, path: string | null): Output {
    const proc = session.proc;
    const [name = '', ...args] = argv;
    const base = name.split('/').pop() ?? name;
    const known = this.programs[base];
    const state = stateOf(session);
    if (path) {
      const target = follow(proc, path);
      const denied = target.node ? checkAccess(proc, target.path, target.node, 'exec') : null;
      if (denied) return { stdout: '', stderr: `${messagePrefix(state, 1)}${name}: Permission denied\n`, code: 126 };
      const node = target.node;
      const isText = node?.type === 'file' && !node.content.startsWith('\x7fELF');
      if (node && isText && !known) {
        const interpreter = shebangOf(node.content);
        if (interpreter) {
          const [program = ''] = interpreter;
          if (!proc.vfs.stat(program)) {
            return state.dialect === 'bash'
              ? { stdout: '', stderr: `${messagePrefix(state, 1)}${name}: ${program}: bad interpreter: No such file or directory\n`, code: 126 }
              : { stdout: '', stderr: `${messagePrefix(state, 1)}${name}: not found\n`, code: 127 };
          }
          return this.program(services, session, [...interpreter, path, ...args], stdin, program);
        }
        return this.script(services, session, node.content, { dialect: state.dialect === 'bash' ? 'bash' : state.dialect, name, script: name, args });
      }
    }
    const node = path ? follow(proc, path).node : undefined;
    const behaviour = node?.type === 'file' ? programOf(node.content) : null;
    if (behaviour) return { stdout: behaviour.stdout, stderr: '', code: behaviour.exitCode };
    const binary = node?.type === 'file' && node.content.startsWith(ELF) ? this.binaries[node.content.slice(ELF.length)] : undefined;
    const implementation = known ?? binary;
    if (!implementation) return ok();
    const ctx: CommandContext = { proc, args, stdin, services, session };
    return implementation(ctx);
  }

  /** Whether a name would run something (for `command -v` and `type`). */
  lookup(proc: Proc, name: string): { kind: 'builtin' } | { kind: 'program'; path: string } | null {
    if (BUILTIN_NAMES.has(name)) return { kind: 'builtin' };
    const path = findProgram(proc, name);
    if (path) return { kind: 'program', path };
    if (proc.kind === 'host' && this.programs[name]) return { kind: 'program', path: `/usr/bin/${name}` };
    return null;
  }
}

/**
 * The shell's process id: a container's main process (1 in its own PID namespace, a high number in the
 * host's), the learner's login shell on the host.
 */
function shellPid(proc: Proc): number {
  if (proc.kind === 'host') return proc.processes.find((p) => p.command === '-bash')?.pid ?? 1;
  return proc.processes[proc.processes.length - 1]?.pid ?? 1;
}

function notFound(state: ShellState, name: string, line = 1): Output {
  return { stdout: '', stderr: notFoundText(state, name, line), code: 127 };
}

/** The rest of an interactive command line is dropped (a fork failed): the shell prompts again. */
class CommandAborted {
  constructor(readonly code: number) {}
}

/** Descriptor targets while a command runs. */
type Sink = { kind: 'stream'; write: (text: string) => void } | { kind: 'file'; path: string; buffer: string[] } | { kind: 'null' };

/** One shell reading one piece of input. */
class Execution {
  /** Set when a command opened or left an interactive shell: the terminal now belongs to that shell. */
  private stopped = false;
  private readonly top: Session;
  /** The status of the last command substitution, which an assignment-only command returns. */
  private substitutionStatus = 0;
  /** The last command is still running when the shell gets to the end (`...; sleep 1000`): so is the shell. */
  lastRunning = false;

  constructor(
    readonly runtime: ShellRuntime,
    readonly services: Services,
    readonly session: Session,
    readonly state: ShellState,
    public proc: Proc,
    private readonly stdinOfScript = '',
  ) {
    this.top = services.current();
  }

  /** A command opened or left an interactive shell. */
  private get shellChanged(): boolean {
    return this.services.current() !== this.top;
  }

  list(list: List, streams: Streams): number {
    for (const item of list.items) {
      if (this.stopped) break;
      const runningBefore = this.lastRunning;
      const { status, checked } = item.background
        ? { status: this.background(item.command, streams), checked: false }
        : this.andOr(item.command, streams);
      this.state.status = item.background ? 0 : status;
      if (item.background) this.lastRunning = runningBefore;
      if (this.shellChanged) this.stopped = true;
      if (checked && status !== 0 && this.state.options.errexit && !item.background) throw new ExitSignal(status);
    }
    return this.state.status;
  }

  /** Runs `a && b || c`; `checked` tells whether the last status may stop a `set -e` shell. */
  private andOr(andOr: AndOr, streams: Streams): { status: number; checked: boolean } {
    let status = this.pipeline(andOr.first, streams);
    let checked = !andOr.first.negated;
    for (const next of andOr.rest) {
      if (this.stopped) break;
      const runs = next.op === '&&' ? status === 0 : status !== 0;
      if (!runs) {
        checked = false;
        continue;
      }
      status = this.pipeline(next.pipeline, streams);
      checked = !next.pipeline.negated;
    }
    return { status, checked: checked && (andOr.rest.length === 0 || andOr.rest[andOr.rest.length - 1]?.pipeline !== undefined) };
  }

  private pipeline(pipeline: Pipeline, streams: Streams): number {
    const statuses: number[] = [];
    let input = '';
    // The commands of a pipeline run at once, each in a child of its own, so all hold a slot until the last ends.
    const slots: (TaskCounter | null)[] = [];
    const alone = pipeline.commands.length === 1;
    try {
      pipeline.commands.forEach((command, index) => {
        if (this.stopped) return;
        const last = index === pipeline.commands.length - 1;
        if (alone) {
          statuses.push(this.command(command, input, streams));
          return;
        }
        slots.push(this.fork(streams));
        if (last) {
          statuses.push(this.child(() => this.command(command, input, streams)));
          return;
        }
        let captured = '';
        const into = { out: (t: string) => { captured += t; }, err: streams.err };
        statuses.push(this.child(() => this.command(command, input, into)));
        input = captured;
      });
    } finally {
      slots.forEach((slot) => this.reap(slot));
    }
    const failed = this.state.options.pipefail ? [...statuses].reverse().find((s) => s !== 0) : undefined;
    const status = failed ?? statuses[statuses.length - 1] ?? 0;
    this.state.status = pipeline.negated ? (status === 0 ? 1 : 0) : status;
    return this.state.status;
  }

  private command(command: Command, stdin: string, streams: Streams): number {
    if (command.kind === 'function') {
      this.state.functions = { ...this.state.functions, [command.name]: command.body };
      return 0;
    }
    if (command.kind === 'group') {
      return this.redirected(command.redirects, stdin, streams, command.line, (input, out) => {
        if (!command.subshell) return this.list(command.body, out);
        const child = new Execution(this.runtime, this.services, { ...this.session, proc: { ...this.proc, env: { ...this.proc.env } } }, { ...this.state, vars: { ...this.state.vars }, options: { ...this.state.options } }, { ...this.proc, env: { ...this.proc.env } }, input);
        try {
          return child.list(command.body, out);
        } catch (signal) {
          if (signal instanceof ExitSignal) return signal.code;
          throw signal;
        }
      });
    }
    return this.simple(command, stdin, streams);
  }

  private expansion(streams: Streams): ExpansionContext {
    const proc = this.proc;
    return {
      lookup: (name) => this.variable(name),
      assign: (name, value) => this.assign(name, value),
      positional: this.state.positional,
      home: (user) => readPasswd(proc.vfs).find((p) => p.name === user)?.home ?? null,
      substitute: (list) => {
        let captured = '';
        const child = new Execution(this.runtime, this.services, this.session, { ...this.state, vars: { ...this.state.vars } }, { ...proc, env: { ...proc.env } });
        try {
          child.list(list, { out: (t) => { captured += t; }, err: streams.err });
        } catch (signal) {
          if (!(signal instanceof ExitSignal)) throw signal;
        }
        this.substitutionStatus = child.state.status;
        return captured;
      },
      glob: (pattern) => globPaths(pattern, proc.cwd, (dir) => (proc.vfs.stat(dir)?.type === 'dir' ? proc.vfs.list(dir) : null)),
      nounset: this.state.options.nounset,
    };
  }

  variable(name: string): string | undefined {
    switch (name) {
      case '?': return String(this.state.status);
      case '$': return String(shellPid(this.proc));
      case '!': return '';
      case '0': return this.state.name;
      case '-': return [this.state.options.errexit ? 'e' : '', this.state.options.nounset ? 'u' : '', this.state.options.xtrace ? 'x' : ''].join('');
      default: break;
    }
    if (Object.hasOwn(this.state.vars, name)) return this.state.vars[name];
    return Object.hasOwn(this.proc.env, name) ? this.proc.env[name] : undefined;
  }

  assign(name: string, value: string): void {
    if (Object.hasOwn(this.proc.env, name)) this.proc.env[name] = value;
    else this.state.vars[name] = value;
  }

  /** Applies redirections in order, runs the body with the resulting descriptors, then writes files. */
  private redirected(redirects: Redirect[], stdin: string, streams: Streams, line: number, body: (stdin: string, streams: Streams) => number): number {
    const fds = new Map<number, Sink>([[1, { kind: 'stream', write: streams.out }], [2, { kind: 'stream', write: streams.err }]]);
    const files: { path: string; buffer: string[] }[] = [];
    let input = stdin;
    const ctx = this.expansion(streams);
    const prefix = messagePrefix(this.state, line);
    for (const redirect of redirects) {
      const op = redirect.op;
      if (op === '<<' || op === '<<-') {
        input = redirect.body ? expandToString(redirect.body, ctx) : '';
        continue;
      }
      const target = expandToString(redirect.target, ctx);
      if (op === '<<<') {
        input = `${target}\n`;
        continue;
      }
      if (op === '>&' || op === '<&') {
        const fd = redirect.fd ?? (op === '>&' ? 1 : 0);
        if (target === '-') fds.set(fd, { kind: 'null' });
        else if (/^\d+$/.test(target)) {
          const source = fds.get(Number(target));
          if (!source) {
            streams.err(`${prefix}${target}: Bad file descriptor\n`);
            return 1;
          }
          fds.set(fd, source);
        } else {
          const sink = this.openFile(target, false, files, streams, prefix);
          if (!sink) return 1;
          fds.set(1, sink);
          fds.set(2, sink);
        }
        continue;
      }
      if (op === '<' || op === '<>') {
        if (target === '/dev/null') {
          input = '';
          continue;
        }
        const read = readFile(this.proc, target);
        if ('error' in read) {
          streams.err(this.openError(prefix, target, fsErrorText(read.error), 'open'));
          return 1;
        }
        input = read.content;
        continue;
      }
      const sink = this.openFile(target, op === '>>' || op === '&>>', files, streams, prefix);
      if (!sink) return 1;
      if (op === '&>' || op === '&>>') {
        fds.set(1, sink);
        fds.set(2, sink);
      } else fds.set(redirect.fd ?? 1, sink);
    }
    const writer = (fd: number) => (text: string): void => {
      const sink = fds.get(fd);
      if (!sink || sink.kind === 'null') return;
      if (sink.kind === 'stream') sink.write(text);
      else sink.buffer.push(text);
    };
    const status = body(input, { out: writer(1), err: writer(2) });
    for (const f of files) {
      if (f.buffer.length === 0) continue;
      const error = writeFile(this.proc, f.path, f.buffer.join(''), true);
      if (error) streams.err(this.openError(prefix, f.path, fsErrorText(error), 'create'));
    }
    return status;
  }

  private openError(prefix: string, path: string, reason: string, verb: 'open' | 'create'): string {
    if (this.state.dialect === 'bash') return `${prefix}${path}: ${reason}\n`;
    if (this.state.dialect === 'dash') return `${prefix}cannot ${verb} ${path}: ${reason === 'No such file or directory' ? 'Directory nonexistent' : reason}\n`;
    return `${prefix}can't ${verb} ${path}: ${reason === 'No such file or directory' && verb === 'open' ? 'no such file' : reason}\n`;
  }

  /** Opens (and, unless appending, truncates) an output file the way the shell does before the command starts. */
  private openFile(path: string, append: boolean, files: { path: string; buffer: string[] }[], streams: Streams, prefix: string): Sink | null {
    if (path === '/dev/null') return { kind: 'null' };
    if (path === '/dev/stdout') return { kind: 'stream', write: streams.out };
    if (path === '/dev/stderr') return { kind: 'stream', write: streams.err };
    const error = writeFile(this.proc, path, '', append || files.some((f) => f.path === path));
    if (error) {
      streams.err(this.openError(prefix, path, fsErrorText(error), 'create'));
      return null;
    }
    const existing = files.find((f) => f.path === path);
    if (existing) return { kind: 'file', ...existing };
    const entry = { path, buffer: [] as string[] };
    files.push(entry);
    return { kind: 'file', ...entry };
  }

  private simple(command: SimpleCommand, stdin: string, streams: Streams): number {
    const prefix = messagePrefix(this.state, command.line);
    let argv: string[];
    const assignments: [string, string][] = [];
    const ctx = this.expansion(streams);
    this.substitutionStatus = 0;
    try {
      for (const a of command.assignments) assignments.push([a.name, expandToString(a.value, ctx)]);
      argv = command.words.flatMap((w) => expandWord(w, ctx));
    } catch (error) {
      if (error instanceof ExpansionError || error instanceof ArithmeticError) {
        streams.err(`${prefix}${error.message}\n`);
        if (this.state.script !== null || this.state.commandString) throw new ExitSignal(this.state.dialect === 'bash' ? 1 : 2);
        return this.state.dialect === 'bash' ? 1 : 2;
      }
      throw error;
    }
    const substitutionStatus = this.substitutionStatus;
    if (this.state.options.xtrace) {
      const shown = [...assignments.map(([k, v]) => `${k}=${v}`), ...argv].join(' ');
      streams.err(`+ ${shown}\n`);
    }
    const [name] = argv;
    if (name === undefined) {
      for (const [key, value] of assignments) this.assign(key, value);
      return this.redirected(command.redirects, stdin, streams, command.line, () => substitutionStatus);
    }
    const defined = this.state.functions && Object.hasOwn(this.state.functions, name) ? this.state.functions[name] : undefined;
    if (defined) return this.redirected(command.redirects, stdin, streams, command.line, (input, out) => this.call(defined, argv.slice(1), input, out));
    return this.redirected(command.redirects, stdin, streams, command.line, (input, out) => {
      const builtin: Builtin | undefined = Object.hasOwn(BUILTINS, name) ? BUILTINS[name] : undefined;
      this.lastRunning = false;
      if (builtin) {
        return emit(builtin({ execution: this, args: argv.slice(1), stdin: input, line: command.line, streams: out }), out);
      }
      const proc: Proc = assignments.length ? { ...this.proc, env: { ...this.proc.env, ...Object.fromEntries(assignments) } } : this.proc;
      const session: Session = { ...this.session, proc, state: this.state };
      const path = findProgram(proc, name);
      const known = this.runtime.lookup(proc, name);
      if (!path && known?.kind !== 'program') {
        out.err(name.includes('/') ? `${prefix}${name}: ${this.state.dialect === 'bash' ? 'No such file or directory' : 'not found'}\n` : notFoundText(this.state, name, command.line));
        return 127;
      }
      const result = this.runtime.program(this.services, session, argv, input, path);
      this.lastRunning = result.running === true;
      return emit(result, out);
    });
  }

  /** A function's body, in this shell, with its arguments as $1, $2...; `return` and `exit` are the body's. */
  private call(body: Group, args: string[], stdin: string, streams: Streams): number {
    const saved = this.state.positional;
    this.state.positional = args;
    try {
      return this.command(body, stdin, streams);
    } finally {
      this.state.positional = saved;
    }
  }

  /**
   * Takes a slot in the container's pids cgroup for a forked child (a background job, one command of
   * a pipeline). A fork past the limit fails in the shell that asked for it, which exits as ash does
   * (status 2). A chain of forks too deep to be anything but a fork bomb is taken to its end at once
   * (the table full), so it never hangs the page.
   */
  private fork(streams: Streams): TaskCounter | null {
    const tasks = this.proc.tasks;
    if (!tasks) return null;
    const ceiling = tasks.limit ?? HOST_TASKS_MAX;
    if (tasks.depth >= RUNAWAY_FORK_DEPTH) tasks.used = ceiling;
    if (tasks.used >= ceiling) {
      tasks.saturated = true;
      streams.err(forkFailureText(this.state.dialect, messagePrefix(this.state, 1)));
      const status = forkFailureStatus(this.state.dialect);
      // An interactive shell gives up the command line and prompts again; any other shell exits.
      const interactive = this.state.script === null && !this.state.commandString && tasks.depth === 0;
      throw interactive ? new CommandAborted(status) : new ExitSignal(status);
    }
    tasks.used++;
    return tasks;
  }

  /** The child has exited and its slot is free, unless a fork bomb has taken it: its survivors fork again at once. */
  private reap(tasks: TaskCounter | null): void {
    if (tasks && !tasks.saturated) tasks.used = Math.max(1, tasks.used - 1);
  }

  /** Runs `body` as the forked child: its `exit`, or a fork that fails in it, ends only the child. */
  private child(body: () => number): number {
    const tasks = this.proc.tasks;
    if (tasks) tasks.depth++;
    try {
      return body();
    } catch (signal) {
      if (signal instanceof ExitSignal) return signal.code;
      throw signal;
    } finally {
      if (tasks) tasks.depth--;
    }
  }

  /** A background job: a child that keeps its slot while what it runs is still running (`sleep 1000 &`). */
  private background(andOr: AndOr, streams: Streams): number {
    const slot = this.fork(streams);
    const status = this.child(() => this.andOr(andOr, streams).status);
    if (!this.lastRunning) this.reap(slot);
    return status;
  }

  /** Runs more shell text in this shell (`eval`, `.`): same variables, same options. */
  evaluate(text: string, streams: Streams, line: number): number {
    const parsed = parseShell(text, this.state.dialect !== 'bash');
    if (parsed.kind !== 'ok') {
      streams.err(parsed.kind === 'error' ? syntaxErrorText(this.state, parsed.token, line) : unexpectedEndText(this.state, parsed.expecting, line));
      return 2;
    }
    return this.list(parsed.list, streams);
  }

  /** What a script read with `sh < file` or through a pipe has on its standard input. */
  get scriptInput(): string {
    return this.stdinOfScript;
  }
}

/** Writes a command's output to the descriptors, in the order it was produced when known. */
function emit(result: Output, streams: Streams): number {
  if (result.chunks) for (const chunk of result.chunks) (chunk.fd === 1 ? streams.out : streams.err)(chunk.text);
  else {
    streams.out(result.stdout);
    streams.err(result.stderr);
  }
  return result.code;
}

export type { Execution, Streams };
