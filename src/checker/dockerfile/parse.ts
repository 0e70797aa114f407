import type { Finding, Span } from '../core/types';
import { lookupBaseImage, normaliseRepository } from './catalogue';
import { addFileWrites } from './effects';
import { diagnostic } from './diagnostics';
import { instructionBounds } from './instruction-bounds';
import type {
  BaseRef, ExecSpec, FileAdd, Heredoc, ImageModel, KeyValue, Mount, RunStep, ShellCommand, Stage, UserSpec,
} from './model';
import { LayeredScope } from './layered-scope';
import { splitCommands, type PositionOf } from './shell';
import { expandWord, MAX_EXPANSION, substitute, type Scope } from './substitute';
import {
  heredocMarkers, jsonArray, leadingFlags, lineSpan, logicalLine, logicalPosition, logicalSpan, positionMap, readHeredocs, splitWords, wordsOf,
  type Flag, type LogicalLine, type Word,
} from './text';
import { applyAccountCommand, copyTable, resolveChown, resolveUser, tableOf, unknownUser, type UserTable } from './users';
import type { BaseImageInfo } from './model';

const INSTRUCTIONS = new Set([
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME',
  'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
]);
const SHELLS = new Set(['', 'sh', 'bash', 'ash', 'dash', 'zsh']);
/** Unknown-instruction reports beyond this many add noise, not information (binary input). */
const MAX_UNKNOWN_REPORTS = 10;

interface Instruction {
  keyword: string;
  /** Arguments of the first logical line, keyword removed. */
  args: string;
  /** The first logical line, in which `args` starts at `argsStart`. */
  logical: LogicalLine;
  argsStart: number;
  heredocs: Heredoc[];
  line: number;
  endLine: number;
  /** The first physical line, and the keyword on it. */
  span: Span;
  keywordSpan: Span;
}

/** Mutable state of the stage being built. */
interface StageBuilder {
  stage: Stage;
  table: UserTable;
  scope: LayeredScope;
  /** ENV only, which a `FROM <stage>` inherits. */
  env: LayeredScope;
  shell: string[];
}

function normalise(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}

/** Splits `name[:tag][@digest]`. */
function splitReference(reference: string): { name: string; tag: string | null; digest: string | null } {
  const at = reference.indexOf('@');
  const digest = at === -1 ? null : reference.slice(at + 1);
  const nameTag = at === -1 ? reference : reference.slice(0, at);
  const colon = nameTag.lastIndexOf(':');
  const slash = nameTag.lastIndexOf('/');
  if (colon > slash) return { name: nameTag.slice(0, colon), tag: nameTag.slice(colon + 1), digest };
  return { name: nameTag, tag: null, digest };
}

/** Stage names (lower-cased) to their index, for FROM <stage> and COPY --from. */
type StageNames = ReadonlyMap<string, number>;

function parseFrom(instruction: Instruction, globals: Map<string, string | null>, names: StageNames): { base: BaseRef; name: string | null } {
  const { flags, restStart } = leadingFlags(instruction.args);
  const located = wordsOf(instruction.args.slice(restStart));
  const words = located.map((w) => w.value);
  const raw = words[0] ?? '';
  const first = located[0];
  const span = first ? argsSpan(instruction, restStart + first.start, restStart + first.end) : instruction.span;
  const asIndex = words.findIndex((w, i) => i > 0 && w.toLowerCase() === 'as');
  const name = asIndex === -1 ? null : (words[asIndex + 1] ?? '').toLowerCase() || null;
  const { value: resolved, unresolved } = substitute(raw, globals);
  const platformFlag = flags.find((f) => f.name === 'platform');
  const platform = platformFlag?.value ?? null;
  const { name: imageName, tag, digest } = splitReference(resolved);
  const { registry, repository } = normaliseRepository(imageName);
  const stageIndex = names.get(resolved.toLowerCase()) ?? -1;
  let kind: BaseRef['kind'] = 'image';
  if (resolved === '' || (unresolved && resolved.replace(/[:@/]/g, '') === '')) kind = 'unresolved';
  else if (stageIndex !== -1) kind = 'stage';
  else if (resolved.toLowerCase() === 'scratch') kind = 'scratch';
  const info = kind === 'image' || kind === 'scratch' ? lookupBaseImage(registry, repository, tag) : null;
  return {
    base: {
      raw, resolved, kind, unresolvedVariables: unresolved, registry, repository, tag, digest, platform,
      stageIndex: kind === 'stage' ? stageIndex : null, info, line: instruction.line, span,
    },
    name,
  };
}

