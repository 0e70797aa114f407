import type { Kind, Severity } from '../checker/core/types';
import type { Locale } from '../i18n/locales';
import { LANGS, parseLang } from './lang-tag';
import { cliEn, type CliMessages } from './messages/en';

export const LINT_FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'checkstyle', 'gitlab'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];
export type SimpleFormat = 'text' | 'json';

export interface LintCommand {
  command: 'lint';
  format: LintFormat;
  kind?: Kind;
  minSeverity: Severity;
  /** From --fail-on; the configuration's failOn applies when absent. */
  failOn?: Severity;
  /** --config FILE; null to look for .shipshape.yaml. */
  config: string | null;
  /** --no-config: use the defaults even where a .shipshape.yaml exists. */
  noConfig: boolean;
  /** -f FILE...: Compose files merged in this order, as `docker compose -f` does. */
  composeFiles: string[];
  profiles: string[];
  /** False when --no-color was given; the environment decides otherwise. */
  colorAllowed: boolean;
  verbose: boolean;
  /** --ignore-unknown: skip named files Shipshape does not recognise instead of failing on them. */
  ignoreUnknown: boolean;
  /** Files and directories; `-` is standard input. Empty means the working directory. */
  paths: string[];
  /** --lang: the language of the messages; the locale environment decides when absent. */
  lang?: Locale;
}

export interface ExplainCommand {
  command: 'explain';
  format: SimpleFormat;
  kind?: Kind;
  /** As given, e.g. "1.36"; checked against the versions the evaluator knows when it runs. */
  kubernetesVersion?: string;
  composeFiles: string[];
  profiles: string[];
  colorAllowed: boolean;
  files: string[];
  lang?: Locale;
}

export interface RulesCommand {
  command: 'rules';
  format: SimpleFormat;
  /** Rule ids to show in full; none lists every rule. */
  ids: string[];
  lang?: Locale;
}

export type Command =
  | LintCommand
  | ExplainCommand
  | RulesCommand
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'usage-error'; message: string };

const KINDS: readonly Kind[] = ['dockerfile', 'run', 'apparmor', 'compose', 'kubernetes', 'seccomp'];
const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];

interface OptionSpec {
  /** Takes a value (`--opt value` or `--opt=value`). */
  value: boolean;
  /** May be given more than once. */
  repeat?: boolean;
}

const ALIASES: Readonly<Record<string, string>> = { '-f': '--file' };

const LINT_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  '--format': { value: true }, '--kind': { value: true }, '--min-severity': { value: true }, '--fail-on': { value: true },
  '--config': { value: true }, '--no-config': { value: false }, '--file': { value: true, repeat: true },
  '--profile': { value: true, repeat: true }, '--no-color': { value: false }, '--verbose': { value: false },
  '--ignore-unknown': { value: false }, '--lang': { value: true },
};
const EXPLAIN_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  '--format': { value: true }, '--kind': { value: true }, '--kubernetes-version': { value: true },
  '--file': { value: true, repeat: true }, '--profile': { value: true, repeat: true }, '--no-color': { value: false },
  '--lang': { value: true },
};
const RULES_OPTIONS: Readonly<Record<string, OptionSpec>> = { '--format': { value: true }, '--lang': { value: true } };

interface Parsed {
  values: Map<string, string[]>;
  flags: Set<string>;
  operands: string[];
}

function oneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

function usage(message: string): Command {
  return { command: 'usage-error', message };
}

/** Separates `--opt value`, `--opt=value`, flags and operands; `-` is an operand (stdin), `--` ends options. */
function split(args: readonly string[], specs: Readonly<Record<string, OptionSpec>>, command: string, m: CliMessages): Parsed | string {
  const parsed: Parsed = { values: new Map(), flags: new Set(), operands: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      parsed.operands.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      parsed.operands.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const written = eq === -1 ? arg : arg.slice(0, eq);
    const name = ALIASES[written] ?? written;
    const spec = specs[name];
    if (!spec) return m.usage.unknownOption(written, command);
    if (!spec.value) {
      if (eq !== -1) return m.usage.takesNoValue(written);
      parsed.flags.add(name);
      continue;
    }
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') return m.usage.needsValue(written);
    const previous = parsed.values.get(name);
    if (previous && !spec.repeat) return m.usage.onlyOnce(written);
    parsed.values.set(name, [...(previous ?? []), value]);
  }
  return parsed;
}

function single(parsed: Parsed, name: string): string | undefined {
  return parsed.values.get(name)?.[0];
}

function parseKind(parsed: Parsed, m: CliMessages): Kind | undefined | string {
  const kind = single(parsed, '--kind');
  if (kind === undefined || oneOf(KINDS, kind)) return kind;
  return m.usage.mustBeOneOf('--kind', KINDS, kind);
}

/** --lang's language; undefined when absent, null when it names none the CLI speaks. */
function parseLangOption(parsed: Parsed): Locale | undefined | null {
  const value = single(parsed, '--lang');
  return value === undefined ? undefined : parseLang(value);
}

function langError(parsed: Parsed, m: CliMessages): Command {
  return usage(m.usage.mustBeOneOf('--lang', LANGS, single(parsed, '--lang') ?? ''));
}

