import { basename, dirname, join, resolve } from 'node:path';
import type { SourceFile } from '../checker/compose/merge/project';
import type { Finding } from '../checker/core/types';
import type { CheckerApi, CheckerLoaders, LintApi, LintOptions } from './api';
import type { LintCommand } from './args';
import { ConfigError, defaultConfig, findConfig, type Config } from './config-base';
import { formatLint, lintContext } from './format';
import { terminalSafe } from './terminal-safe';
import { globLevel, type IgnoreLevel } from './ignore-rules';
import type { About, CliIo } from './io';
import { EXIT_ERROR, applyRuleSettings, atLeast, exitCode } from './policy';
import { readInputFile } from './read-input';
import type { FileReport, LintReport, Notice } from './report';
import { cliLocale } from './lang';
import { findingLocalizer } from './localizer';
import { cliMessages, type CliMessages } from './messages';
import { collect, displayPath, type Candidate } from './targets';
import type { Kind } from '../checker/core/types';

/** compose-go `cli/options.go`: the names `docker compose` looks for, in order of preference. */
export const COMPOSE_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
export const COMPOSE_OVERRIDE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];

interface Checked {
  reports: FileReport[];
  notices: Notice[];
}

/** `--profile`, else COMPOSE_PROFILES, as docker compose reads them. */
export function activeProfiles(command: { profiles: readonly string[] }, env: CliIo['env']): string[] {
  if (command.profiles.length > 0) return [...command.profiles];
  return (env['COMPOSE_PROFILES'] ?? '').split(',').map((p) => p.trim()).filter(Boolean);
}

class ComposeRunner {
  private readonly displays = new Map<string, string>();
  /** Files already checked as part of an application, so none is checked twice. */
  readonly consumed = new Set<string>();

  constructor(
    private readonly io: CliIo,
    private readonly api: LintApi,
    private readonly profiles: string[],
    private readonly options: LintOptions,
    private readonly out: Checked,
    private readonly m: CliMessages,
  ) {}

  private display(path: string): string {
    return this.displays.get(path) ?? displayPath(this.io.cwd, path);
  }

  private readExtended = (path: string): string | null => {
    const read = readInputFile(this.io.fs, path, this.display(path), this.m);
    return 'problem' in read ? null : read.text;
  };

  /** Checks files as one application and records a report for each file involved. */
  run(files: readonly Candidate[]): void {
    for (const file of files) this.displays.set(file.path, file.display);
    const sources: SourceFile[] = files.map((f) => ({ path: f.path, text: f.text }));
    const result = this.api.lintCompose(sources, { profiles: this.profiles, readFile: this.readExtended, ...this.options });
    const paths = result.files.map((f) => f.path);
    for (const entry of result.files) {
      this.consumed.add(entry.path);
      const given = files.find((f) => f.path === entry.path);
      this.out.reports.push({
        path: this.display(entry.path),
        kind: 'compose',
        findings: entry.findings,
        text: given?.text ?? result.project?.files.find((f) => f.path === entry.path)?.text ?? '',
        mergedWith: paths.filter((p) => p !== entry.path).map((p) => this.display(p)),
      });
    }
    for (const service of result.project?.services ?? []) {
      if (service.enabled) continue;
      this.out.notices.push({
        level: 'note',
        path: this.display(paths[0] ?? ''),
        message: this.m.notice.profileInactive(service.name, service.profiles),
      });
    }
    if (files.length > 1) {
      this.out.notices.push({ level: 'note', message: this.m.notice.mergedApplication(files.map((f) => f.display)) });
    }
  }
}

/** The override file `docker compose up` would read beside a main Compose file, if there is one. */
function overrideBeside(io: CliIo, main: Candidate, known: readonly Candidate[], m: CliMessages): Candidate | null {
  for (const name of COMPOSE_OVERRIDE_NAMES) {
    const path = join(dirname(main.path), name);
    const listed = known.find((c) => c.path === path);
    if (listed) return listed;
    try {
      if (io.fs.stat(path).kind !== 'file') continue;
    } catch {
      continue;
    }
    const display = main.display === basename(main.display) ? name : join(dirname(main.display), name);
    const read = readInputFile(io.fs, path, display, m);
    return 'problem' in read ? null : { display, path, kind: 'compose', text: read.text };
  }
  return null;
}

