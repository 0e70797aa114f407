import type { AppArmorModel, Profile } from '../apparmor/model';
import { lintComposeProject } from '../compose/merge/lint';
import { joinPath, type ComposeProject } from '../compose/merge/project';
import type { Kind } from '../core/types';
import type { ImageModel } from '../dockerfile/model';
import { analyseText, detectKind } from '../index';
import type { KubernetesModel } from '../kubernetes/model';
import { LATEST, versionString, type Version } from '../kubernetes/pod-security/version';
import type { RunScriptModel } from '../run/model';
import { dockerSubject, imageSubject, type ProfileIndex } from './docker';
import { imageFromCatalogue, imageFromDockerfile, normaliseImage, type ImageFacts } from './image';
import { kubernetesSubject } from './kubernetes';
import type { ExplainMessage, ExplainedFile, Explanation, Place, Subject } from './types';
import { wordMessage } from './words';

export interface ExplainInput {
  path: string;
  text: string;
  /** When the name does not tell (a pasted file, `--kind`). */
  kind?: Kind;
}

export interface ExplainOptions {
  /** Pod Security Standards version; the newest known by default. */
  kubernetesVersion?: Version;
  /** Active Compose profiles; `*` for all. */
  profiles?: readonly string[];
  /** Compose files merged in this order (`-f`); other Compose files merge by their names (compose.yaml + compose.override.yaml). */
  composeFiles?: readonly string[];
  /** Reads a file an `extends: { file }` names. */
  readFile?: (path: string) => string | null;
}

const MAIN_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const OVERRIDE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function dirName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '.' : path.slice(0, slash) || '/';
}

function normalisePath(path: string): string {
  return joinPath('.', path);
}

/** Compose files in the groups `docker compose` would merge them in. */
function composeGroups(files: readonly ExplainInput[], explicit: readonly string[]): ExplainInput[][] {
  const groups: ExplainInput[][] = [];
  const used = new Set<string>();
  if (explicit.length > 0) {
    const group = explicit.map((p) => files.find((f) => f.path === p)).filter((f): f is ExplainInput => f !== undefined);
    group.forEach((f) => used.add(f.path));
    if (group.length > 0) groups.push(group);
  }
  const rest = files.filter((f) => !used.has(f.path));
  for (const main of rest.filter((f) => MAIN_NAMES.includes(baseName(f.path)))) {
    if (used.has(main.path)) continue;
    const override = OVERRIDE_NAMES.map((n) => rest.find((f) => f.path === joinPath(dirName(main.path), n) || (dirName(main.path) === '.' && f.path === n))).find((f) => f !== undefined);
    const group = override && !used.has(override.path) ? [main, override] : [main];
    group.forEach((f) => used.add(f.path));
    groups.push(group);
  }
  for (const other of rest) if (!used.has(other.path)) groups.push([other]);
  return groups;
}

function profileNames(profile: Profile): string[] {
  return [profile.name, ...profile.children.flatMap(profileNames)];
}

interface Built {
  path: string;
  model: ImageModel;
}

/**
 * What will really run, for any mix of Dockerfiles, Compose files, `docker run` scripts, Kubernetes
 * manifests and AppArmor profiles: each image, service and container with its user (and where the
 * user came from), capabilities, namespaces, mounts, profiles and Pod Security level. A runtime file
 * is joined to the Dockerfile that builds its image (by `build:` context, or by the image name a
 * Compose service gives the image it builds): the image's USER unless the runtime overrides it, the
 * runtime's flags on top. The site's /explain/ page, the CLI and the workspace all call this.
 */
