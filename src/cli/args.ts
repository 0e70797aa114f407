import type { Kind, Severity } from '../checker/core/types';

export type LintFormat = 'text' | 'json' | 'sarif';
export type RulesFormat = 'text' | 'json';

export interface LintCommand {
  command: 'lint';
  format: LintFormat;
  kind?: Kind;
  minSeverity: Severity;
  /** False when --no-color was given; the environment decides otherwise. */
  colorAllowed: boolean;
  files: string[];
}

export type Command =
  | LintCommand
  | { command: 'rules'; format: RulesFormat }
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'usage-error'; message: string };

const KINDS: readonly Kind[] = ['dockerfile', 'run', 'apparmor', 'compose', 'kubernetes'];
const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];
const LINT_FORMATS: readonly LintFormat[] = ['text', 'json', 'sarif'];
const RULES_FORMATS: readonly RulesFormat[] = ['text', 'json'];
const VALUE_OPTIONS = new Set(['--format', '--kind', '--min-severity']);

function oneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

function usage(message: string): Command {
  return { command: 'usage-error', message };
}

interface Split {
  options: Map<string, string>;
  flags: Set<string>;
  operands: string[];
  error?: string;
}

/** Separates `--opt value`, `--opt=value`, bare flags and operands; `-` is an operand (stdin), `--` ends options. */
function split(args: readonly string[]): Split {
  const result: Split = { options: new Map(), flags: new Set(), operands: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      result.operands.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      result.operands.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (VALUE_OPTIONS.has(name)) {
      const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') return { ...result, error: `${name} needs a value.` };
      result.options.set(name, value);
    } else if (eq === -1) {
      result.flags.add(arg);
    } else {
      return { ...result, error: `${name} takes no value.` };
    }
  }
  return result;
}

function parseLint(parts: Split): Command {
  const unknown = [...parts.flags].find((f) => f !== '--no-color');
  if (unknown) return usage(`Unknown option ${unknown}.`);
  const format = parts.options.get('--format') ?? 'text';
  if (!oneOf(LINT_FORMATS, format)) return usage(`--format must be one of ${LINT_FORMATS.join(', ')}, not "${format}".`);
  const kind = parts.options.get('--kind');
  if (kind !== undefined && !oneOf(KINDS, kind)) return usage(`--kind must be one of ${KINDS.join(', ')}, not "${kind}".`);
  const minSeverity = parts.options.get('--min-severity') ?? 'info';
  if (!oneOf(SEVERITIES, minSeverity)) return usage(`--min-severity must be one of ${SEVERITIES.join(', ')}, not "${minSeverity}".`);
  if (parts.operands.length === 0) return usage('lint needs at least one file, or - to read standard input.');
  if (parts.operands.filter((f) => f === '-').length > 1) return usage('Standard input (-) can only be read once.');
  return {
    command: 'lint',
    format,
    ...(kind === undefined ? {} : { kind }),
    minSeverity,
    colorAllowed: !parts.flags.has('--no-color'),
    files: parts.operands,
  };
}

function parseRules(parts: Split): Command {
  const unknown = [...parts.flags][0] ?? [...parts.options.keys()].find((o) => o !== '--format');
  if (unknown) return usage(`Unknown option ${unknown} for rules.`);
  if (parts.operands.length > 0) return usage(`rules takes no file, got "${parts.operands[0]}".`);
  const format = parts.options.get('--format') ?? 'text';
  if (!oneOf(RULES_FORMATS, format)) return usage(`--format for rules must be text or json, not "${format}".`);
  return { command: 'rules', format };
}

export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) return usage('Give a command: lint or rules.');
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  if (options.includes('--help') || options.includes('-h')) return { command: 'help' };
  if (first === '--version' || first === '-V') return { command: 'version' };
  if (first === 'help') return { command: 'help' };
  const parts = split(rest);
  if (parts.error) return usage(parts.error);
  if (first === 'lint') return parseLint(parts);
  if (first === 'rules') return parseRules(parts);
  return usage(`Unknown command "${first}"; use lint or rules.`);
}
