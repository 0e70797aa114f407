import { LineCounter, type Document } from 'yaml';
import { parseYamlStream } from '../core/yaml-parse';
import type { Finding } from '../core/types';
import { refuseInput } from '../registry/input-guard';
import { kubernetesProblem } from './diagnostics';
import { parseImageReference } from './image-reference';
import {
  WORKLOAD_KINDS,
  type AppArmorAnnotation, type Capabilities, type CapabilityEntry, type Container, type ContainerRole,
  type ContainerSecurity, type KubernetesModel, type Label, type NamespaceObject, type ProfileChoice, type Setting, type SettingSource,
  type Volume, type VolumeMount, type Workload, type WorkloadKind,
} from './model';
import { APPARMOR_ANNOTATION_PREFIX, normaliseCapability, profileFromAnnotation } from './profiles';
import { NodeReader, type Entry } from './yaml-nodes';
import { podFromNodes } from './pod-security/from-yaml';

export const SYNTAX_RULE_ID = 'kubernetes-syntax';

/** `kind: List` may nest; real files never go deeper than this. */
const MAX_LIST_DEPTH = 4;

/** Parses every YAML document of a manifest into the pod specs it declares; never throws. */
export function parseKubernetes(text: string): KubernetesModel {
  const refused = refuseInput('kubernetes', text);
  if (refused) return { workloads: [], namespaces: [], diagnostics: [refused] };
  try {
    return parseDocuments(text);
  } catch (error) {
    return {
      workloads: [],
      namespaces: [],
      diagnostics: [{
        ruleId: SYNTAX_RULE_ID,
        severity: 'error',
        ...kubernetesProblem('unreadable', error instanceof Error ? error.message : String(error)),
        line: 1, column: 1, endLine: 1, endColumn: 1,
      }],
    };
  }
}

function parseDocuments(text: string): KubernetesModel {
  const lines = new LineCounter();
  // kubectl decodes manifests with a YAML 1.1 parser, where `yes`, `on` and `off` are booleans.
  const documents = parseYamlStream(text, { lineCounter: lines, version: '1.1', merge: true, prettyErrors: false });
  const model: KubernetesModel = { workloads: [], namespaces: [], diagnostics: [] };
  documents.forEach((doc, index) => {
    if (doc.errors.length > 0) {
      model.diagnostics.push(...doc.errors.map((error) => syntaxFinding(error.message, error.pos, lines)));
      return;
    }
    collectObject(new NodeReader(doc as Document, lines), doc.contents, index, model, 0);
  });
  return model;
}

function syntaxFinding(message: string, pos: [number, number], lines: LineCounter): Finding {
  const from = lines.linePos(pos[0]);
  const to = lines.linePos(Math.max(pos[1], pos[0]));
  const firstLine = message.split('\n')[0] ?? message;
  return {
    ruleId: SYNTAX_RULE_ID,
    severity: 'error',
    ...kubernetesProblem('yamlError', /[.!?]$/.test(firstLine) ? firstLine : `${firstLine}.`),
    line: from.line,
    column: from.col,
    endLine: to.line,
    endColumn: to.line === from.line && to.col <= from.col ? from.col + 1 : to.col,
  };
}

function isWorkloadKind(kind: string | undefined): kind is WorkloadKind {
  return (WORKLOAD_KINDS as readonly string[]).includes(kind ?? '');
}

function collectObject(read: NodeReader, node: unknown, document: number, model: KubernetesModel, depth: number): void {
  const object = read.entries(node);
  const kindEntry = object.get('kind');
  const kind = read.string(kindEntry?.value);
  if (kind !== undefined && /List$/.test(kind) && depth < MAX_LIST_DEPTH) {
    for (const item of read.items(object.get('items')?.value)) collectObject(read, item, document, model, depth + 1);
    return;
  }
  if (kind === 'Namespace') {
    model.namespaces.push(readNamespace(read, object, document, kindEntry?.span.line ?? read.spanOf(node).line));
    return;
  }
  const out = model.workloads;
  if (!isWorkloadKind(kind)) return;
  const template = podTemplateOf(read, kind, object);
  if (!template) return;
  const metadata = read.entries(object.get('metadata')?.value);
  const namespace = read.string(metadata.get('namespace')?.value);
  out.push(readPodSpec(read, template, {
    kind,
    name: read.string(metadata.get('name')?.value) ?? '',
    ...(namespace !== undefined ? { namespace } : {}),
    document,
    line: kindEntry?.span.line ?? read.spanOf(node).line,
  }));
}

function readNamespace(read: NodeReader, object: Map<string, Entry>, document: number, line: number): NamespaceObject {
  const metadata = read.entries(object.get('metadata')?.value);
  const labelsEntry = metadata.get('labels');
  const labels = new Map<string, Label>();
  for (const [key, entry] of read.entries(labelsEntry?.value)) {
    // Label values are strings to the API server; a YAML number or boolean is what kubectl would send as text.
    const value = read.scalar(entry.value);
    labels.set(key, { value: value === null || value === undefined ? '' : String(value), span: entry.span });
  }
  return {
    name: read.string(metadata.get('name')?.value) ?? '',
    document,
    line,
    ...(labelsEntry ? { labelsSpan: labelsEntry.span } : {}),
    labels,
  };
}

