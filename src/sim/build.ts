import { parseDockerfile } from '../checker/dockerfile/parse';
import type { ImageModel, Stage } from '../checker/dockerfile/model';
import type { Finding } from '../checker/core/types';
import { style } from './ansi';
import { familyOf } from './base-fs';
import { runWriteRefusal } from './build-permissions';
import { historyText, StageArgs } from './build-history';
import { runLog } from './build-run-log';
import { mountSecrets, type SecretStore } from './build-secrets';
import { runInShell, runsInShell, stepLog } from './build-run';
import { layerBytes, markMergedDirectories } from './overlay';
import { applyAccountChanges, applyCopy, applyRunProducts, applyWrites, type CopySource } from './build-steps';
import { renderProgress, sourceExcerpt, type Vertex } from './build-output';
import type { Engine } from './engine';
import { replayDownloads } from './build-downloads';
import { parseUrl } from './connect';
import { DOWNLOAD_HOSTS, findDownload } from './downloads';
import { hexId, sha256Hex } from './hash';
import type { HistoryEntry, ImageConfig, SimImage } from './image';
import { parseImageRef, pinnedDigest, qualifiedName, refText } from './image-ref';
import { digestOf, ImageStore } from './image-store';
import type { ShellRuntime } from './shell/run';
import { normalizePath } from './vfs/paths';
import { FileTree } from './vfs/tree';

export interface BuildRequest {
  dockerfile: string;
  fileName: string;
  context: Record<string, string>;
  tag: string | null;
  target: string | null;
  /** --build-arg NAME=value. */
  buildArgs?: Record<string, string>;
  /** Terminal width: BuildKit right-aligns step times to it. */
  columns?: number;
  /** --secret values the learner's shell read, by id. */
  secrets?: SecretStore;
  /** The terminal's shell, which runs RUN scripts made of programs the simulator has. */
  shell?: ShellRuntime;
}

export interface BuildResult {
  /** BuildKit's whole transcript in its default (terminal) display. */
  output: string;
  image: SimImage | null;
  /** The steps, for another display (--progress=plain). */
  vertices: Vertex[];
  /** What follows the progress when the build fails (the failing step's log, the excerpt, the ERROR line); "" when it succeeds. */
  failure: string;
}

/** The result of a build that stopped: the progress so far, then the failure text. */
function failed(vertices: Vertex[], finished: boolean, columns: number | undefined, failure: string): BuildResult {
  return { output: `${renderProgress(vertices, finished, columns)}\n${failure}`, image: null, vertices, failure };
}

/** Instructions that become a numbered step in BuildKit's output. */
const FILE_STEPS = new Set(['COPY', 'ADD', 'RUN', 'WORKDIR']);
const PARSE_ERRORS = new Set(['unknown-instruction', 'unterminated-heredoc', 'parse-error', 'no-from', 'instruction-before-from']);
const PACKAGE_PROGRAMS = new Set(['apk', 'apt-get', 'apt', 'yum', 'dnf', 'microdnf']);

interface BuiltStage {
  fs: FileTree;
  config: ImageConfig;
  history: HistoryEntry[];
  sizeBytes: number;
  base: SimImage['base'];
  /** The build arguments declared so far, which a stage built FROM this one inherits. */
  args?: StageArgs;
}

class BuildFailure {
  constructor(readonly vertexName: string, readonly line: number, readonly message: string, readonly log: string[] = []) {}
}

function neededStages(model: ImageModel, target: Stage): Set<number> {
  const needed = new Set<number>();
  const visit = (stage: Stage): void => {
    if (needed.has(stage.index)) return;
    needed.add(stage.index);
    const deps = [stage.base.stageIndex, ...stage.adds.map((a) => a.fromStage)];
    for (const dep of deps) {
      const other = dep === null ? undefined : model.stages[dep];
      if (other) visit(other);
    }
  };
  visit(target);
  return needed;
}

function execForm(spec: { form: 'exec' | 'shell'; args: string[] } | null): string[] | null {
  if (!spec) return null;
  return spec.form === 'exec' ? spec.args : ['/bin/sh', '-c', spec.args.join(' ')];
}

function stepLabel(model: ImageModel, stage: Stage, k: number, n: number): string {
  const realStages = model.stages.filter((s) => !s.implicit).length;
  return realStages > 1 ? `[${stage.name ?? `stage-${stage.index}`} ${k}/${n}]` : `[${k}/${n}]`;
}

