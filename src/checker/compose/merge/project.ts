import { Document, LineCounter, Pair, isMap, isScalar, type Node, type Scalar } from 'yaml';
import { parseYaml } from '../../core/yaml-parse';
import type { Finding, Span } from '../../core/types';
import { normalizePosixPath } from '../../core/posix-path';
import { asWorded, type Worded } from '../../core/worded';
import { composeProblem, yamlError } from '../diagnostics';
import { mergeProblem } from './diagnostics';
import type { RuntimeModel } from '../../run/model';
import type { ComposeModel, ComposeService } from '../model';
import { readService } from '../service';
import { YamlWalker } from '../yaml-walk';
import { mergeValues, withoutPath, type MergeContext } from './merge';
import { Budget, TooComplex, isNull, items, keyOf, newMap, pairs, text, valueAt } from './nodes';
import { resolveFile, type ModelPath } from './resolve';
import { enforceUnicity } from './unicity';

export interface SourceFile {
  /** As the caller names it; `extends: { file }` paths resolve against its directory. */
  path: string;
  text: string;
}

export interface ProjectOptions {
  /** Active profiles (`--profile`, COMPOSE_PROFILES); `*` activates all. */
  profiles: readonly string[];
  /** Reads a file named by `extends: { file: ... }`; null when it cannot be read. */
  readFile?: (path: string) => string | null;
}

/** `build:` of a service, with the context resolved against the directory Compose resolves it against. */
export interface BuildSpec {
  /** POSIX path of the build context (relative paths joined to the project or extended file's directory). */
  context: string;
  /** The Dockerfile's path inside the context, as written; null for the default (Dockerfile). */
  dockerfile: string | null;
  target: string | null;
}

export interface ProjectService {
  name: string;
  /** False when the service's profiles are not active: `docker compose up` does not start it. */
  enabled: boolean;
  profiles: string[];
  build: BuildSpec | null;
  /** Spans are in the project's address space; `locate` maps them to a file. */
  runtime: RuntimeModel;
  span: Span;
  /** The service's merged definition, for keys the runtime model does not carry (command, container_name). */
  node: Node | null;
}

export interface ProjectFile {
  path: string;
  text: string;
  /** Character offset and line count before this file in the project's address space. */
  offset: number;
  lineBase: number;
  lineCount: number;
  /** Read for `extends: { file }` rather than given. */
  extended: boolean;
}

export interface ComposeProject {
  files: ProjectFile[];
  services: ProjectService[];
  /** The enabled services only, as the Compose rules read them; spans in the project's address space. */
  model: ComposeModel;
  /** The file and local position of a span. */
  locate(span: Span): { path: string; span: Span };
}

export const MERGE_RULE_ID = 'compose-merge';

const AT_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 2 };

/** POSIX dirname, for paths written in Compose files. */
function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  if (slash === -1) return '.';
  return slash === 0 ? '/' : path.slice(0, slash);
}