interface PodTemplate {
  /** The metadata beside the pod spec: where a pod's annotations live. */
  metadata: Map<string, Entry>;
  spec: Entry;
}

/** Where each kind keeps its pod: Pod at `spec`, PodTemplate at `template`, CronJob two levels down. */
function podTemplateOf(read: NodeReader, kind: WorkloadKind, object: Map<string, Entry>): PodTemplate | undefined {
  if (kind === 'Pod') {
    const spec = object.get('spec');
    return spec && { metadata: read.entries(object.get('metadata')?.value), spec };
  }
  let holder: Map<string, Entry> | undefined = object;
  if (kind !== 'PodTemplate') holder = read.entries(object.get('spec')?.value);
  if (kind === 'CronJob') holder = read.entries(read.entries(holder.get('jobTemplate')?.value).get('spec')?.value);
  const template = read.entries(holder.get('template')?.value);
  const spec = template.get('spec');
  return spec && { metadata: read.entries(template.get('metadata')?.value), spec };
}

type WorkloadHeader = Pick<Workload, 'kind' | 'name' | 'namespace' | 'document' | 'line'>;

function readPodSpec(read: NodeReader, template: PodTemplate, header: WorkloadHeader): Workload {
  const spec = read.entries(template.spec.value);
  const podContext = spec.get('securityContext');
  const pod = read.entries(podContext?.value);
  const settings = new SettingReader(read);
  const appArmorAnnotations = readAppArmorAnnotations(read, template.metadata);
  const volumes = read.items(spec.get('volumes')?.value).map((item) => readVolume(read, item));
  const containers: Container[] = [];
  const roles: [string, ContainerRole][] = [
    ['containers', 'container'], ['initContainers', 'initContainer'], ['ephemeralContainers', 'ephemeralContainer'],
  ];
  for (const [key, role] of roles) {
    for (const item of read.items(spec.get(key)?.value)) {
      containers.push(readContainer(read, settings, item, role, pod, appArmorAnnotations));
    }
  }
  return {
    ...header,
    podSpecSpan: template.spec.span,
    ...optional('hostNetwork', settings.boolean(spec, 'hostNetwork', 'pod')),
    ...optional('hostPID', settings.boolean(spec, 'hostPID', 'pod')),
    ...optional('hostIPC', settings.boolean(spec, 'hostIPC', 'pod')),
    ...optional('hostUsers', settings.boolean(spec, 'hostUsers', 'pod')),
    ...optional('runtimeClassName', settings.string(spec, 'runtimeClassName', 'pod')),
    ...optional('automountServiceAccountToken', settings.boolean(spec, 'automountServiceAccountToken', 'pod')),
    ...optional('podSecurityContextSpan', podContext?.span),
    appArmorAnnotations,
    volumes,
    containers,
    pod: podFromNodes(read, template.metadata, template.spec),
  };
}