/**
 * BuildKit's words for a Dockerfile it cannot read (its parser and instructions packages). Only an
 * instruction's own error carries "dockerfile parse error on line N"; the others are located by the
 * source excerpt alone, and the two without a stage have none.
 */
function parseFailure(model: ImageModel, parseError: Finding | undefined, text: string): { reason: string; line: number | null } {
  const line = parseError?.line ?? 1;
  const lines = text.split('\n');
  if (parseError?.ruleId === 'unknown-instruction') {
    const keyword = (lines[line - 1] ?? '').trim().split(/\s+/)[0] ?? '';
    return { reason: `dockerfile parse error on line ${line}: unknown instruction: ${keyword}`, line };
  }
  if (parseError?.ruleId === 'unterminated-heredoc') return { reason: 'unterminated heredoc', line };
  if (parseError?.ruleId === 'parse-error') return { reason: parseError.message, line };
  // The parser opens a stage for any instruction that is not a global ARG, even without a FROM.
  if (model.stages.length === 0) {
    return { reason: model.globalArgs.length === 0 ? 'file with no instructions' : 'dockerfile contains no stages to build', line: null };
  }
  return { reason: 'no build stage in current context', line };
}

/** Runs a build of the learner's Dockerfile: BuildKit's transcript, and the image when it succeeds. */
export function buildImage(engine: Engine, request: BuildRequest): BuildResult {
  const model = parseDockerfile(request.dockerfile, { buildArgs: request.buildArgs ?? {} });
  const vertices: Vertex[] = [{ name: `[internal] load build definition from ${request.fileName}`, seconds: 0, details: [`transferring dockerfile: ${request.dockerfile.length}B`] }];
  const parseError = model.diagnostics.find((d) => d.severity === 'error' && PARSE_ERRORS.has(d.ruleId));
  if (parseError || !model.final) {
    const { reason, line } = parseFailure(model, parseError, request.dockerfile);
    const excerpt = line === null ? '' : `${sourceExcerpt(request.fileName, request.dockerfile, line)}\n`;
    return failed(vertices, true, request.columns, `${excerpt}${style.red(`ERROR: failed to solve: ${reason}`)}\n`);
  }
  const wanted = request.target?.toLowerCase();
  const target = wanted ? model.stages.find((s) => s.name === wanted) : model.final;
  if (!target) return failed(vertices, true, request.columns, `${style.red(`ERROR: failed to solve: target stage "${request.target ?? ''}" could not be found`)}\n`);
  const needed = neededStages(model, target);

  for (const stage of model.stages) {
    if (!needed.has(stage.index) || stage.base.kind !== 'image') continue;
    const pinned = pinnedDigest(stage.base.resolved);
    const qualified = `${qualifiedName(parseImageRef(stage.base.resolved))}${pinned === null ? '' : `@${pinned}`}`;
    const name = `[internal] load metadata for ${qualified}`;
    if (vertices.some((v) => v.name === name)) continue;
    if (!ImageStore.resolveRemote(stage.base.resolved)) {
      // A digest the repository does not have is "not found" (the resolver's words); an unknown repository is denied.
      const known = pinned !== null && ImageStore.resolveRemote(stage.base.resolved.split('@')[0] ?? '') !== null;
      const reason = known ? `${qualified}: not found` : 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed';
      const message = `${stage.base.resolved}: failed to resolve source metadata for ${qualified}: ${reason}`;
      vertices.push({ name, seconds: 0.6, error: true, message });
      return failed(vertices, false, request.columns, `${sourceExcerpt(request.fileName, request.dockerfile, stage.line)}\n${style.red(`ERROR: failed to solve: ${message}`)}\n`);
    }
    vertices.push({ name, seconds: 0.6 });
  }
  vertices.push({ name: '[internal] load .dockerignore', seconds: 0, details: ['transferring context: 2B'] });

  const built = new Map<number, BuiltStage>();
  try {
    for (const stage of model.stages) {
      if (needed.has(stage.index)) built.set(stage.index, runStage(engine, model, stage, built, request, vertices));
    }
  } catch (error) {
    if (!(error instanceof BuildFailure)) throw error;
    const failing = vertices.find((v) => v.name === error.vertexName);
    if (failing) failing.error = true;
    const log = error.log.map((l) => `${l}\n`).join('');
    if (failing) failing.message = error.message;
    return failed(vertices, false, request.columns, `------\n > ${error.vertexName}:\n${log}------\n${sourceExcerpt(request.fileName, request.dockerfile, error.line)}\n${style.red(`ERROR: failed to solve: ${error.message}`)}\n`);
  }
  const result = built.get(target.index);
  if (!result) return { output: renderProgress(vertices, true, request.columns), image: null, vertices, failure: '' };
  const tag = request.tag ? refText(parseImageRef(request.tag)) : null;
  const id = hexId(`build:${request.dockerfile}:${JSON.stringify(request.context)}:${request.target ?? ''}`);
  const image: SimImage = {
    id, repoTags: tag ? [tag] : [], fs: result.fs, config: result.config, history: result.history,
    sizeBytes: result.sizeBytes, base: result.base, packages: [], created: 'Less than a second ago', createdAt: engine.now(),
  };
  vertices.push({
    name: 'exporting to image', seconds: 0.1,
    details: ['exporting layers', `writing image sha256:${id}`, ...(tag ? [`naming to ${qualifiedName(parseImageRef(tag))}`] : [])],
  });
  engine.images.add(image);
  return { output: `${renderProgress(vertices, true, request.columns)}\n`, image, vertices, failure: '' };
}

