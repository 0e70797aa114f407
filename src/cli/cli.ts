import { relative, resolve, sep } from 'node:path';
import { SEVERITY_RANK, type Kind } from '../checker/core/types';
import { parseArgs, type LintCommand } from './args';
import { formatJson } from './format-json';
import { formatRulesJson, formatRulesText } from './format-rules';
import { absolute, formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { HELP } from './help';
import type { About, CheckerApi, CliIo, FileReport } from './io';

const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

const STDIN = '-';
const STDIN_NAME = '<stdin>';

function readProblem(file: string, error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  const name = JSON.stringify(file);
  if (code === 'ENOENT') return `${name}: no such file.`;
  if (code === 'EISDIR') return `${name} is a directory; name the files inside it.`;
  if (code === 'EACCES' || code === 'EPERM') return `${name}: permission denied.`;
  return `${name} could not be read: ${error instanceof Error ? error.message : String(error)}`;
}

/** Paths relative to the working directory, with forward slashes and each segment escaped, as code scanning expects. */
function relativeUri(cwd: string, path: string): string {
  if (path === STDIN_NAME) return 'stdin';
  const rel = relative(cwd, resolve(cwd, path)) || path;
  return rel.split(sep).join('/').split('/').map(encodeURIComponent).join('/');
}

function useColor(command: LintCommand, io: CliIo): boolean {
  const noColor = io.env['NO_COLOR'];
  return command.colorAllowed && io.stdoutIsTTY && (noColor === undefined || noColor === '');
}

/** One file's report, or the message explaining why it could not be checked. */
async function checkOne(file: string, command: LintCommand, io: CliIo, api: CheckerApi): Promise<FileReport | string> {
  const path = file === STDIN ? STDIN_NAME : file;
  let text: string;
  try {
    text = (file === STDIN ? await io.readStdin() : io.readFile(file)).replace(/^\uFEFF/, '');
  } catch (error) {
    return readProblem(path, error);
  }
  const kind: Kind | null = command.kind ?? api.detectKind(file, text);
  if (!kind) {
    const hint = file === STDIN ? 'pass --kind' : 'name it like Dockerfile, run.sh or compose.yaml, or pass --kind';
    return `cannot tell what kind of file ${JSON.stringify(path)} is; ${hint}.`;
  }
  const threshold = SEVERITY_RANK[command.minSeverity];
  return { path, kind, findings: api.lintText(kind, text).filter((f) => SEVERITY_RANK[f.severity] >= threshold) };
}

async function lint(command: LintCommand, io: CliIo, api: CheckerApi, about: About): Promise<number> {
  const reports: FileReport[] = [];
  let failed = false;
  for (const file of command.files) {
    const outcome = await checkOne(file, command, io, api);
    if (typeof outcome === 'string') {
      io.stderr(`shipshape: ${outcome}\n`);
      failed = true;
    } else {
      reports.push(outcome);
    }
  }
  if (command.format === 'json') io.stdout(formatJson(reports, api));
  else if (command.format === 'sarif') io.stdout(formatSarif(reports, api, about, (p) => relativeUri(io.cwd, p)));
  else io.stdout(formatText(reports, useColor(command, io), (id) => (api.ruleById(id) ? absolute(`/rules/${id}/`, about.homepage) : undefined)));
  if (failed) return EXIT_USAGE;
  return reports.some((r) => r.findings.length > 0) ? EXIT_FINDINGS : EXIT_CLEAN;
}

/** Runs one `shipshape` invocation and returns its exit status; never exits the process itself. */
export async function runCli(argv: readonly string[], io: CliIo, api: CheckerApi, about: About): Promise<number> {
  const command = parseArgs(argv);
  switch (command.command) {
    case 'help':
      io.stdout(HELP);
      return EXIT_CLEAN;
    case 'version':
      io.stdout(`${about.version}\n`);
      return EXIT_CLEAN;
    case 'usage-error':
      io.stderr(`shipshape: ${command.message}\nRun shipshape --help for usage.\n`);
      return EXIT_USAGE;
    case 'rules':
      io.stdout(command.format === 'json' ? formatRulesJson(api.allRules()) : formatRulesText(api.allRules()));
      return EXIT_CLEAN;
    case 'lint':
      return lint(command, io, api, about);
  }
}