function parseLint(parsed: Parsed, m: CliMessages): Command {
  const format = single(parsed, '--format') ?? 'text';
  if (!oneOf(LINT_FORMATS, format)) return usage(m.usage.mustBeOneOf('--format', LINT_FORMATS, format));
  const kind = parseKind(parsed, m);
  if (typeof kind === 'string' && !oneOf(KINDS, kind)) return usage(kind);
  const minSeverity = single(parsed, '--min-severity') ?? 'info';
  if (!oneOf(SEVERITIES, minSeverity)) return usage(m.usage.mustBeOneOf('--min-severity', SEVERITIES, minSeverity));
  const failOn = single(parsed, '--fail-on');
  if (failOn !== undefined && !oneOf(SEVERITIES, failOn)) return usage(m.usage.mustBeOneOf('--fail-on', SEVERITIES, failOn));
  if (parsed.operands.filter((f) => f === '-').length > 1) return usage(m.usage.stdinOnce);
  const config = single(parsed, '--config') ?? null;
  if (config !== null && parsed.flags.has('--no-config')) return usage(m.usage.configAndNoConfig);
  const lang = parseLangOption(parsed);
  if (lang === null) return langError(parsed, m);
  return {
    command: 'lint',
    ...(lang === undefined ? {} : { lang }),
    format,
    ...(kind === undefined ? {} : { kind }),
    minSeverity,
    ...(failOn === undefined ? {} : { failOn }),
    config,
    noConfig: parsed.flags.has('--no-config'),
    composeFiles: parsed.values.get('--file') ?? [],
    profiles: parsed.values.get('--profile') ?? [],
    colorAllowed: !parsed.flags.has('--no-color'),
    verbose: parsed.flags.has('--verbose'),
    ignoreUnknown: parsed.flags.has('--ignore-unknown'),
    paths: parsed.operands,
  };
}

function parseExplain(parsed: Parsed, m: CliMessages): Command {
  const format = single(parsed, '--format') ?? 'text';
  if (!oneOf(['text', 'json'] as const, format)) return usage(m.usage.formatFor('explain', format));
  const lang = parseLangOption(parsed);
  if (lang === null) return langError(parsed, m);
  const kind = parseKind(parsed, m);
  if (typeof kind === 'string' && !oneOf(KINDS, kind)) return usage(kind);
  const composeFiles = parsed.values.get('--file') ?? [];
  if (parsed.operands.length === 0 && composeFiles.length === 0) return usage(m.usage.explainNeedsFile);
  if (parsed.operands.filter((f) => f === '-').length > 1) return usage(m.usage.stdinOnce);
  const kubernetesVersion = single(parsed, '--kubernetes-version');
  return {
    command: 'explain',
    ...(lang === undefined ? {} : { lang }),
    format,
    ...(kind === undefined ? {} : { kind }),
    ...(kubernetesVersion === undefined ? {} : { kubernetesVersion }),
    composeFiles,
    profiles: parsed.values.get('--profile') ?? [],
    colorAllowed: !parsed.flags.has('--no-color'),
    files: parsed.operands,
  };
}

function parseRules(parsed: Parsed, m: CliMessages): Command {
  const format = single(parsed, '--format') ?? 'text';
  if (!oneOf(['text', 'json'] as const, format)) return usage(m.usage.formatFor('rules', format));
  const lang = parseLangOption(parsed);
  if (lang === null) return langError(parsed, m);
  return { command: 'rules', ...(lang === undefined ? {} : { lang }), format, ids: parsed.operands };
}

const COMMANDS: Readonly<Record<string, { specs: Readonly<Record<string, OptionSpec>>; parse: (parsed: Parsed, m: CliMessages) => Command }>> = {
  lint: { specs: LINT_OPTIONS, parse: parseLint },
  explain: { specs: EXPLAIN_OPTIONS, parse: parseExplain },
  rules: { specs: RULES_OPTIONS, parse: parseRules },
};

/**
 * The language the command line asks for with --lang (before any `--`), so usage errors and --help
 * can be worded in it before the rest is parsed; undefined when absent or not one the CLI speaks.
 */
export function requestedLang(argv: readonly string[]): Locale | undefined {
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  let found: Locale | undefined;
  options.forEach((arg, i) => {
    const value = arg === '--lang' ? options[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    found = (value === undefined ? null : parseLang(value)) ?? found;
  });
  return found;
}

/** Reads the command line without loading anything else, so `--version` and `--help` answer at once. */
export function parseArgs(argv: readonly string[], m: CliMessages = cliEn): Command {
  const [first, ...rest] = argv;
  if (first === undefined) return usage(m.usage.giveCommand);
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  if (options.includes('--help') || options.includes('-h') || first === 'help') return { command: 'help' };
  if (first === '--version' || first === '-V') return { command: 'version' };
  const entry = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!entry) return usage(m.usage.unknownCommand(first));
  const parsed = split(rest, entry.specs, first, m);
  return typeof parsed === 'string' ? usage(parsed) : entry.parse(parsed, m);
}