function startingPoint(stage: Stage, built: Map<number, BuiltStage>): BuiltStage {
  if (stage.base.kind === 'stage' && stage.base.stageIndex !== null) {
    const parent = built.get(stage.base.stageIndex);
    if (parent) return { ...parent, fs: parent.fs.clone(), config: { ...parent.config, env: [...parent.config.env] }, history: [...parent.history] };
  }
  const remote = stage.base.kind === 'image' ? ImageStore.resolveRemote(stage.base.resolved) : null;
  if (remote) return { fs: remote.fs, config: remote.config, history: [...remote.history], sizeBytes: remote.sizeBytes, base: remote.base };
  return { fs: new FileTree(), config: { user: '', entrypoint: null, cmd: null, env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], workingDir: '/', exposedPorts: [], labels: {} }, history: [], sizeBytes: 0, base: null };
}

function copySource(engine: Engine, add: Stage['adds'][number], built: Map<number, BuiltStage>, request: BuildRequest, vertexName: string): CopySource {
  if (add.fromStage !== null) {
    const from = built.get(add.fromStage);
    if (from) return { kind: 'tree', tree: from.fs };
  }
  if (add.from !== null) {
    const image = engine.images.find(add.from) ?? ImageStore.resolveRemote(add.from);
    if (!image) {
      const ref = parseImageRef(add.from);
      throw new BuildFailure(vertexName, add.line, `${add.from}: failed to resolve source metadata for ${qualifiedName(ref)}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`);
    }
    return { kind: 'tree', tree: image.fs };
  }
  return { kind: 'context', files: request.context };
}

/**
 * Why BuildKit cannot fetch an ADD's URL: a host the lab's DNS does not know (the wording of the
 * engine here, which has no network: `Get "URL": dial tcp: lookup HOST on …:53: no such host`, with
 * BuildKit's prefix), a path the server does not have, or content whose digest is not the pinned
 * one (BuildKit source/http: "digest mismatch <actual>: <expected>").
 */