/** Groups Compose files the way `docker compose` finds them: in each directory the preferred main file with its override. */
function composeApplications(io: CliIo, compose: readonly Candidate[], m: CliMessages): Candidate[][] {
  const applications: Candidate[][] = [];
  const used = new Set<string>();
  const mains = compose.filter((c) => COMPOSE_FILE_NAMES.includes(basename(c.path)));
  const byDir = new Map<string, Candidate>();
  for (const main of mains) {
    const dir = dirname(main.path);
    const current = byDir.get(dir);
    if (!current || COMPOSE_FILE_NAMES.indexOf(basename(main.path)) < COMPOSE_FILE_NAMES.indexOf(basename(current.path))) byDir.set(dir, main);
  }
  for (const main of byDir.values()) {
    const override = overrideBeside(io, main, compose, m);
    applications.push(override ? [main, override] : [main]);
    used.add(main.path);
    if (override) used.add(override.path);
  }
  for (const other of compose) if (!used.has(other.path)) applications.push([other]);
  return applications;
}

async function readComposeFiles(io: CliIo, files: readonly string[], notices: Notice[], m: CliMessages): Promise<Candidate[]> {
  const out: Candidate[] = [];
  for (const given of files) {
    const path = resolve(io.cwd, given);
    const read = readInputFile(io.fs, path, given, m);
    if ('problem' in read) notices.push({ level: 'error', message: read.problem.message, path: given });
    else out.push({ display: given, path, kind: 'compose', text: read.text });
  }
  return out;
}

/** Whether a configuration file applies: `--config`, else one found from the working directory up. */
function hasConfig(command: LintCommand, io: CliIo): boolean {
  return !command.noConfig && (command.config !== null || findConfig(io.fs, io.cwd) !== null);
}

async function readConfig(command: LintCommand, io: CliIo, api: CheckerApi, m: CliMessages): Promise<Config> {
  const { loadConfig } = await import('./config');
  return loadConfig(io.fs, io.cwd, command.config, api.allRules().map((r) => r.id), m);
}

export async function runLint(command: LintCommand, io: CliIo, loaders: CheckerLoaders, about: About): Promise<number> {
  const m = cliMessages(cliLocale(command.lang, io.env));
  // Every rule is needed to check the rule names a configuration uses, and for SARIF's rule catalogue;
  // otherwise only the checkers of the kinds of files found are loaded, once they are found.
  const configured = hasConfig(command, io);
  const everything = configured || command.format === 'sarif' ? await loaders.all() : null;
  let config: Config;
  try {
    config = configured && everything ? await readConfig(command, io, everything, m) : defaultConfig(io.cwd);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`shipshape: ${error.message}\n`);
    return EXIT_ERROR;
  }
  const finalLevels: IgnoreLevel[] = [globLevel(config.dir, config.ignore)].filter((l): l is IgnoreLevel => l !== null);
  const paths = command.paths.length === 0 && command.composeFiles.length === 0 ? ['.'] : command.paths;
  const collected = await collect(io, paths, command.kind, finalLevels, m, command.ignoreUnknown);
  const checked: Checked = { reports: [], notices: collected.notices };
  const explicit = await readComposeFiles(io, command.composeFiles, checked.notices, m);
  const kinds = new Set<Kind>(collected.candidates.map((c) => c.kind));
  if (explicit.length > 0) kinds.add('compose');
  const api: LintApi = everything ?? await loaders.forKinds([...kinds]);
  const options: LintOptions = { trustedRegistries: config.trustedRegistries, podSecurity: config.podSecurity };
  const compose = new ComposeRunner(io, api, activeProfiles(command, io.env), options, checked, m);

  if (explicit.length > 0) compose.run(explicit);
  const composeCandidates = collected.candidates.filter((c) => c.kind === 'compose' && !compose.consumed.has(c.path));
  for (const application of composeApplications(io, composeCandidates, m)) {
    const fresh = application.filter((c) => !compose.consumed.has(c.path));
    if (fresh.length > 0) compose.run(fresh);
  }
  for (const candidate of collected.candidates) {
    if (candidate.kind === 'compose') continue;
    checked.reports.push({
      path: candidate.display,
      kind: candidate.kind,
      findings: api.lintText(candidate.kind, candidate.text, options),
      text: candidate.text,
      mergedWith: [],
    });
  }
  const context = lintContext(command, io, api, about);
  const localize = await findingLocalizer(context.locale, context.ruleById);
  const settle = (findings: Finding[]): Finding[] => atLeast(applyRuleSettings(findings, config), command.minSeverity).map(localize);
  const failOn = command.failOn ?? config.failOn;
  const report: LintReport = {
    files: checked.reports.map((r) => ({ ...r, findings: settle(r.findings) })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    notices: checked.notices,
    failOn,
  };
  io.stdout(await formatLint(command.format, report, context));
  // Problems also go to standard error, so a CI log shows them whatever the format on standard output.
  for (const notice of report.notices) {
    if (notice.level === 'note' && !command.verbose) continue;
    io.stderr(`shipshape: ${notice.level === 'error' ? '' : `${m.notice[notice.level]}: `}${terminalSafe(notice.message)}\n`);
  }
  return exitCode(report.files, report.notices, failOn);
}