export function explain(inputs: readonly ExplainInput[], options: ExplainOptions = {}): Explanation {
  const version = options.kubernetesVersion ?? LATEST;
  const notes: ExplainMessage[] = [];
  const files: ExplainedFile[] = [];
  const dockerfiles: Built[] = [];
  const manifests: { path: string; model: KubernetesModel }[] = [];
  const scripts: { path: string; model: RunScriptModel }[] = [];
  const profiles = new Map<string, string>();
  const compose: ExplainInput[] = [];

  for (const input of inputs) {
    const kind = input.kind ?? detectKind(input.path, input.text);
    if (kind === null) {
      notes.push({ id: 'kind-unknown', data: { path: input.path } });
      continue;
    }
    if (kind === 'compose') {
      compose.push({ ...input, kind });
      continue;
    }
    const analysis = analyseText(kind, input.text);
    files.push({ path: input.path, kind, findings: analysis.findings });
    if (kind === 'dockerfile') dockerfiles.push({ path: input.path, model: analysis.model as ImageModel });
    else if (kind === 'kubernetes') manifests.push({ path: input.path, model: analysis.model as KubernetesModel });
    else if (kind === 'run') scripts.push({ path: input.path, model: analysis.model as RunScriptModel });
    else if (kind === 'apparmor') for (const p of (analysis.model as AppArmorModel).profiles ?? []) for (const name of profileNames(p)) profiles.set(name, input.path);
    // A seccomp profile is listed with its findings; what it filters is not part of a container's facts yet.
  }

  const projects: ComposeProject[] = [];
  for (const group of composeGroups(compose, options.composeFiles ?? [])) {
    const result = lintComposeProject(group.map((f) => ({ path: f.path, text: f.text })), {
      profiles: options.profiles ?? [],
      ...(options.readFile ? { readFile: options.readFile } : {}),
    });
    for (const entry of result.files) files.push({ path: entry.path, kind: 'compose', findings: entry.findings });
    if (result.project) projects.push(result.project);
  }

  const byPath = new Map(dockerfiles.map((d) => [normalisePath(d.path), d]));
  /** Images a Compose service builds and names, so a manifest or another service running that name gets the Dockerfile. */
  const named = new Map<string, { built: Built; target: string | null }>();
  const buildOf = (service: ComposeProject['services'][number]): Built | undefined =>
    service.build ? byPath.get(normalisePath(joinPath(service.build.context, service.build.dockerfile ?? 'Dockerfile'))) : undefined;
  for (const project of projects) {
    for (const service of project.services) {
      const built = buildOf(service);
      if (built && service.runtime.image) named.set(normaliseImage(service.runtime.image.value), { built, target: service.build?.target ?? null });
    }
  }

  const imageFor = (reference: string | null, place: Place): ImageFacts => {
    if (reference === null) return imageFromCatalogue('', place);
    const known = named.get(normaliseImage(reference));
    const fromDockerfile = known && imageFromDockerfile(known.built.path, known.built.model, known.target, reference);
    if (fromDockerfile) return fromDockerfile;
    const catalogued = imageFromCatalogue(reference, place);
    if (catalogued.user.source === 'unknown') {
      notes.push({ id: 'image-unknown', data: { reference } });
    }
    return catalogued;
  };

  const index: ProfileIndex = profiles;
  const subjects: Subject[] = [];
  for (const { path, model } of dockerfiles) {
    const image = imageFromDockerfile(path, model, null, null);
    if (image) subjects.push(imageSubject(image, { file: path, line: model.final?.line ?? 1 }));
  }
  for (const project of projects) {
    const placeOf = (line: number): Place => {
      const { path, span } = project.locate({ line, column: 1, endLine: line, endColumn: 2 });
      return { file: path, line: span.line };
    };
    for (const service of project.services) {
      if (!service.enabled) {
        notes.push({ id: 'service-profiles-inactive', data: { service: service.name, profiles: [...service.profiles] } });
        continue;
      }
      const reference = service.runtime.image?.value ?? null;
      const place = placeOf(service.span.line);
      let image: ImageFacts;
      const built = buildOf(service);
      if (service.build && built) {
        image = imageFromDockerfile(built.path, built.model, service.build.target, reference) ?? imageFor(reference, place);
      } else if (service.build) {
        notes.push({ id: 'service-build-missing', data: { service: service.name, dockerfile: joinPath(service.build.context, service.build.dockerfile ?? 'Dockerfile') } });
        image = { ...imageFromCatalogue('', place), reference };
      } else {
        image = imageFor(reference, place);
      }
      subjects.push(dockerSubject('compose-service', service.name, service.runtime, image, placeOf, index));
    }
  }
  for (const { path, model } of scripts) {
    const placeOf = (line: number): Place => ({ file: path, line });
    for (const { command, runtime } of model.commands) {
      const reference = command.image?.value ?? null;
      subjects.push(dockerSubject('docker-run', `docker ${command.verb} ${reference ?? ''}`.trim(), runtime, imageFor(reference, placeOf(command.span.line)), placeOf, index));
    }
  }
  for (const { path, model } of manifests) {
    const placeOf = (line: number): Place => ({ file: path, line });
    for (const workload of model.workloads) {
      for (const container of workload.containers) {
        const reference = container.image?.value ?? null;
        subjects.push(kubernetesSubject(workload, container, imageFor(reference, placeOf(container.nameSpan.line)), placeOf, index, version));
      }
    }
  }
  // The same note can come up once per service or container; each is said once.
  const seen = new Set<string>();
  const noteMessages = notes.filter((n) => {
    const key = JSON.stringify(n);
    return !seen.has(key) && Boolean(seen.add(key));
  });
  return { schemaVersion: 1, kubernetesVersion: versionString(version), subjects, files, notes: noteMessages.map((n) => wordMessage(n)), noteMessages };
}
