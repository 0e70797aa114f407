import { isSeq, type Node } from 'yaml';
import { items, text, valueAt } from '../../../checker/compose/merge/nodes';
import { loadComposeProject, MERGE_RULE_ID, type BuildSpec } from '../../../checker/compose/merge/project';
import type { RuntimeModel } from '../../../checker/run/model';
import { isHostPath } from '../../../checker/run/specs';
import { HOST_USER } from '../../host';
import { joinPath, normalizePath } from '../../vfs/paths';
import { projectNameOf, type FoundFiles } from './files';
import { validateCompose } from './schema';
import { splitCommand } from './words';
import { readYaml } from './yaml-read';

/** One service as `docker compose up` turns it into a container. */
export interface AppService {
  name: string;
  /** The image the container runs: `image:`, or `<project>-<service>` for a built one. */
  image: string;
  /** Whether `image:` names it: compose only pulls a named image, never the default name of a built one. */
  imageDeclared: boolean;
  build: BuildSpec | null;
  pullPolicy: string;
  /** Settings with paths and names resolved as Compose resolves them (binds against the project directory). */
  runtime: RuntimeModel;
  /** null keeps the image's ENTRYPOINT / CMD. */
  entrypoint: string[] | null;
  command: string[] | null;
  containerName: string | null;
  /** cap_add and cap_drop as `docker run` flags, for the daemon's check of the names. */
  capabilityArgs: string[];
  /** The merged service definition as plain data, for `config`. */
  definition: unknown;
  /** What the service says, so a changed service is recreated and an unchanged one left running. */
  configHash: string;
}

export interface ComposeApp {
  name: string;
  dir: string;
  configFiles: string[];
  services: AppService[];
}

function scalarOrList(node: Node | null | undefined): string[] | null {
  if (isSeq(node)) return items(node).map((item) => text(item) ?? '');
  const value = text(node);
  return value === null ? null : splitCommand(value);
}

/** Relative bind sources are the project directory's; named volumes belong to the project. */
function resolvedRuntime(runtime: RuntimeModel, dir: string, project: string): RuntimeModel {
  const mounts = runtime.mounts.map((m) => {
    if (m.type === 'bind' && m.source && !m.source.startsWith('/')) {
      return { ...m, source: normalizePath(m.source.startsWith('~') ? `${HOST_USER.home}${m.source.slice(1)}` : joinPath(dir, m.source)) };
    }
    if (m.type === 'volume' && m.source) return { ...m, source: `${project}_${m.source}` };
    return m;
  });
  return { ...runtime, mounts };
}

/** The top-level volumes a file declares. */
function declaredVolumes(data: unknown): Set<string> {
  const volumes = (data as { volumes?: unknown } | null)?.volumes;
  return new Set(volumes && typeof volumes === 'object' ? Object.keys(volumes) : []);
}

/**
 * Loads the project as `docker compose` does: each file parsed and checked against the schema, the
 * files merged (the checker's merge, which follows compose-go), then the model checked for consistency.
 * Errors are compose-go's texts.
 */
export function loadApp(found: FoundFiles, projectFlag: string | null): ComposeApp | { error: string } {
  const data: unknown[] = [];
  for (const file of found.files) {
    const read = readYaml(file.text);
    if ('error' in read) return { error: `failed to parse ${file.path}: ${read.error}` };
    if (read.value !== null && read.value !== undefined && (typeof read.value !== 'object' || Array.isArray(read.value))) {
      return { error: 'top-level object must be a mapping' };
    }
    const problem = validateCompose(read.value);
    if (problem) return { error: `validating ${file.path}: ${problem}` };
    data.push(read.value);
  }
  if (data.every((d) => d === null || d === undefined || Object.keys(d).length === 0)) return { error: 'empty compose file' };
  const declaredName = data.map((d) => (d as { name?: unknown } | null)?.name).filter((n): n is string => typeof n === 'string').pop() ?? null;
  const named = projectNameOf(projectFlag, declaredName, found.dir);
  if ('error' in named) return named;
  const project = loadComposeProject(found.files.map((f) => ({ path: f.path, text: f.text })), { profiles: [] });
  if (project.model.diagnostics.some((d) => d.ruleId === MERGE_RULE_ID && /too complex/.test(d.message))) {
    return { error: `failed to parse ${found.files[0]?.path ?? ''}: yaml: document contains excessive aliasing` };
  }
  const volumes = new Set(data.flatMap((d) => [...declaredVolumes(d)]));
  const services: AppService[] = [];
  for (const service of project.services.filter((s) => s.enabled)) {
    const image = service.runtime.image?.value ?? null;
    if (image === null && service.build === null) {
      return { error: `service "${service.name}" has neither an image nor a build context specified: invalid compose project` };
    }
    const undeclared = service.runtime.mounts.find((m) => m.type === 'volume' && m.source && !isHostPath(m.source) && !volumes.has(m.source));
    if (undeclared) return { error: `service "${service.name}" refers to undefined volume ${undeclared.source ?? ''}: invalid compose project` };
    const context = service.build?.context ?? '.';
    const build = service.build ? { ...service.build, context: normalizePath(context.startsWith('/') ? context : joinPath(found.dir, context)) } : null;
    const definition: unknown = service.node?.toJSON() ?? null;
    services.push({
      name: service.name,
      image: image ?? `${named.name}-${service.name}`,
      imageDeclared: image !== null,
      build,
      pullPolicy: text(valueAt(service.node, 'pull_policy')) ?? 'missing',
      runtime: resolvedRuntime(service.runtime, found.dir, named.name),
      entrypoint: scalarOrList(valueAt(service.node, 'entrypoint')),
      command: scalarOrList(valueAt(service.node, 'command')),
      containerName: text(valueAt(service.node, 'container_name')),
      capabilityArgs: (['add', 'drop'] as const).flatMap((change) => (scalarOrList(valueAt(service.node, `cap_${change}`)) ?? []).flatMap((c) => [`--cap-${change}`, c])),
      definition,
      configHash: JSON.stringify(definition),
    });
  }
  return { name: named.name, dir: found.dir, configFiles: found.files.map((f) => f.path), services };
}
