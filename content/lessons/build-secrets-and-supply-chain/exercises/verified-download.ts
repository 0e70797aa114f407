import type { KeyValue, RunStep, ShellCommand, Stage } from '../../../../src/checker/dockerfile/model';

/**
 * Follows a RUN script the way the shell would, to tell whether each downloaded file is checked
 * against a pinned hash before anything uses it, and whether the check's result can stop the build.
 */

export const DOWNLOADERS = new Set(['curl', 'wget']);
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const DIGEST_LENGTH: Record<string, number> = { sha256sum: 64, sha512sum: 128 };
const HEX = /^[0-9a-fA-F]+$/;

export interface Download {
  /** Index of the downloading command in the RUN's commands. */
  index: number;
  command: ShellCommand;
  url: string;
  /** Where the download is saved; null when it goes to standard output. */
  file: string | null;
}

function basename(path: string): string {
  return path.replace(/\/+$/, '').split('/').pop() ?? path;
}

function samePath(a: string, b: string): boolean {
  const clean = (p: string): string => p.replace(/^\.\//, '');
  return clean(a) === clean(b);
}

/** The value of an option that takes one: `-o X`, `-fsSLo X`, `-oX`, `--output X`, `--output=X`. */
function optionValue(args: readonly string[], short: string, long: string): { value: string } | null {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === `--${long}`) return { value: args[i + 1] ?? '' };
    if (arg.startsWith(`--${long}=`)) return { value: arg.slice(long.length + 3) };
    if (/^-[a-zA-Z]+/.test(arg) && !arg.startsWith('--')) {
      const at = arg.indexOf(short, 1);
      if (at === -1) continue;
      const rest = arg.slice(at + 1);
      return { value: rest !== '' ? rest : args[i + 1] ?? '' };
    }
  }
  return null;
}

function downloadOf(command: ShellCommand, index: number): Download | null {
  if (!DOWNLOADERS.has(command.program)) return null;
  const url = command.args.find((a) => /^https?:\/\//i.test(a));
  if (!url) return null;
  let file: string | null;
  if (command.program === 'curl') {
    const output = optionValue(command.args, 'o', 'output');
    file = output ? output.value : command.args.some((a) => a === '-O' || a === '--remote-name' || /^-[a-zA-Z]*O[a-zA-Z]*$/.test(a)) ? basename(url) : null;
  } else {
    const output = optionValue(command.args, 'O', 'output-document');
    file = output ? output.value : basename(url);
  }
  if (file === '-') file = null;
  return { index, command, url, file };
}

export function downloadsIn(run: RunStep): Download[] {
  return run.commands.flatMap((command, index) => downloadOf(command, index) ?? []);
}

/** Whether a command runs the file as a program or a script. */
function executes(command: ShellCommand, file: string): boolean {
  if (command.words[0] !== undefined && samePath(command.words[0], file)) return true;
  if (command.program === '.' || command.program === 'source') return samePath(command.args[0] ?? '', file);
  if (!SHELLS.has(command.program)) return false;
  const script = command.args.find((a) => !a.startsWith('-'));
  return script !== undefined && samePath(script, file);
}

/** Commands that only prepare or remove a file never let its content do anything. */
const HARMLESS = new Set(['chmod', 'rm', 'echo', 'printf', 'ls', 'stat', 'test', '[']);

function uses(command: ShellCommand, file: string): boolean {
  if (executes(command, file)) return true;
  if (HARMLESS.has(command.program) || DIGEST_LENGTH[command.program] !== undefined) return false;
  return command.args.some((a) => samePath(a, file));
}

type Values = ReadonlyMap<string, string | null>;

/** ARG and ENV values in scope for the RUN, which the shell sees as variables. */
export function valuesBefore(stage: Stage, globals: readonly KeyValue[], line: number): Values {
  const values = new Map<string, string | null>();
  for (const entry of [...globals, ...stage.args, ...stage.env].filter((e) => e.line < line).sort((a, b) => a.line - b.line)) {
    values.set(entry.name, entry.value ?? values.get(entry.name) ?? null);
  }
  return values;
}

function expand(text: string, values: Values): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, braced: string | undefined, bare: string | undefined) => values.get(braced ?? bare ?? '') ?? '');
}

