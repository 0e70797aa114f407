import type { RunStep, ShellCommand } from '../checker/dockerfile/model';
import { DOWNLOAD_HOSTS, DOWNLOADS, findDownload, type Download } from './downloads';
import { sha256sum } from './sha256sum';
import type { Output } from './shell/types';
import { curlOptions, wgetOptions } from './shell/commands/http-clients';
import { parseUrl } from './connect';
import { baseName, normalizePath } from './vfs/paths';
import { file, type FileTree } from './vfs/tree';

/** How a RUN that fetches files ends when one of its commands fails: the status and what it printed. */
export interface RunFailure {
  exitCode: number;
  log: string[];
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash']);

type Result = Output;

const done = (stdout = ''): Result => ({ code: 0, stdout, stderr: '' });

/** A download by the build container: the course's table, or the error of a host the lab's DNS does not know. */
function fetch(url: string, offline: boolean): { download: Download } | { host: string; missing: boolean } {
  const parsed = parseUrl(url);
  const found = offline ? null : findDownload(url);
  if (found) return { download: found };
  const host = parsed?.host ?? url;
  return { host, missing: !offline && DOWNLOAD_HOSTS.has(host) };
}

/**
 * Replays the parts of a RUN that move bytes: wget and curl of the course's downloads, echo into a
 * checksum list, sha256sum (-c), and running a downloaded script with sh. Every other command is
 * taken to succeed, as the rest of the build model assumes. `&&`, `||`, `;`, pipes and `set -e`
 * decide what runs, as in the shell.
 */
export function replayDownloads(tree: FileTree, run: RunStep, workdir: string, busybox: boolean): RunFailure | null {
  const written = new Map<string, string>();
  let cwd = workdir;
  const read = (path: string): { content: string } | { error: string } => {
    const absolute = normalizePath(path, cwd);
    const content = written.get(absolute) ?? (tree.get(absolute)?.type === 'file' ? tree.get(absolute)?.content : undefined);
    return content === undefined ? { error: 'No such file or directory' } : { content };
  };
  const save = (path: string, content: string, mode = 0o644): void => {
    const absolute = normalizePath(path, cwd);
    written.set(absolute, content);
    tree.set(absolute, file(content, mode));
  };
  const log: string[] = [];
  let status = 0;
  let errexit = false;
  let previous: ShellCommand['next'] = null;
  let piped = '';
  for (const command of run.commands) {
    const runs = previous === '&&' ? status === 0 : previous === '||' ? status !== 0 : true;
    const stdin = previous === '|' ? piped : '';
    const operator = previous;
    previous = command.next;
    if (!runs || command.nested) continue;
    if (command.program === 'cd') {
      cwd = normalizePath(command.args[0] ?? '/root', cwd);
      status = 0;
      continue;
    }
    const result = replay(command, stdin, { read, save, busybox, offline: run.network === 'none' });
    status = result.code;
    const redirect = command.redirects.find((r) => r.op === '>' || r.op === '>>');
    if (redirect && result.code === 0) save(redirect.target, (redirect.op === '>>' ? (written.get(normalizePath(redirect.target, cwd)) ?? '') : '') + result.stdout);
    const shown = (result.chunks ?? [{ fd: 1, text: result.stdout }, { fd: 2, text: result.stderr }])
      .filter((c) => c.fd === 2 || (!redirect && command.next !== '|')).map((c) => c.text).join('');
    if (shown.trim() !== '') log.push(...shown.trimEnd().split('\n'));
    piped = result.stdout;
    if (command.program === 'set' && command.args.some((a) => /^-[a-z]*e/.test(a))) errexit = true;
    const inList = command.next === '&&' || command.next === '||' || operator === '&&' || operator === '||';
    if (status !== 0 && errexit && !inList && command.next !== '|') break;
  }
  return status === 0 ? null : { exitCode: status, log };
}

interface Io {
  read: (path: string) => { content: string } | { error: string };
  save: (path: string, content: string, mode?: number) => void;
  busybox: boolean;
  /** RUN --network=none: no name resolves. */
  offline: boolean;
}

function replay(command: ShellCommand, stdin: string, io: Io): Result {
  const { program, args } = command;
  if (program === 'echo') {
    const newline = args[0] !== '-n';
    return done(`${args.filter((a, i) => !(i === 0 && a === '-n')).join(' ')}${newline ? '\n' : ''}`);
  }
  if (program === 'sha256sum') return sha256sum(args, stdin, io.read, io.busybox);
  if (program === 'wget') {
    const options = wgetOptions(args);
    if (!options.url) return done();
    const got = fetch(options.url, io.offline);
    if ('host' in got) {
      return got.missing
        ? { code: 1, stdout: '', stderr: 'wget: server returned error: HTTP/1.1 404 Not Found\n' }
        : { code: 1, stdout: '', stderr: `wget: bad address '${got.host}'\n` };
    }
    if (options.output === '-') return done(got.download.content);
    io.save(options.output ?? (baseName(options.url) || 'index.html'), got.download.content);
    return done();
  }
  if (program === 'curl') {
    const options = curlOptions(args);
    if (!options.url) return done();
    const got = fetch(options.url, io.offline);
    const quiet = options.silent && !options.showError;
    if ('host' in got) {
      if (!got.missing) return { code: 6, stdout: '', stderr: quiet ? '' : `curl: (6) Could not resolve host: ${got.host}\n` };
      return options.failOnError ? { code: 22, stdout: '', stderr: quiet ? '' : 'curl: (22) The requested URL returned error: 404\n' } : done('Not Found\n');
    }
    const target = options.output ?? (options.remoteName ? baseName(options.url) : null);
    if (target === null || target === '-') return done(got.download.content);
    io.save(target, got.download.content);
    return done();
  }
  if (SHELLS.has(program)) {
    const script = args.find((a) => !a.startsWith('-'));
    const text = script ? io.read(script) : { content: stdin };
    const installs = 'content' in text ? installsOf(text.content) : null;
    for (const [path, entry] of Object.entries(installs ?? {})) io.save(path, entry.content, entry.mode);
    return done();
  }
  return done();
}

/** What a course installer puts on disk when it runs; nothing for a script that is not one of them. */
function installsOf(script: string): Download['installs'] | null {
  return Object.values(DOWNLOADS).find((d) => d.installs && d.content === script)?.installs ?? null;
}