/** Joins POSIX paths; a relative result stays relative (`..` kept at its start), as the caller gave it. */
export function joinPath(dir: string, path: string): string {
  if (path.startsWith('/')) return normalizePosixPath(path);
  if (dir.startsWith('/')) return normalizePosixPath(path, dir);
  const parts: string[] = [];
  let ups = 0;
  for (const part of `${dir}/${path}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.length > 0) parts.pop();
    else ups++;
  }
  return [...Array<string>(ups).fill('..'), ...parts].join('/') || '.';
}

interface LoadedFile {
  index: number;
  root: Node | null;
  resets: ModelPath[];
}

class ProjectBuilder {
  readonly files: ProjectFile[] = [];
  private readonly counters: LineCounter[] = [];
  readonly diagnostics: Finding[] = [];
  private readonly byPath = new Map<string, LoadedFile>();
  readonly budget = new Budget();
  readonly ctx: MergeContext;

  constructor(private readonly readFile: ProjectOptions['readFile']) {
    this.ctx = { budget: this.budget, report: (message, node) => this.report(message, node) };
  }

  private offsetAfter(): { offset: number; lineBase: number } {
    const last = this.files[this.files.length - 1];
    return last ? { offset: last.offset + last.text.length + 1, lineBase: last.lineBase + last.lineCount } : { offset: 0, lineBase: 0 };
  }

  /** Parses a file into the project's address space (once per path); YAML errors become diagnostics. */
  load(path: string, text: string, extended: boolean): LoadedFile {
    const known = this.byPath.get(path);
    if (known) return known;
    const { offset, lineBase } = this.offsetAfter();
    const lines = new LineCounter();
    const doc = parseYaml(text, { lineCounter: lines, merge: false, prettyErrors: false });
    const lineCount = Math.max(1, lines.lineStarts.length);
    this.files.push({ path, text, offset, lineBase, lineCount, extended });
    this.counters.push(lines);
    const index = this.files.length - 1;
    for (const error of doc.errors) {
      this.diagnostics.push({
        ruleId: 'compose-syntax', severity: 'error', ...yamlError(error.message),
        ...this.virtual(index, error.pos[0], error.pos[1]),
      });
    }
    const resolved = resolveFile(doc as Document, offset, this.budget, (message, node) => this.report(message, node, offset));
    const loaded = { index, root: resolved.root, resets: resolved.resets };
    this.byPath.set(path, loaded);
    if (doc.errors.length === 0 && resolved.root !== null && !isMap(resolved.root)) {
      this.diagnostics.push({ ruleId: 'compose-syntax', severity: 'error', ...composeProblem('notAMapping'), ...this.virtual(index, 0, 1) });
    }
    if (valueAt(resolved.root, 'include') !== undefined) {
      const include = pairs(resolved.root).find((p) => keyOf(p) === 'include');
      this.report(mergeProblem('includeNotFollowed'), include?.key ?? null, 0, 'info');
    }
    return loaded;
  }

  /** A span in the address space, from offsets local to file `index`. */
  private virtual(index: number, from: number, to: number): Span {
    const file = this.files[index];
    const lines = this.counters[index];
    if (!file || !lines) return AT_START;
    const start = lines.linePos(from);
    const end = lines.linePos(Math.max(to, from + 1));
    return { line: file.lineBase + Math.max(1, start.line), column: start.col, endLine: file.lineBase + Math.max(1, end.line), endColumn: end.col };
  }

  /** A span in the address space for an absolute (already shifted) offset. */
  spanAt(from: number, to: number): Span {
    const index = this.fileIndexAt(from);
    const file = this.files[index];
    return file ? this.virtual(index, from - file.offset, Math.min(to, file.offset + file.text.length) - file.offset) : AT_START;
  }

  fileIndexAt(offset: number): number {
    let found = 0;
    this.files.forEach((file, i) => {
      if (file.offset <= offset) found = i;
    });
    return found;
  }

  report(message: Worded, node: Node | null, shift = 0, severity: Finding['severity'] = 'error'): void {
    const range = node?.range;
    const span = range ? this.spanAt(range[0] + shift, range[1] + shift) : this.spanAt(0, 1);
    this.diagnostics.push({ ruleId: MERGE_RULE_ID, severity, ...message, ...span });
  }

  /** The directory relative paths in a node resolve against: the project's, or that of the file an extended service came from. */
  baseDirOf(node: Node | null | undefined): string {
    const first = this.files[0];
    const range = node?.range;
    if (!first || !range) return first ? dirOf(first.path) : '.';
    const file = this.files[this.fileIndexAt(range[0])];
    return file?.extended ? dirOf(file.path) : dirOf(first.path);
  }

  readExtended(path: string): LoadedFile | null {
    const known = this.byPath.get(path);
    if (known) return known;
    const text = this.readFile?.(path);
    return text === null || text === undefined ? null : this.load(path, text, true);
  }

  walker(): YamlWalker {
    const lines = new LineCounter();
    this.files.forEach((file, i) => {
      for (const start of this.counters[i]?.lineStarts ?? []) lines.addNewLine(start + file.offset);
    });
    return new YamlWalker(new Document(), lines);
  }

  locate(span: Span): { path: string; span: Span } {
    const index = Math.max(0, this.files.findIndex((f) => span.line > f.lineBase && span.line <= f.lineBase + f.lineCount));
    const file = this.files[index] ?? { path: '', lineBase: 0, lineCount: 1 };
    const line = span.line - file.lineBase;
    const sameFile = span.endLine > file.lineBase && span.endLine <= file.lineBase + file.lineCount;
    return {
      path: file.path,
      span: sameFile
        ? { line, column: span.column, endLine: span.endLine - file.lineBase, endColumn: span.endColumn }
        : { line, column: span.column, endLine: line, endColumn: span.column + 1 },
    };
  }
}

interface ExtendsTarget {
  service: string;
  file: string | null;
}

function extendsTarget(node: Node | null | undefined): ExtendsTarget | null {
  const name = text(node);
  if (name !== null) return { service: name, file: null };
  if (!isMap(node)) return null;
  const service = text(valueAt(node, 'service'));
  return service === null ? null : { service, file: text(valueAt(node, 'file')) };
}

/** Resets of `file` under `services.<name>`, relative to the service. */
function serviceResets(file: LoadedFile, name: string): ModelPath[] {
  return file.resets.filter((p) => p[0] === 'services' && p[1] === name && p.length > 2).map((p) => p.slice(2));
}

/** compose-go `loader/extends.go`: a service built on another, from this file or another, before files are merged. */
function applyExtends(builder: ProjectBuilder, file: LoadedFile): Node | null {
  const services = valueAt(file.root, 'services');
  if (!isMap(services)) return file.root;
  const done = new Map<string, Node | null>();

  const resolveIn = (source: LoadedFile, name: string, stack: string[]): Node | null | undefined => {
    const own = valueAt(valueAt(source.root, 'services'), name);
    if (own === undefined) return undefined;
    const key = `${source.index}:${name}`;
    if (source === file && done.has(name)) return done.get(name);
    const pair = pairs(own).find((p) => keyOf(p) === 'extends');
    const target = pair ? extendsTarget(pair.value) : null;
    if (!pair) return own;
    const stripped = withoutPath(own, ['extends']);
    if (!target) {
      builder.report(mergeProblem('extendsShape'), pair.key);
      return stripped;
    }
    if (stack.includes(key)) {
      builder.report(mergeProblem('extendsLoop', { service: name }), pair.key);
      return stripped;
    }
    let baseFile: LoadedFile | null = source;
    if (target.file !== null) {
      const path = joinPath(dirOf(builder.files[source.index]?.path ?? '.'), target.file);
      baseFile = builder.readExtended(path);
      if (!baseFile) {
        builder.report(mergeProblem('extendsUnreadable', { file: target.file }), pair.key);
        return stripped;
      }
    }
    const base = resolveIn(baseFile, target.service, [...stack, key]);
    if (base === undefined) {
      builder.report(target.file ? mergeProblem('extendsMissingInFile', { service: target.service, file: target.file }) : mergeProblem('extendsMissing', { service: target.service }), pair.key);
      return stripped;
    }
    let source0 = base;
    for (const reset of serviceResets(source, name)) source0 = withoutPath(source0, reset);
    return withoutPath(mergeValues(source0, stripped, ['services', 'x'], builder.ctx), ['extends']);
  };

  const out = pairs(services).map((pair) => {
    const name = keyOf(pair);
    const value = resolveIn(file, name, []);
    done.set(name, value ?? pair.value);
    return new Pair<Scalar, Node | null>(pair.key, value ?? pair.value);
  });
  return newMap(pairs(file.root).map((p) => (keyOf(p) === 'services' ? new Pair<Scalar, Node | null>(p.key, newMap(out, services)) : p)), file.root);
}

function buildSpec(builder: ProjectBuilder, node: Node | null | undefined): BuildSpec | null {
  if (node === undefined || isNull(node)) return null;
  const contextNode = isScalar(node) ? node : valueAt(node, 'context');
  const context = text(contextNode) ?? '.';
  return {
    context: joinPath(builder.baseDirOf(contextNode ?? node), context),
    dockerfile: text(valueAt(node, 'dockerfile')),
    target: text(valueAt(node, 'target')),
  };
}

function enabledBy(profiles: readonly string[], active: readonly string[]): boolean {
  return profiles.length === 0 || active.includes('*') || profiles.some((p) => active.includes(p));
}

/**
 * The application model `docker compose up` sees for these files, in order (`-f a -f b`, or
 * compose.yaml then compose.override.yaml): each file's aliases, `!reset` and `!override` and
 * `extends` applied, files merged by the specification's rules, duplicates removed, and the services
 * whose profiles are not active left out.
 */
export function loadComposeProject(sources: readonly SourceFile[], options: ProjectOptions): ComposeProject {
  const builder = new ProjectBuilder(options.readFile);
  let merged: Node | null = null;
  const services: ProjectService[] = [];
  try {
    for (const source of sources) {
      const file = builder.load(source.path, source.text, false);
      const own = applyExtends(builder, file);
      for (const reset of file.resets) merged = withoutPath(merged, reset);
      merged = merged === null ? own : mergeValues(merged, own, [], builder.ctx);
      const mergedServices = valueAt(merged, 'services');
      if (mergedServices !== undefined) {
        merged = newMap(pairs(merged).map((p) => (keyOf(p) === 'services' ? new Pair<Scalar, Node | null>(p.key, enforceUnicity(p.value)) : p)), merged);
      }
    }
    const walker = builder.walker();
    const report = (text: string | Worded, span: Span): void => {
      builder.diagnostics.push({ ruleId: 'compose-syntax', severity: 'error', ...asWorded(text), ...span });
    };
    for (const pair of pairs(valueAt(merged, 'services'))) {
      const name = keyOf(pair);
      const range = pair.key.range;
      const span = range ? builder.spanAt(range[0], range[1]) : AT_START;
      const profiles = items(valueAt(pair.value, 'profiles')).map(text).filter((p): p is string => p !== null);
      services.push({
        name,
        enabled: enabledBy(profiles, options.profiles),
        profiles,
        build: buildSpec(builder, valueAt(pair.value, 'build')),
        runtime: readService(name, span, pair.value, walker, report),
        span,
        node: pair.value,
      });
    }
  } catch (error) {
    if (!(error instanceof TooComplex)) throw error;
    services.length = 0;
    builder.diagnostics.push({
      ruleId: MERGE_RULE_ID, severity: 'error',
      ...mergeProblem('tooComplex'),
      ...AT_START,
    });
  }
  const enabled: ComposeService[] = services.filter((s) => s.enabled).map((s) => ({ name: s.name, span: s.span, runtime: s.runtime }));
  return {
    files: builder.files,
    services,
    model: { services: enabled, diagnostics: builder.diagnostics },
    locate: (span) => builder.locate(span),
  };
}