function newStage(index: number, base: BaseRef, name: string | null, span: Span, implicit: boolean, parent: StageBuilder | null): StageBuilder {
  const line = span.line;
  let user: UserSpec;
  let table: UserTable;
  let hasShell: boolean | null = null;
  if (parent) {
    user = { ...parent.stage.user, source: 'stage', line, span };
    table = copyTable(parent.table);
    hasShell = parent.stage.hasShell;
  } else if (base.kind === 'scratch' || base.info) {
    table = baseTable(base.info);
    user = resolveUser(base.info?.defaultUser ?? '', table, span, 'base-image');
    hasShell = base.info?.shell ?? false;
  } else {
    table = tableOf([]);
    user = unknownUser(span);
  }
  const stage: Stage = {
    index, implicit, name, base, line, endLine: line, span, initialUser: user, user, userInstructions: [],
    knownUsers: [], createdUsers: [], accountChanges: [], steps: [], adds: [], runs: [], writes: [], env: [], args: [],
    workdirs: [], expose: [], entrypoint: null, cmd: null, healthcheck: null, volumes: [], labels: [],
    shells: [], hasShell,
  };
  return {
    stage, table,
    scope: new LayeredScope(parent?.env ?? null),
    env: new LayeredScope(parent?.env ?? null),
    shell: parent ? [...parent.shell] : ['/bin/sh', '-c'],
  };
}

/** What a base image's /etc/passwd and /etc/group let a stage resolve; scratch has none at all. */
function baseTable(info: BaseImageInfo | null): UserTable {
  if (!info) return tableOf([], [], true);
  const dialect = info.libc === 'musl' || info.id === 'busybox' ? 'busybox' : info.packageManager === 'apt' ? 'debian' : null;
  return tableOf(info.users, info.groups, info.accounts !== null, dialect);
}

/** How instructions read their values: the escape character and the build's --build-arg values. */
interface Reading {
  escape: string;
  buildArgs: ReadonlyMap<string, string>;
}

/** `KEY=value KEY2="v 2"` or the legacy `KEY value` form of ENV and LABEL. */
function keyValues(ins: Instruction, scope: Scope, escape = '\\'): KeyValue[] {
  const { args, line } = ins;
  const words = wordsOf(args, escape);
  const first = words[0];
  if (first && first.value !== '' && !first.value.includes('=')) {
    const rest = args.slice(first.end).trim();
    return [{ name: first.value, value: expandWord(rest, scope, escape).value, line, span: argsSpan(ins, first.start, first.end) }];
  }
  return words.map((w) => {
    const eq = w.value.indexOf('=');
    if (eq === -1) return { name: w.value, value: null, line, span: argsSpan(ins, w.start, w.end) };
    const nameEnd = Math.min(w.end, args.indexOf('=', w.start));
    // The value is read from the text as written, so its quotes and escapes keep their meaning.
    const written = args.slice(nameEnd + 1, w.end);
    return { name: w.value.slice(0, eq), value: expandWord(written, scope, escape).value, line, span: argsSpan(ins, w.start, nameEnd) };
  });
}

function execSpec(args: string, ins: Instruction): ExecSpec {
  const json = jsonArray(args);
  const { line, span } = ins;
  return json ? { form: 'exec', args: json, line, span } : { form: 'shell', args: [args.trim()], line, span };
}

function parseMount(value: string): Mount {
  const fields = new Map<string, string>();
  for (const part of value.split(',')) {
    const eq = part.indexOf('=');
    fields.set((eq === -1 ? part : part.slice(0, eq)).trim().toLowerCase(), eq === -1 ? 'true' : part.slice(eq + 1).trim());
  }
  const target = fields.get('target') ?? fields.get('dst') ?? fields.get('destination') ?? null;
  return {
    type: fields.get('type') ?? 'bind',
    target,
    source: fields.get('source') ?? fields.get('src') ?? null,
    id: fields.get('id') ?? null,
    from: fields.get('from') ?? null,
    raw: value,
  };
}

function octalMode(text: string | null): number | null {
  return text !== null && /^[0-7]{3,4}$/.test(text) ? Number.parseInt(text, 8) : null;
}

/** The value of flag `--name` after substitution ("true" when it has none); null when absent. */
function flagValue(flags: readonly Flag[], name: string, scope: Scope): string | null {
  const f = flags.find((x) => x.name === name);
  return f ? substitute(f.value ?? 'true', scope).value : null;
}