/** Spreads `{ [key]: value }` only when the value exists, so an unset field is absent rather than undefined. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

class SettingReader {
  constructor(private readonly read: NodeReader) {}

  boolean(map: Map<string, Entry>, key: string, source: SettingSource): Setting<boolean> | undefined {
    return this.make(map.get(key), this.read.boolean(map.get(key)?.value), source);
  }

  number(map: Map<string, Entry>, key: string, source: SettingSource): Setting<number> | undefined {
    return this.make(map.get(key), this.read.number(map.get(key)?.value), source);
  }

  string(map: Map<string, Entry>, key: string, source: SettingSource): Setting<string> | undefined {
    return this.make(map.get(key), this.read.string(map.get(key)?.value), source);
  }

  profile(map: Map<string, Entry>, key: string, source: SettingSource): Setting<ProfileChoice> | undefined {
    const entry = map.get(key);
    if (!entry) return undefined;
    const fields = this.read.entries(entry.value);
    if (fields.size === 0) return undefined;
    const localhostProfile = this.read.string(fields.get('localhostProfile')?.value);
    const value: ProfileChoice = {
      type: this.read.string(fields.get('type')?.value) ?? '',
      ...(localhostProfile !== undefined ? { localhostProfile } : {}),
    };
    return { value, span: entry.span, source };
  }

  private make<T>(entry: Entry | undefined, value: T | undefined, source: SettingSource): Setting<T> | undefined {
    return entry && value !== undefined ? { value, span: entry.span, source } : undefined;
  }
}

function readAppArmorAnnotations(read: NodeReader, metadata: Map<string, Entry>): AppArmorAnnotation[] {
  const found: AppArmorAnnotation[] = [];
  for (const [key, entry] of read.entries(metadata.get('annotations')?.value)) {
    if (!key.startsWith(APPARMOR_ANNOTATION_PREFIX)) continue;
    const value = read.string(entry.value) ?? '';
    found.push({
      container: key.slice(APPARMOR_ANNOTATION_PREFIX.length),
      value,
      profile: profileFromAnnotation(value),
      span: entry.span,
    });
  }
  return found;
}

function readVolume(read: NodeReader, item: unknown): Volume {
  const volume = read.entries(item);
  const nameEntry = volume.get('name');
  const hostPathEntry = volume.get('hostPath');
  const result: Volume = { name: read.string(nameEntry?.value) ?? '', span: nameEntry?.span ?? read.spanOf(item) };
  if (hostPathEntry) {
    const hostPath = read.entries(hostPathEntry.value);
    const pathEntry = hostPath.get('path');
    const type = read.string(hostPath.get('type')?.value);
    result.hostPath = {
      path: read.string(pathEntry?.value) ?? '',
      span: pathEntry?.span ?? hostPathEntry.span,
      ...(type !== undefined ? { type } : {}),
    };
  }
  return result;
}

function readMounts(read: NodeReader, node: unknown): VolumeMount[] {
  return read.items(node).map((item) => {
    const mount = read.entries(item);
    const nameEntry = mount.get('name');
    return {
      name: read.string(nameEntry?.value) ?? '',
      mountPath: read.string(mount.get('mountPath')?.value) ?? '',
      readOnly: read.boolean(mount.get('readOnly')?.value) === true,
      span: nameEntry?.span ?? read.spanOf(item),
    };
  });
}

function readCapabilityList(read: NodeReader, node: unknown): CapabilityEntry[] {
  return read.items(node).flatMap((item) => {
    const raw = read.string(item);
    return raw === undefined ? [] : [{ name: normaliseCapability(raw), raw, span: read.spanOf(read.resolve(item) ?? item) }];
  });
}

function readCapabilities(read: NodeReader, entry: Entry | undefined): Capabilities | undefined {
  if (!entry) return undefined;
  const caps = read.entries(entry.value);
  return {
    add: readCapabilityList(read, caps.get('add')?.value),
    drop: readCapabilityList(read, caps.get('drop')?.value),
    span: entry.span,
  };
}

function readContainer(
  read: NodeReader,
  settings: SettingReader,
  item: unknown,
  role: ContainerRole,
  pod: Map<string, Entry>,
  annotations: AppArmorAnnotation[],
): Container {
  const container = read.entries(item);
  const nameEntry = container.get('name');
  const name = read.string(nameEntry?.value) ?? '';
  const contextEntry = container.get('securityContext');
  const own = read.entries(contextEntry?.value);
  const imageEntry = container.get('image');
  const imageValue = read.string(imageEntry?.value);
  const capabilities = readCapabilities(read, own.get('capabilities'));
  const privileged = settings.boolean(own, 'privileged', 'container');
  const allowPrivilegeEscalation = settings.boolean(own, 'allowPrivilegeEscalation', 'container');
  const annotation = annotations.find((a) => a.container === name && a.profile !== null);
  const annotationProfile: Setting<ProfileChoice> | undefined = annotation?.profile
    ? { value: annotation.profile, span: annotation.span, source: 'annotation' }
    : undefined;
  const addsSysAdmin = capabilities?.add.some((c) => c.name === 'SYS_ADMIN' || c.name === 'ALL') ?? false;
  const security: ContainerSecurity = {
    escalationPossible: allowPrivilegeEscalation?.value !== false || privileged?.value === true || addsSysAdmin,
    ...optional('privileged', privileged),
    ...optional('runAsNonRoot', settings.boolean(own, 'runAsNonRoot', 'container') ?? settings.boolean(pod, 'runAsNonRoot', 'pod')),
    ...optional('runAsUser', settings.number(own, 'runAsUser', 'container') ?? settings.number(pod, 'runAsUser', 'pod')),
    ...optional('runAsGroup', settings.number(own, 'runAsGroup', 'container') ?? settings.number(pod, 'runAsGroup', 'pod')),
    ...optional('allowPrivilegeEscalation', allowPrivilegeEscalation),
    ...optional('capabilities', capabilities),
    ...optional('seccompProfile', settings.profile(own, 'seccompProfile', 'container') ?? settings.profile(pod, 'seccompProfile', 'pod')),
    ...optional('appArmorProfile',
      settings.profile(own, 'appArmorProfile', 'container') ?? annotationProfile ?? settings.profile(pod, 'appArmorProfile', 'pod')),
    ...optional('readOnlyRootFilesystem', settings.boolean(own, 'readOnlyRootFilesystem', 'container')),
    ...optional('procMount', settings.string(own, 'procMount', 'container')),
  };
  return {
    name,
    role,
    nameSpan: nameEntry?.span ?? read.spanOf(item),
    ...optional('image', imageValue !== undefined && imageEntry ? parseImageReference(imageValue, imageEntry.span) : undefined),
    security,
    ...optional('securityContextSpan', contextEntry?.span),
    mounts: readMounts(read, container.get('volumeMounts')?.value),
  };
}
