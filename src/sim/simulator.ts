import { CLEAR_SCREEN } from './ansi';
import type { Clock } from './clock';
import { contextMode } from './build-steps';
import { COURSE_BINARIES } from './course-programs';
import { completions } from './complete';
import { dockerCli } from './docker/cli';
import { Engine } from './engine';
import { SIM_WORDS, type SimLanguage, type SimWords } from './words';
import { HOST_PROCESSES, HOST_USER } from './host';
import { learnerProc } from './host-proc';
import type { CommandInterpreter, WorkspaceFiles } from './interpreter';
import { promptFor } from './prompt';
import { programRegistry } from './registry';
import { ShellRuntime } from './shell/run';
import { parseShell } from './shell/syntax/parse';
import type { Command, Output, Services, Session } from './shell/types';
import { joinPath, normalizePath, parentOf } from './vfs/paths';
import { file } from './vfs/tree';
import { hostUserOf } from './userns-host';

export interface SimulatorOptions {
  files: WorkspaceFiles;
  /** The active exercise's build context (path -> content); a function, since the learner can switch exercises. */
  context?: () => Record<string, string>;
  /** The language of the simulator's own words (banner, help); English unless said otherwise. */
  language?: SimLanguage;
  /** The host's clock; fixed unless given, so output is the same on every run. */
  clock?: Clock;
}

/** The terminal's counterpart: a host shell, a stack of container shells above it, and one Docker engine. */
export class Simulator implements CommandInterpreter {
  private readonly engine: Engine;
  private readonly sessions: Session[];
  private readonly runtime: ShellRuntime;
  private readonly programs: Record<string, Command>;
  private readonly files: WorkspaceFiles;
  private readonly contextOf: () => Record<string, string>;
  private readonly words: SimWords;
  private columns = 80;
  private readonly services: Services;
  /** Lines typed so far of a command that is not finished yet (an open quote, a trailing `\` or `&&`). */
  private pending: string | null = null;

  constructor(options: SimulatorOptions) {
    this.engine = new Engine(options.clock);
    this.files = options.files;
    this.contextOf = options.context ?? (() => ({}));
    this.words = SIM_WORDS[options.language ?? 'en'];
    this.sessions = [{ proc: learnerProc(this.engine.hostTree, this.engine.hostNetwork), shell: 'host' }];
    const docker: Command = (ctx) => dockerCli({ engine: this.engine, files: this.files, context: this.contextOf(), shell: this.runtime, services: ctx.services, caller: ctx.proc, columns: this.columns, words: this.words }, ctx.args);
    this.programs = programRegistry({ engine: this.engine, files: this.files, runtime: () => this.runtime, docker });
    this.runtime = new ShellRuntime(this.programs, COURSE_BINARIES);
    this.services = {
      enter: (session) => { this.sessions.push(session); },
      leave: () => {
        if (this.sessions.length <= 1) return;
        const left = this.sessions.pop();
        left?.onExit?.();
      },
      current: () => this.top(),
    };
  }

  private top(): Session {
    const session = this.sessions[this.sessions.length - 1];
    if (!session) throw new RangeError('the host session is never left');
    return session;
  }

  resize(columns: number): void {
    if (Number.isFinite(columns) && columns >= 20) this.columns = Math.floor(columns);
  }

  banner(): string {
    return this.words.banner;
  }

  prompt(): string {
    return this.pending === null ? promptFor(this.top()) : '> ';
  }

  /** Copies the editor's files and the build context into the learner's home, so ls/cat/sh see what the editor holds. */
  private syncWorkspace(): void {
    const tree = this.engine.hostTree;
    const { uid, gid, home } = HOST_USER;
    let editor: Record<string, string> = {};
    try {
      editor = this.files();
    } catch {
      editor = {};
    }
    for (const [name, content] of Object.entries({ ...this.contextOf(), ...editor })) {
      const path = normalizePath(joinPath(home, name));
      if (!path.startsWith(`${home}/`)) continue;
      tree.mkdirs(parentOf(path), 0o755, uid, gid);
      tree.set(path, file(content, contextMode(name, content), uid, gid));
    }
  }

  execute(line: string): string {
    return this.executeWithStatus(line).output;
  }

  /** Runs one line as `execute` does and also says how it ended, as `$?` would: graders need the status. */
  executeWithStatus(line: string): { output: string; exitCode: number } {
    const text = this.pending === null ? line : `${this.pending}\n${line}`;
    this.pending = null;
    if (parseShell(text).kind === 'incomplete') {
      this.pending = text;
      return { output: '', exitCode: 0 };
    }
    const trimmed = text.trim();
    if (trimmed === '') return { output: '', exitCode: 0 };
    if (trimmed === 'clear') return { output: CLEAR_SCREEN, exitCode: 0 };
    if (trimmed === 'help') return { output: this.words.help, exitCode: 0 };
    this.syncWorkspace();
    const session = this.top();
    if (session.proc.kind === 'host') {
      session.proc.processes = [...HOST_PROCESSES, ...this.engine.containers.filter((c) => c.status === 'running').map((c, i) => ({ pid: 3000 + i, user: hostUserOf(c), command: c.argv.join(' ') })), ...this.engine.proxyProcesses()];
    }
    let result: Output;
    try {
      result = this.runtime.run(this.services, session, trimmed);
    } catch (error) {
      result = { stdout: `${this.words.cannotSimulate(error instanceof Error ? error.message : String(error))}\n`, stderr: '', code: 1 };
    }
    return { output: result.stdout + result.stderr, exitCode: result.code };
  }

  /** Ctrl-C drops a half-typed multi-line command. */
  interrupt(): void {
    this.pending = null;
  }

  complete(line: string): string[] {
    return completions(line, Object.keys(this.programs), this.engine, this.top().proc);
  }
}
