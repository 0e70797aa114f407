import type { Kind, Severity } from '../checker/core/types';
import type { Locale } from '../i18n/locales';
import { LANGS, parseLang } from './lang-tag';

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
}

export interface RulesCommand {
  command: 'rules';
  format: SimpleFormat;
  /** Rule ids to show in full; none lists every rule. */
  ids: string[];
}

export type Command =
  | LintCommand
  | ExplainCommand
  | RulesCommand
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'usage-error'; message: string };

const KINDS: readonly Kind[] = ['dockerfile', 'run', 'apparmor', 'compose', 'kubernetes'];
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
};
const RULES_OPTIONS: Readonly<Record<string, OptionSpec>> = { '--format': { value: true } };

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
function split(args: readonly string[], specs: Readonly<Record<string, OptionSpec>>, command: string): Parsed | string {
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
    if (!spec) return `Unknown option ${written} for ${command}.`;
    if (!spec.value) {
      if (eq !== -1) return `${written} takes no value.`;
      parsed.flags.add(name);
      continue;
    }
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') return `${written} needs a value.`;
    const previous = parsed.values.get(name);
    if (previous && !spec.repeat) return `${written} can be given only once.`;
    parsed.values.set(name, [...(previous ?? []), value]);
  }
  return parsed;
}

function single(parsed: Parsed, name: string): string | undefined {
  return parsed.values.get(name)?.[0];
}

function parseKind(parsed: Parsed): Kind | undefined | string {
  const kind = single(parsed, '--kind');
  if (kind === undefined || oneOf(KINDS, kind)) return kind;
  return `--kind must be one of ${KINDS.join(', ')}, not "${kind}".`;
}

function parseLint(parsed: Parsed): Command {
  const format = single(parsed, '--format') ?? 'text';
  if (!oneOf(LINT_FORMATS, format)) return usage(`--format must be one of ${LINT_FORMATS.join(', ')}, not "${format}".`);
  const kind = parseKind(parsed);
  if (typeof kind === 'string' && !oneOf(KINDS, kind)) return usage(kind);
  const minSeverity = single(parsed, '--min-severity') ?? 'info';
  if (!oneOf(SEVERITIES, minSeverity)) return usage(`--min-severity must be one of ${SEVERITIES.join(', ')}, not "${minSeverity}".`);
  const failOn = single(parsed, '--fail-on');
  if (failOn !== undefined && !oneOf(SEVERITIES, failOn)) return usage(`--fail-on must be one of ${SEVERITIES.join(', ')}, not "${failOn}".`);
  if (parsed.operands.filter((f) => f === '-').length > 1) return usage('Standard input (-) can only be read once.');
  const config = single(parsed, '--config') ?? null;
  if (config !== null && parsed.flags.has('--no-config')) return usage('--config and --no-config cannot be used together.');
  const langValue = single(parsed, '--lang');
  const lang = langValue === undefined ? undefined : parseLang(langValue);
  if (lang === null) return usage(`--lang must be one of ${LANGS.join(', ')}, not "${langValue ?? ''}".`);
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

function parseExplain(parsed: Parsed): Command {
  const format = single(parsed, '--format') ?? 'text';
  if (!oneOf(['text', 'json'] as const, format)) return usage(`--format for explain must be text or json, not "${format}".`);
  const kind = parseKind(parsed);
  if (typeof kind === 'string' && !oneOf(KINDS, kind)) return usage(kind);
  const composeFiles = parsed.values.get('--file') ?? [];
  if (parsed.operands.length === 0 && composeFiles.length === 0) return usage('explain needs at least one file.');
  if (parsed.operands.filter((f) => f === '-').length > 1) return usage('Standard input (-) can only be read once.');
  const kubernetesVersion = single(parsed, '--kubernetes-version');
  return {
    command: 'explain',
    format,
    ...(kind === undefined ? {} : { kind }),
    ...(kubernetesVersion === undefined ? {} : { kubernetesVersion }),
    composeFiles,
    profiles: parsed.values.get('--profile') ?? [],
    colorAllowed: !parsed.flags.has('--no-color'),
    files: parsed.operands,
  };
}

function parseRules(parsed: Parsed): Command {
  const format = single(parsed, '--format') ?? 'text';
  if (!oneOf(['text', 'json'] as const, format)) return usage(`--format for rules must be text or json, not "${format}".`);
  return { command: 'rules', format, ids: parsed.operands };
}

const COMMANDS: Readonly<Record<string, { specs: Readonly<Record<string, OptionSpec>>; parse: (parsed: Parsed) => Command }>> = {
  lint: { specs: LINT_OPTIONS, parse: parseLint },
  explain: { specs: EXPLAIN_OPTIONS, parse: parseExplain },
  rules: { specs: RULES_OPTIONS, parse: parseRules },
};

/** Reads the command line without loading anything else, so `--version` and `--help` answer at once. */
export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) return usage('Give a command: lint, explain or rules.');
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  if (options.includes('--help') || options.includes('-h') || first === 'help') return { command: 'help' };
  if (first === '--version' || first === '-V') return { command: 'version' };
  const entry = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!entry) return usage(`Unknown command "${first}"; use lint, explain or rules.`);
  const parsed = split(rest, entry.specs, first);
  return typeof parsed === 'string' ? usage(parsed) : entry.parse(parsed);
}