/** What the download checks say, by id; pin-and-verify's translation words the same ids. */
export const DOWNLOAD_MESSAGES = {
  oneSpace: '{{program}} -c reads lines of the form `<hash>  <file>`, with two spaces between them; `{{text}}` has one, so {{program}} rejects it and the build fails.',
  notHashAndName: '`{{text}}` is not a {{algorithm}} and a file name, so {{program}} -c rejects it and the build fails.',
  notDigest: '`{{hash}}` is not a {{algorithm}}: that is {{length}} hexadecimal digits, so {{program}} -c rejects the line and the build fails.',
  partialHash: '`{{hash}}` is not a full hash, so grep would match part of any file\'s hash.',
  hashDownloaded: 'The expected hash in {{sums}} is downloaded at build time, maybe from the same server: whoever can change the script can change the hash too.',
  hashComputed: 'The expected hash in {{sums}} is computed from the downloaded file itself, so the check passes whatever the file holds.',
  hashNowhere: 'Where the expected hash for {{program}} -c comes from is not in this RUN, so nothing shows it is pinned.',
  streamed: '{{program}} streams the download straight into {{reader}}, so nothing can check it first.',
  fixStreamed: 'Save it to a file, check it with `echo "<sha256 from the release notes>  <file>" | sha256sum -c -`, then use it.',
  fixPublisherHash: 'Check it against the publisher\'s hash: `echo "<sha256 from the release notes>  {{file}}" | sha256sum -c -`.',
  checkNamesOther: 'The checksum line does not name {{file}}, so nothing checks the file that is used.',
  runUnchecked: '{{file}} is run without checking its hash first, so whatever the server sends ends up in the image.',
  usedUnchecked: '{{file}} is used without checking its hash first, so whatever the server sends ends up in the image.',
  fixCheckBetween: 'Between the download and its use, check it: `&& echo "<sha256 from the release notes>  {{file}}" | sha256sum -c - &&`.',
  checkedLate: '{{file}} is checked only after `{{use}}` has used it: a tampered script has done its work by then.',
  fixCheckEarlier: 'Move the check before `{{use}}`.',
  checkPiped: "The check's result is piped into `{{reader}}`, whose exit status replaces it, so `{{use}}` runs even when the hash does not match.",
  checkIgnoredRun: '{{operator}} lets `{{use}}` run even when the check fails, so a file with the wrong hash is still run.',
  checkIgnoredUse: '{{operator}} lets `{{use}}` run even when the check fails, so a file with the wrong hash is still used.',
  fixJoin: 'Join the check and everything after it with `&&`.',
} as const;

export type DownloadMessageId = keyof typeof DOWNLOAD_MESSAGES;

/** A message of DOWNLOAD_MESSAGES with its values. */
export interface Worded {
  id: DownloadMessageId;
  data: Readonly<Record<string, string | number>>;
}

const worded = (id: DownloadMessageId, data: Worded['data'] = {}): Worded => ({ id, data });

/** What is wrong with one check line, or the file it vouches for. */
type LineVerdict = { file: string } | { problem: Worded };

function readCheckLine(line: string, program: string, values: Values): LineVerdict {
  const text = expand(line, values).trim();
  const match = /^(\S+)( {2}| \*)(\S.*)$/.exec(text);
  const length = DIGEST_LENGTH[program] ?? 64;
  const algorithm = program === 'sha512sum' ? 'SHA-512' : 'SHA-256';
  if (!match) {
    const hash = text.split(/\s+/)[0] ?? '';
    if (HEX.test(hash) && hash.length === length && /^\S+ \S/.test(text)) {
      return { problem: worded('oneSpace', { program, text }) };
    }
    return { problem: worded('notHashAndName', { text: text || line, algorithm, program }) };
  }
  const hash = match[1] ?? '';
  if (!HEX.test(hash) || hash.length !== length) {
    return { problem: worded('notDigest', { hash, algorithm, length, program }) };
  }
  return { file: match[3] ?? '' };
}

type Verification = { index: number; file: string | null } | { index: number; problem: Worded };

/** The check lines a `sha256sum -c` reads: from a pipe, or from a file an earlier echo wrote. */
function verificationAt(commands: readonly ShellCommand[], index: number, downloads: readonly Download[], values: Values): Verification[] {
  const command = commands[index];
  if (!command) return [];
  const program = command.program;
  if (program === 'gpg' && command.args.includes('--verify')) return [{ index, file: null }];
  if (program === 'cosign' && command.args[0]?.startsWith('verify')) return [{ index, file: null }];
  const previous = commands[index - 1];
  if (program === 'grep' && previous?.next === '|' && DIGEST_LENGTH[previous.program] !== undefined) {
    const hash = command.args.find((a) => !a.startsWith('-')) ?? '';
    const length = DIGEST_LENGTH[previous.program] ?? 64;
    const file = previous.args.find((a) => !a.startsWith('-')) ?? null;
    return HEX.test(expand(hash, values)) && expand(hash, values).length === length ? [{ index, file }] : [{ index, problem: worded('partialHash', { hash }) }];
  }
  if (DIGEST_LENGTH[program] === undefined || !command.args.some((a) => a === '--check' || /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a))) return [];
  const input = command.args.find((a) => !a.startsWith('-') || a === '-');
  let text: string | null = null;
  if ((input === undefined || input === '-') && previous?.next === '|' && (previous.program === 'echo' || previous.program === 'printf')) {
    text = previous.args.filter((a) => !/^-[neE]+$/.test(a)).join(' ').replace(/\\n/g, '\n');
  } else if (input !== undefined && input !== '-') {
    if (downloads.some((d) => d.file !== null && samePath(d.file, input))) {
      return [{ index, problem: worded('hashDownloaded', { sums: input }) }];
    }
    const writer = [...commands.slice(0, index)].reverse().find((c) => c.redirects.some((r) => (r.op === '>' || r.op === '>>') && samePath(r.target, input)));
    if (writer && DIGEST_LENGTH[writer.program] !== undefined) {
      return [{ index, problem: worded('hashComputed', { sums: input }) }];
    }
    if (writer && (writer.program === 'echo' || writer.program === 'printf')) text = writer.args.filter((a) => !/^-[neE]+$/.test(a)).join(' ').replace(/\\n/g, '\n');
  }
  if (text === null) return [{ index, problem: worded('hashNowhere', { program }) }];
  return text.split('\n').filter((l) => l.trim() !== '').map((line) => {
    const verdict = readCheckLine(line, program, values);
    return 'file' in verdict ? { index, file: verdict.file } : { index, problem: verdict.problem };
  });
}