function flagSpan(ins: Instruction, flags: readonly Flag[], name: string): Span | null {
  const f = flags.find((x) => x.name === name);
  return f ? argsSpan(ins, f.start, f.end) : null;
}

function addFiles(b: StageBuilder, ins: Instruction, names: StageNames, stageCount: number): FileAdd {
  const { flags, restStart } = leadingFlags(ins.args);
  const rest = ins.args.slice(restStart);
  const json = jsonArray(rest);
  // Exec-form items carry no offsets of their own: they are found on the instruction's line.
  const written = json ? json.map((value) => ({ value, span: ins.span })) : wordsOf(rest).map((w) => ({ value: w.value, span: argsSpan(ins, restStart + w.start, restStart + w.end) }));
  // A variable without a value stays as written: better "${SRC}" than an empty path.
  const items = written.map((w) => {
    const sub = substitute(w.value, b.scope);
    return { value: sub.unresolved ? w.value : sub.value, span: w.span };
  });
  const dest = items.length > 1 ? items[items.length - 1]?.value ?? '' : '';
  const sources = items.slice(0, Math.max(items.length - 1, 0)).filter((item) => !/^<<-?/.test(item.value));
  const from = flagValue(flags, 'from', b.scope);
  let fromStage: number | null = null;
  if (from !== null) {
    const byName = names.get(from.toLowerCase());
    const byIndex = /^\d+$/.test(from) ? Number(from) : -1;
    fromStage = byName ?? (byIndex >= 0 && byIndex < stageCount ? byIndex : null);
  }
  const chown = flagValue(flags, 'chown', b.scope);
  const owner = chown === null ? { uid: 0, gid: 0, error: null } : resolveChown(chown, b.table);
  const chmod = flagValue(flags, 'chmod', b.scope);
  const inline = ins.heredocs.map((h) => ({ name: h.name, content: h.body }));
  return {
    instruction: ins.keyword === 'ADD' ? 'ADD' : 'COPY',
    sources: sources.map((item) => item.value),
    dest, from, fromStage, chown, chmod,
    link: flags.some((f) => f.name === 'link' && f.value !== 'false'),
    checksum: flagValue(flags, 'checksum', b.scope),
    owner: { uid: owner.uid, gid: owner.gid },
    ownerError: owner.error,
    mode: octalMode(chmod),
    inline,
    line: ins.line,
    endLine: ins.endLine,
    spans: { keyword: ins.keywordSpan, sources: sources.map((item) => item.span), chown: flagSpan(ins, flags, 'chown'), chmod: flagSpan(ins, flags, 'chmod') },
  };
}

/** Where an offset of a heredoc body is in the file: each body line is a line of the Dockerfile. */
function heredocPositions(heredoc: Heredoc): PositionOf {
  const starts: number[] = [0];
  const lines: number[] = [heredoc.line];
  const body = heredoc.body;
  for (let at = body.indexOf('\n'); at !== -1; at = body.indexOf('\n', at + 1)) {
    starts.push(at + 1);
    lines.push(heredoc.line + lines.length);
  }
  return positionMap(starts, lines, heredoc.indents.map((tabs) => tabs + 1));
}

