/**
 * What the CLI says in its own voice, in English: usage, notices, errors and the words of its output
 * formats. Findings come from the rules and their catalogue, not from here. A translation is another
 * object of this type, so a message missing in one language is a type error.
 */
import { HELP } from '../help';
import type { EntryKind } from '../io';

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

const KIND_WORDS: Partial<Record<EntryKind, string>> = {
  fifo: 'a named pipe (FIFO)',
  'char-device': 'a character device',
  'block-device': 'a block device',
  socket: 'a socket',
};

export const cliEn = {
  /** `shipshape --help`. */
  help: HELP,
  usage: {
    giveCommand: 'Give a command: lint, explain or rules.',
    unknownCommand: (given: string) => `Unknown command "${given}"; use lint, explain or rules.`,
    unknownOption: (option: string, command: string) => `Unknown option ${option} for ${command}.`,
    takesNoValue: (option: string) => `${option} takes no value.`,
    needsValue: (option: string) => `${option} needs a value.`,
    onlyOnce: (option: string) => `${option} can be given only once.`,
    mustBeOneOf: (option: string, allowed: readonly string[], given: string) => `${option} must be one of ${allowed.join(', ')}, not "${given}".`,
    formatFor: (command: string, given: string) => `--format for ${command} must be text or json, not "${given}".`,
    stdinOnce: 'Standard input (-) can only be read once.',
    configAndNoConfig: '--config and --no-config cannot be used together.',
    explainNeedsFile: 'explain needs at least one file.',
    runHelp: 'Run shipshape --help for usage.',
    kubernetesVersion: (given: string) => `--kubernetes-version must be a Kubernetes minor release such as 1.36, not "${given}".`,
  },
  notice: {
    note: 'note',
    warning: 'warning',
    kubernetesClamped: (newest: string, given: string) => `Shipshape knows the Pod Security Standards up to ${newest}; ${given} is evaluated as ${newest}.`,
    noRule: (ids: readonly string[]) => `no rule ${ids.join(', ')}; shipshape rules lists them.`,
    profileInactive: (service: string, profiles: readonly string[]) =>
      `Service "${service}" was not checked: its profiles (${profiles.join(', ')}) are not active; pass --profile ${profiles[0] ?? ''} or --profile '*' to check it.`,
    mergedApplication: (files: readonly string[]) => `${files.join(' + ')} checked as one application, as docker compose merges them.`,
    ignoredExplicit: (path: string) => `${path} is ignored by .shipshapeignore or the configuration's ignore list, so it was not checked.`,
    skipped: (path: string, reason: string) => `${path} was skipped: ${reason}.`,
    template: 'it is a template ({{ }}); render it first (for example with helm template) and check the output',
    kindUnknownStdin: (path: string) => `cannot tell what kind of file ${path} is; pass --kind.`,
    kindUnknown: (path: string) => `cannot tell what kind of file ${path} is; name it like Dockerfile, run.sh or compose.yaml, or pass --kind.`,
    directoryUnreadable: (problem: string) => `${problem} The files in it were not checked.`,
    linkSkipped: (problem: string) => `Skipped ${problem}`,
    sarifCapped: (found: number, kept: number) =>
      `${found} results were found; this log keeps the ${kept} most severe, the most GitHub code scanning accepts in one run. Run shipshape lint --format json to see them all.`,
  },
  read: {
    standardInput: 'standard input',
    tooLarge: (name: string, megabytes: string | null) =>
      `${name} is ${megabytes === null ? 'more than 5 MB' : `${megabytes} MB`}, larger than the 5 MB Shipshape reads, so it was not checked; check a smaller file or split this one.`,
    notFound: (name: string) => `${name}: no such file or directory.`,
    permission: (name: string) => `${name}: permission denied.`,
    linkLoop: (name: string) => `${name} is a symbolic link that loops back on itself.`,
    directory: (name: string) => `${name} is a directory.`,
    changed: (name: string) => `${name} changed into something other than a regular file while it was being read; it was not checked.`,
    unreadable: (name: string, reason: string) => `${name} could not be read (${reason}).`,
    notRegular: (name: string, kind: EntryKind) => `${name} is ${KIND_WORDS[kind] ?? 'not a regular file'}, not a regular file, so it was not read.`,
  },
  config: {
    registry: 'must be a registry host such as docker.io, ghcr.io, registry.example.com:5000 or *.gcr.io',
    ruleSetting: 'must be off, info, warning or error',
    severitySetting: 'must be info, warning or error',
    wrongType: (expected: string) => `must be ${expected === 'record' || expected === 'object' ? 'a mapping' : expected === 'array' ? 'a list' : `a ${expected}`}`,
    notEmpty: 'must not be empty',
    topLevel: '(top level)',
    unknownKeys: (keys: string) => `${keys}: unknown key; the keys are rules, ignore, failOn, trustedRegistries and podSecurity.`,
    podSecurity: 'must be a Pod Security level, optionally with a version: restricted, baseline:v1.36 or restricted:latest',
    issue: (key: string, message: string) => `${key}: ${message}.`,
    notYaml: (path: string, reason: string) => `${path}: not valid YAML (${reason}).`,
    hasProblems: (path: string) => `${path} has problems:`,
    unconfigurable: (id: string) => `rules.${id}: cannot be configured; it reports a file Shipshape could not check, which must never pass.`,
    unknownRule: (id: string, near: string | undefined) => `rules.${id}: unknown rule${near ? `; did you mean ${near}?` : '; shipshape rules lists them.'}`,
    unreadable: (problem: string) => `Configuration ${problem}`,
  },
  text: {
    none: (files: number) => `No problems found in ${plural(files, 'file', 'files')}.`,
    found: (total: number, errors: number, warnings: number, infos: number, files: number) =>
      `${plural(total, 'problem', 'problems')} (${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}, ${infos} info) in ${plural(files, 'file', 'files')}.`,
    learnMore: 'Why each rule matters and how to fix it:',
  },
  rules: {
    header: { id: 'ID', severity: 'SEVERITY', kinds: 'KINDS', title: 'TITLE' },
    count: (count: number) => `${count} rules. shipshape rules RULE-ID explains one.`,
    why: 'Why:',
    fix: 'Fix:',
    bad: 'Triggers it:',
    good: 'Does not:',
    lesson: (url: string, site: string | undefined) => `Lesson: ${url} on the Shipshape site${site ? ` (${site})` : ''}`,
    elsewhere: (refs: string) => `Same check elsewhere: ${refs}`,
  },
  sarif: {
    lessonText: (lesson: string) => `Lesson: ${lesson}`,
    why: '**Why:**',
    learnMore: (link: string) => `Learn more in the lesson: ${link}`,
    lessonOffline: (lesson: string, id: string) => `\`${lesson}\` on the Shipshape site (or run \`shipshape rules ${id}\`)`,
    builtIn: {
      'input-too-large': 'The file is larger than 5 MB and was not analysed.',
      'binary-input': 'The file contains NUL bytes, so it is not text and was not analysed.',
      'unused-suppression': 'A "# shipshape ignore=" comment silences nothing and could hide a future finding.',
      'internal-error': 'A check could not run on this input; its findings are missing, so the file must not be taken as passing.',
      'compose-merge': 'The Compose files could not be merged as docker compose merges them.',
    } as Readonly<Record<string, string>>,
    builtInOther: 'A problem found while reading the file, before any rule ran.',
  },
  junit: {
    atLine: (ruleId: string, line: number, column: number) => `${ruleId} at line ${line}, column ${column}`,
    clean: 'no problems found',
  },
};

export type CliMessages = typeof cliEn;