function errexitAt(run: RunStep, commands: readonly ShellCommand[], index: number): boolean {
  if (run.shell.some((a) => /^-[a-zA-Z]*e[a-zA-Z]*$/.test(a))) return true;
  return commands.slice(0, index).some((c) => c.program === 'set' && (c.args.some((a) => /^-[a-zA-Z]*e[a-zA-Z]*$/.test(a)) || c.args.join(' ').includes('-o errexit')));
}

export interface DownloadProblem {
  download: Download;
  line: number;
  message: Worded;
  fix: Worded;
}

/** The operator that lets a failed check go on, as code; a pipe has its own message. */
const OPERATOR_CODE: Record<string, string> = { ';': '`;`', '||': '`||`' };

/**
 * The first problem with one download in a RUN: used before a check, checked only after, a check
 * whose failure does not stop what follows, or a check that pins nothing.
 */
export function downloadProblem(run: RunStep, download: Download, values: Values): DownloadProblem | null {
  const commands = run.commands;
  const { file } = download;
  const at = (command: ShellCommand | undefined): number => command?.line ?? run.line;
  if (file === null) {
    const reader = commands[download.index + 1];
    if (download.command.next !== '|' || !reader || SHELLS.has(reader.program)) return null;
    return {
      download,
      line: at(download.command),
      message: worded('streamed', { program: download.command.program, reader: reader.program }),
      fix: worded('fixStreamed'),
    };
  }
  const downloads = downloadsIn(run);
  const checks = commands.flatMap((_, i) => (i > download.index ? verificationAt(commands, i, downloads, values) : []))
    .filter((v) => !('file' in v) || v.file === null || samePath(v.file, file));
  const useIndex = commands.findIndex((c, i) => i > download.index && uses(c, file));
  const use = useIndex === -1 ? undefined : commands[useIndex];
  const good = checks.find((v): v is { index: number; file: string | null } => 'file' in v);
  const broken = checks.find((v): v is { index: number; problem: Worded } => 'problem' in v);
  if (!good) {
    if (broken) return { download, line: at(commands[broken.index]), message: broken.problem, fix: worded('fixPublisherHash', { file }) };
    const named = [...commands.slice(download.index + 1)].some((c) => DIGEST_LENGTH[c.program] !== undefined && c.args.some((a) => /^-[a-zA-Z]*c|--check/.test(a)));
    return {
      download,
      line: at(use ?? download.command),
      message: worded(named ? 'checkNamesOther' : use && executes(use, file) ? 'runUnchecked' : 'usedUnchecked', { file }),
      fix: worded('fixCheckBetween', { file }),
    };
  }
  if (use && good.index > useIndex) {
    return {
      download,
      line: at(commands[good.index]),
      message: worded('checkedLate', { file, use: use.words.join(' ') }),
      fix: worded('fixCheckEarlier', { use: use.words.join(' ') }),
    };
  }
  if (use) {
    for (let i = good.index; i < useIndex; i++) {
      const next = commands[i]?.next;
      if (next === '&&') continue;
      // `check || exit 1; ...` stops the script when the check fails, as `&&` would.
      const after = commands[i + 1];
      if (next === '||' && (after?.program === 'exit' && (after.args[0] ?? '1') !== '0' || after?.program === 'false')) {
        i++;
        continue;
      }
      if (next === ';' && errexitAt(run, commands, i)) continue;
      return {
        download,
        line: at(commands[i]),
        message: next === '|'
          ? worded('checkPiped', { reader: commands[i + 1]?.program ?? '', use: use.words.join(' ') })
          : worded(executes(use, file) ? 'checkIgnoredRun' : 'checkIgnoredUse', { operator: OPERATOR_CODE[next ?? ';'] ?? '`;`', use: use.words.join(' ') }),
        fix: worded('fixJoin'),
      };
    }
  }
  return null;
}