/** The commands of a RUN, with heredoc bodies that a shell executes parsed as scripts too. */
function runCommands(rest: string, ins: Instruction, restStart: number): ShellCommand[] {
  const shift = ins.argsStart + restStart;
  const head = splitCommands(rest, (offset) => logicalPosition(ins.logical, offset + shift));
  // splitCommands keeps only commands with a program or a redirect; without heredocs, the only ones
  // to drop are bare redirects, so a script that has none is returned as it is.
  if (ins.heredocs.length === 0 && head.every((c) => c.program !== '')) return head;
  const commands: ShellCommand[] = [];
  // Heredoc operators and bodies pair up in order of appearance.
  let nextHeredoc = 0;
  for (const command of head) {
    if (command.program !== '') commands.push(command);
    for (const r of command.redirects) {
      if (!/^\d*<<-?$/.test(r.op)) continue;
      const heredoc = ins.heredocs[nextHeredoc++];
      if (!heredoc || !SHELLS.has(command.program) || /^#!.*\b(python|node|perl|ruby)/.test(heredoc.body)) continue;
      for (const inner of splitCommands(heredoc.body, heredocPositions(heredoc))) {
        if (inner.program !== '' || inner.redirects.some((ir) => !ir.op.includes('<<'))) commands.push(inner);
      }
    }
  }
  return commands;
}

function run(b: StageBuilder, ins: Instruction): RunStep {
  const { flags, restStart } = leadingFlags(ins.args);
  const rest = ins.args.slice(restStart);
  const argv = jsonArray(rest);
  const commands = argv ? [] : runCommands(rest, ins, restStart);
  return {
    form: argv ? 'exec' : 'shell',
    script: argv ? argv.join(' ') : rest.trim(),
    argv: argv ?? [],
    mounts: flags.filter((f) => f.name === 'mount' && f.value !== null).map((f) => parseMount(f.value ?? '')),
    network: flags.find((f) => f.name === 'network')?.value ?? null,
    heredocs: ins.heredocs,
    commands,
    // SHELL replaces the builder's array rather than changing it, so steps can share it.
    shell: b.shell,
    line: ins.line,
    endLine: ins.endLine,
    span: ins.span,
  };
}

const NO_HEREDOCS: ReadonlyMap<string, string> = new Map();

function applyRun(b: StageBuilder, step: RunStep): void {
  const contents = step.heredocs.length === 0 ? NO_HEREDOCS : new Map(step.heredocs.map((h) => [h.name, h.body]));
  const exec = step.form === 'exec';
  const commands = exec ? splitCommands(step.argv.slice(2).join(' '), () => ({ line: step.line, column: 1 })) : step.commands;
  for (const command of commands) {
    for (const change of applyAccountCommand(command, b.table, b.stage.user.isRoot !== false)) {
      b.stage.accountChanges.push(change);
      if (change.kind === 'user') b.stage.createdUsers.push(change.user);
    }
    addFileWrites(b.stage.writes, command, contents, exec ? step.span : undefined);
  }
}

/**
 * Where [start, end) of an instruction's arguments is, when it starts on the instruction's first
 * line; otherwise that whole first line, the line a finding about the instruction is reported on.
 */
function argsSpan(ins: Instruction, start: number, end: number): Span {
  const span = logicalSpan(ins.logical, ins.argsStart + start, ins.argsStart + end);
  return span.line === ins.line ? span : ins.span;
}

/** The arguments of an instruction as one span, from the first word to the end of the last. */
function valueSpan(ins: Instruction): Span {
  const words = wordsOf(ins.args);
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? argsSpan(ins, first.start, last.end) : ins.span;
}

/** The name part of an `ARG NAME=value` word. */
function argNameSpan(ins: Instruction, word: Word): Span {
  const eq = ins.args.indexOf('=', word.start);
  return argsSpan(ins, word.start, eq !== -1 && eq < word.end ? eq : word.end);
}

function applyInstruction(b: StageBuilder, ins: Instruction, names: StageNames, stageCount: number, globals: ReadonlyMap<string, string | null>, reading: Reading, diagnostics: Finding[]): void {
  const s = b.stage;
  const args = ins.args.trim();
  s.steps.push({ keyword: ins.keyword, args, line: ins.line, endLine: ins.endLine, user: s.user });
  s.endLine = ins.endLine;
  switch (ins.keyword) {
    case 'USER': {
      if (args === '') {
        diagnostics.push(diagnostic('parse-error', 'userWithoutArgument', 'error', ins.keywordSpan));
        break;
      }
      // The frontend takes the whole rest of the line as one word, quotes and all (`USER a b` is user "a b").
      const { value, unresolved } = expandWord(args, b.scope, reading.escape);
      const user = resolveUser(value, b.table, valueSpan(ins), 'instruction', { written: args, unresolvedVariables: unresolved });
      s.userInstructions.push(user);
      s.user = user;
      break;
    }
    case 'RUN': {
      const step = run(b, ins);
      s.runs.push(step);
      applyRun(b, step);
      break;
    }
    case 'COPY':
    case 'ADD':
      s.adds.push(addFiles(b, ins, names, stageCount));
      break;
    case 'ENV':
      for (const kv of keyValues(ins, b.scope, reading.escape)) {
        s.env.push(kv);
        b.scope.set(kv.name, kv.value);
        b.env.set(kv.name, kv.value);
      }
      break;
    case 'ARG':
      for (const word of wordsOf(ins.args, reading.escape)) {
        const eq = word.value.indexOf('=');
        const name = eq === -1 ? word.value : word.value.slice(0, eq);
        const written = eq === -1 ? null : ins.args.slice(ins.args.indexOf('=', word.start) + 1, word.end);
        const declared = written === null ? globals.get(name) ?? null : expandWord(written, b.scope, reading.escape).value;
        // --build-arg wins over the default; without one, an ARG with no default takes the global value.
        const value = reading.buildArgs.get(name) ?? declared;
        s.args.push({ name, value: written === null ? null : declared, line: ins.line, span: argNameSpan(ins, word) });
        if (!b.env.has(name)) b.scope.set(name, value);
      }
      break;
    case 'LABEL':
      s.labels.push(...keyValues(ins, b.scope, reading.escape));
      break;
    case 'WORKDIR':
      s.workdirs.push({ path: substitute(splitWords(args).join(' '), b.scope).value, line: ins.line, span: valueSpan(ins) });
      break;
    case 'EXPOSE':
      for (const word of wordsOf(ins.args)) {
        const raw = substitute(word.value, b.scope).value;
        const [port = '', protocol = 'tcp'] = raw.split('/');
        const n = Number.parseInt(port, 10);
        s.expose.push({ raw, port: Number.isFinite(n) ? n : null, protocol: protocol.toLowerCase(), line: ins.line, span: argsSpan(ins, word.start, word.end) });
      }
      break;
    case 'ENTRYPOINT':
      s.entrypoint = execSpec(args, ins);
      break;
    case 'CMD':
      s.cmd = execSpec(args, ins);
      break;
    case 'HEALTHCHECK': {
      if (/^none$/i.test(args)) {
        s.healthcheck = { none: true, command: null, line: ins.line };
        break;
      }
      const { restStart } = leadingFlags(args);
      const command = args.slice(restStart).replace(/^\s*cmd\b/i, '');
      s.healthcheck = { none: false, command: command.trim() ? execSpec(command, ins) : null, line: ins.line };
      break;
    }
    case 'VOLUME':
      const json = jsonArray(args);
      const paths = json ? json.map((value) => ({ value, span: ins.span })) : wordsOf(ins.args).map((w) => ({ value: w.value, span: argsSpan(ins, w.start, w.end) }));
      for (const path of paths) s.volumes.push({ path: substitute(path.value, b.scope).value, line: ins.line, span: path.span });
      break;
    case 'SHELL': {
      const shell = jsonArray(args);
      if (shell) {
        s.shells.push({ args: shell, line: ins.line });
        b.shell = shell;
      }
      break;
    }
    default:
      break;
  }
}

function finishStage(b: StageBuilder): void {
  const s = b.stage;
  s.knownUsers = [...b.table.users].flatMap(([name, ids]) => (ids.uid === null ? [] : [{ name, uid: ids.uid, gid: ids.gid ?? ids.uid }]));
}

/** Reads the instructions: dockerfile-ast finds where each starts and ends (escape directive, heredocs). */
function readInstructions(text: string, lines: readonly string[], diagnostics: Finding[]): { instructions: Instruction[]; escape: string; directives: ImageModel['directives'] } {
  const { escape, directives, instructions: bounds } = instructionBounds(text);
  const instructions: Instruction[] = [];
  let unknownReports = 0;
  for (const range of bounds) {
    const start = range.start;
    const logical = logicalLine(lines, start, range.end, escape);
    const keywordMatch = /^\s*(\S+)/.exec(logical.text);
    const keyword = (keywordMatch?.[1] ?? '').toUpperCase();
    const argsStart = keywordMatch ? keywordMatch[0].length : 0;
    const span = lineSpan(lines, start + 1);
    const keywordSpan = keywordMatch ? logicalSpan(logical, argsStart - keyword.length, argsStart) : span;
    let heredocs: Heredoc[] = [];
    let endLine = Math.max(range.end, logical.lastLine);
    if (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') {
      const markers = heredocMarkers(logical.text);
      if (markers.length > 0) {
        const read = readHeredocs(lines, logical.lastLine, markers);
        heredocs = read.heredocs;
        endLine = Math.max(endLine, read.lastLine);
        for (const name of read.unterminated.slice(0, 1)) {
          diagnostics.push(diagnostic('unterminated-heredoc', 'unterminated', 'error', span, { name }));
        }
      }
    }
    if (!INSTRUCTIONS.has(keyword)) {
      if (unknownReports++ < MAX_UNKNOWN_REPORTS) {
        diagnostics.push(diagnostic('unknown-instruction', 'notAnInstruction', 'error', keywordSpan, { keyword: keyword.slice(0, 40) }));
      }
      continue;
    }
    instructions.push({
      keyword,
      args: logical.text.slice(argsStart),
      logical,
      argsStart,
      heredocs,
      line: start + 1,
      endLine: endLine + 1,
      span,
      keywordSpan,
    });
  }
  return { instructions, escape, directives };
}

export interface ParseOptions {
  /** `docker build --build-arg NAME=value`: replaces ARG defaults, before and inside stages. */
  buildArgs?: Readonly<Record<string, string>>;
}

/** Parses Dockerfile text into an ImageModel. Never throws: problems become diagnostics. */
export function parseDockerfile(source: string, options: ParseOptions = {}): ImageModel {
  const text = normalise(typeof source === 'string' ? source : '');
  const lines = text.split('\n');
  const diagnostics: Finding[] = [];
  const model: ImageModel = { directives: [], escape: '\\', globalArgs: [], stages: [], final: null, lineCount: lines.length, diagnostics };
  let read: ReturnType<typeof readInstructions>;
  try {
    read = readInstructions(text, lines, diagnostics);
  } catch (error) {
    diagnostics.push(diagnostic('parse-error', 'unreadable', 'error', lineSpan(lines, 1), { detail: error instanceof Error ? error.message : String(error) }));
    return model;
  }
  model.directives = read.directives;
  model.escape = read.escape;
  const reading: Reading = { escape: read.escape, buildArgs: new Map(Object.entries(options.buildArgs ?? {})) };
  const globals = new Map<string, string | null>();
  const builders: StageBuilder[] = [];
  const names = new Map<string, number>();
  let current: StageBuilder | null = null;
  const hasFrom = read.instructions.some((i) => i.keyword === 'FROM');
  for (const ins of read.instructions) {
    if (ins.keyword === 'FROM') {
      if (current) finishStage(current);
      const { base, name } = parseFrom(ins, globals, names);
      const parent = base.stageIndex !== null ? builders[base.stageIndex] ?? null : null;
      current = newStage(model.stages.length, base, name, ins.span, false, parent);
      current.stage.steps.push({ keyword: 'FROM', args: ins.args.trim(), line: ins.line, endLine: ins.endLine, user: current.stage.user });
      builders.push(current);
      model.stages.push(current.stage);
      if (name !== null) names.set(name, current.stage.index);
      if (base.kind === 'unresolved') {
        diagnostics.push(base.raw === '' ? diagnostic('unresolved-base-image', 'noImage', 'warning', base.span) : diagnostic('unresolved-base-image', 'unsetVariable', 'warning', base.span, { image: base.raw }));
      }
      continue;
    }
    if (!current && ins.keyword === 'ARG') {
      for (const word of wordsOf(ins.args, read.escape)) {
        const eq = word.value.indexOf('=');
        const name = eq === -1 ? word.value : word.value.slice(0, eq);
        const written = eq === -1 ? null : ins.args.slice(ins.args.indexOf('=', word.start) + 1, word.end);
        const value = written === null ? null : expandWord(written, globals, read.escape).value;
        model.globalArgs.push({ name, value, line: ins.line, span: argNameSpan(ins, word) });
        globals.set(name, reading.buildArgs.get(name) ?? value);
      }
      continue;
    }
    if (!current) {
      const base: BaseRef = { raw: '', resolved: '', kind: 'unresolved', unresolvedVariables: false, registry: null, repository: '', tag: null, digest: null, platform: null, stageIndex: null, info: null, line: ins.line, span: ins.span };
      current = newStage(0, base, null, ins.span, true, null);
      builders.push(current);
      model.stages.push(current.stage);
      if (hasFrom) diagnostics.push(diagnostic('instruction-before-from', 'beforeFrom', 'error', ins.keywordSpan, { keyword: ins.keyword }));
    }
    applyInstruction(current, ins, names, model.stages.length, globals, reading, diagnostics);
  }
  if (current) finishStage(current);
  model.final = model.stages[model.stages.length - 1] ?? null;
  const runaway = [...model.globalArgs, ...model.stages.flatMap((st) => [...st.args, ...st.env])].find((kv) => (kv.value?.length ?? 0) >= MAX_EXPANSION);
  if (runaway) {
    diagnostics.push(diagnostic('variable-too-long', 'tooLong', 'warning', runaway.span, { name: runaway.name }));
  }
  if (!hasFrom) {
    diagnostics.push(diagnostic('no-from', 'noFrom', 'error', lineSpan(lines, 1)));
  }
  return model;
}