function remoteFailure(add: Stage['adds'][number]): string | null {
  for (const source of add.sources.filter((s) => /^https?:\/\//i.test(s))) {
    const found = findDownload(source);
    if (!found) {
      const host = parseUrl(source)?.host ?? source;
      return DOWNLOAD_HOSTS.has(host) ? 'failed to load cache key: invalid response status 404' : `failed to load cache key: Get "${source}": dial tcp: lookup ${host} on 127.0.0.53:53: no such host`;
    }
    const actual = `sha256:${sha256Hex(found.content)}`;
    const pinned = add.checksum?.toLowerCase() ?? null;
    if (pinned && /^sha256:[0-9a-f]{64}$/.test(pinned) && pinned !== actual) return `digest mismatch ${actual}: ${pinned}`;
  }
  return null;
}

function setEnv(config: ImageConfig, name: string, value: string): void {
  config.env = [...config.env.filter((e) => !e.startsWith(`${name}=`)), `${name}=${value}`];
}

function runStage(engine: Engine, model: ImageModel, stage: Stage, built: Map<number, BuiltStage>, request: BuildRequest, vertices: Vertex[]): BuiltStage {
  const state = startingPoint(stage, built);
  const config: ImageConfig = { ...state.config, env: [...state.config.env], exposedPorts: [...state.config.exposedPorts], labels: { ...state.config.labels } };
  const numbered = stage.steps.filter((s) => s.keyword === 'FROM' || FILE_STEPS.has(s.keyword));
  const n = numbered.length;
  let k = 0;
  let sizeBytes = state.sizeBytes;
  const history = [...state.history];
  const parent = stage.base.kind === 'stage' && stage.base.stageIndex !== null ? built.get(stage.base.stageIndex)?.args : undefined;
  const args = new StageArgs(model, request.buildArgs ?? {}, parent);
  let contextLoaded = false;
  for (const step of stage.steps) {
    const isNumbered = step.keyword === 'FROM' || FILE_STEPS.has(step.keyword);
    if (isNumbered) k++;
    const label = `${stepLabel(model, stage, k, n)} ${step.keyword} ${step.args}`;
    if (step.keyword === 'FROM') {
      if (stage.base.kind === 'image') vertices.push({ name: `${stepLabel(model, stage, k, n)} FROM ${qualifiedName(parseImageRef(stage.base.resolved))}@${digestOf(stage.base.resolved)}`, seconds: 0 });
      continue;
    }
    let added = 0;
    const before = step.keyword === 'COPY' || step.keyword === 'ADD' || step.keyword === 'RUN' ? state.fs.clone() : null;
    switch (step.keyword) {
      case 'COPY': case 'ADD': {
        const add = stage.adds.find((a) => a.line === step.line);
        if (!add) break;
        if (add.fromStage === null && add.from === null && !contextLoaded) {
          const bytes = Object.values(request.context).reduce((sum, c) => sum + c.length, 0);
          vertices.push({ name: '[internal] load build context', seconds: 0, details: [`transferring context: ${bytes}B`] });
          contextLoaded = true;
        }
        vertices.push({ name: label, seconds: 0 });
        if (add.ownerError) {
          throw new BuildFailure(label, step.line, `failed to copy files: unable to convert uid/gid chown string to host mapping: ${add.ownerError}`);
        }
        const remote = remoteFailure(add);
        if (remote) throw new BuildFailure(label, step.line, remote);
        const result = applyCopy(state.fs, add, copySource(engine, add, built, request, label), config.workingDir);
        if ('missing' in result) {
          throw new BuildFailure(label, step.line, `failed to compute cache key: failed to calculate checksum of ref ${hexId('ctx').slice(0, 25)}::${hexId(request.dockerfile).slice(0, 25)}: "${result.missing}": not found`);
        }
        added = result.bytes;
        break;
      }
      case 'RUN': {
        const run = stage.runs.find((r) => r.line === step.line);
        if (!run) break;
        const vertex: Vertex = { name: label, seconds: run.commands.some((c) => PACKAGE_PROGRAMS.has(c.program) || c.program === 'mvn') ? 2.4 : 0.4 };
        vertices.push(vertex);
        // The builder runs the step as its USER, which must resolve in the stage's passwd and group.
        if (step.user.error) throw new BuildFailure(label, step.line, step.user.error);
        const shell = run.form === 'exec' ? run.argv[0] ?? '' : run.shell[0] ?? '/bin/sh';
        if (!state.fs.has(normalizePath(shell))) {
          const script = run.form === 'exec' ? run.argv.join(' ') : `${run.shell.join(' ')} ${run.script}`;
          throw new BuildFailure(label, step.line, `process "${script}" did not complete successfully: exit code: 1`, [`0.112 runc run failed: unable to start container process: error during container init: exec: "${shell}": stat ${shell}: no such file or directory`]);
        }
        const missing = run.commands.find((c) => PACKAGE_PROGRAMS.has(c.program) && !['/sbin', '/usr/sbin', '/usr/bin', '/bin'].some((d) => state.fs.has(`${d}/${c.program}`)));
        if (missing) {
          throw new BuildFailure(label, step.line, `process "${run.shell.join(' ')} ${run.script}" did not complete successfully: exit code: 127`, [`0.215 /bin/sh: ${missing.program}: not found`]);
        }
        const changes = stage.accountChanges.filter((c) => c.line >= run.line && c.line <= run.endLine);
        const refusal = changes.find((c) => c.kind === 'refused');
        if (refusal?.kind === 'refused') {
          throw new BuildFailure(label, step.line, `process "${run.shell.join(' ')} ${run.script}" did not complete successfully: exit code: ${refusal.exitCode}`, refusal.message.split('\n').map((l) => `0.214 ${l}`));
        }
        const busyboxShell = state.base === null || familyOf(state.base) === 'alpine' || familyOf(state.base) === 'distroless';
        if (request.shell && changes.length === 0 && runsInShell(run)) {
          const result = runInShell(request.shell, run, { tree: state.fs, user: step.user, env: config.env, workdir: config.workingDir, busybox: busyboxShell });
          if (result.code !== 0) throw new BuildFailure(label, step.line, `process "${run.shell.join(' ')} ${run.script}" did not complete successfully: exit code: ${result.code}`, stepLog(result.chunks));
          added = before ? layerBytes(before, state.fs) : 0;
          break;
        }
        applyAccountChanges(state.fs, changes);
        const writes = stage.writes.filter((w) => w.line >= run.line && w.line <= run.endLine);
        const denied = runWriteRefusal(state.fs, writes, step.user, config.workingDir, busyboxShell);
        if (denied) throw new BuildFailure(label, step.line, `process "${run.shell.join(' ')} ${run.script}" did not complete successfully: exit code: 1`, [`0.214 ${denied.trimEnd()}`]);
        const mounted = mountSecrets(state.fs, run, request.secrets ?? new Map(), config.workingDir);
        if ('missing' in mounted) throw new BuildFailure(label, step.line, `secret ${mounted.missing}: not found`);
        // Downloads and echo output land before the chmod/chown/rm of the same RUN are replayed over them.
        const fetchFailed = replayDownloads(state.fs, run, config.workingDir, busyboxShell);
        if (fetchFailed) {
          mounted.unmount();
          throw new BuildFailure(label, step.line, `process "${run.shell.join(' ')} ${run.script}" did not complete successfully: exit code: ${fetchFailed.exitCode}`, fetchFailed.log.map((l) => `0.214 ${l}`));
        }
        const log = runLog(state.fs, run, config.workingDir, busyboxShell);
        mounted.unmount();
        vertex.log = log.lines.map((l) => `0.214 ${l}`);
        if (log.exitCode !== 0) throw new BuildFailure(label, step.line, `process "${run.shell.join(' ')} ${run.script}" did not complete successfully: exit code: ${log.exitCode}`, vertex.log);
        applyWrites(state.fs, writes, config.workingDir);
        added = applyRunProducts(state.fs, run, config.workingDir) + 4096;
        break;
      }
      case 'WORKDIR': {
        config.workingDir = normalizePath(step.args.trim(), config.workingDir);
        state.fs.mkdirs(config.workingDir);
        vertices.push({ name: label, seconds: 0 });
        break;
      }
      // Config.User is the value after quote removal and substitution, as the model read it.
      case 'USER': config.user = stage.userInstructions.find((u) => u.line === step.line)?.raw ?? step.args.trim(); break;
      case 'ENV':
        for (const kv of stage.env.filter((e) => e.line === step.line)) setEnv(config, kv.name, kv.value ?? '');
        break;
      case 'EXPOSE':
        for (const port of stage.expose.filter((e) => e.line === step.line)) config.exposedPorts.push(`${port.port ?? port.raw}/${port.protocol}`);
        break;
      case 'LABEL':
        for (const kv of stage.labels.filter((l) => l.line === step.line)) config.labels[kv.name] = kv.value ?? '';
        break;
      case 'ENTRYPOINT':
        config.entrypoint = execForm(stage.entrypoint?.line === step.line ? stage.entrypoint : null) ?? config.entrypoint;
        config.cmd = null;
        break;
      case 'CMD':
        config.cmd = execForm(stage.cmd?.line === step.line ? stage.cmd : null) ?? config.cmd;
        break;
      default: break;
    }
    if (before) markMergedDirectories(before, state.fs);
    sizeBytes += added;
    const exposed = stage.expose.filter((e) => e.line === step.line).map((e) => `${e.port ?? e.raw}/${e.protocol}`);
    const createdBy = historyText(step, stage, args, config, exposed);
    history.push({ createdBy, sizeBytes: added, emptyLayer: !FILE_STEPS.has(step.keyword), comment: 'buildkit.dockerfile.v0' });
  }
  return { fs: state.fs, config, history, sizeBytes, base: state.base, args };
}
