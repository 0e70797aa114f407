import { parseYamlStream } from '../../checker/core/yaml-parse';
import { parseKubernetes } from '../../checker/kubernetes/parse';
import { labelValues, type PodInput } from '../../checker/kubernetes/pod-security';

/** One object of a manifest, as kubectl sends it. */
export type ManifestObject =
  | { type: 'namespace'; name: string; labels: Map<string, string> }
  | { type: 'workload'; kind: string; resource: string; name: string; namespace: string | null; pod: PodInput; containers: number; replicas: number }
  | { type: 'other'; resource: string; name: string; namespace: string | null };

/** The API group kubectl prints after the resource, for the kinds a course manifest holds. */
const GROUP_OF: Record<string, string> = {
  Deployment: 'apps', StatefulSet: 'apps', DaemonSet: 'apps', ReplicaSet: 'apps', Job: 'batch', CronJob: 'batch',
  NetworkPolicy: 'networking.k8s.io', Ingress: 'networking.k8s.io', Role: 'rbac.authorization.k8s.io', RoleBinding: 'rbac.authorization.k8s.io',
  ClusterRole: 'rbac.authorization.k8s.io', ClusterRoleBinding: 'rbac.authorization.k8s.io',
};

export function resourceOf(kind: string): string {
  const group = GROUP_OF[kind];
  return `${kind.toLowerCase()}${group ? `.${group}` : ''}`;
}

export type ManifestRead = { objects: ManifestObject[] } | { error: string };

/**
 * The objects of a manifest in file order. A document kubectl could not decode stops the whole
 * apply before anything is sent, as kubectl's own decoding does.
 */
export function readManifest(text: string, source: string): ManifestRead {
  const docs = parseYamlStream(text, { version: '1.1', merge: true, prettyErrors: false });
  const model = parseKubernetes(text);
  const objects: ManifestObject[] = [];
  for (const [index, doc] of (Array.isArray(docs) ? docs : [docs]).entries()) {
    if (doc.errors.length > 0) return { error: `error: error parsing ${source}: error converting YAML to JSON: yaml: ${doc.errors[0]?.message.split('\n')[0] ?? 'invalid document'}` };
    const raw: unknown = doc.toJS({ maxAliasCount: 100 });
    if (raw === null || raw === undefined) continue;
    if (typeof raw !== 'object' || Array.isArray(raw)) return { error: `error: error validating "${source}": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false` };
    const object = raw as Record<string, unknown>;
    const kind = typeof object['kind'] === 'string' ? object['kind'] : '';
    const metadata = (typeof object['metadata'] === 'object' && object['metadata'] !== null ? object['metadata'] : {}) as Record<string, unknown>;
    const name = typeof metadata['name'] === 'string' ? metadata['name'] : '';
    const namespace = typeof metadata['namespace'] === 'string' ? metadata['namespace'] : null;
    const missing = [...(typeof object['apiVersion'] !== 'string' ? ['apiVersion not set'] : []), ...(kind === '' ? ['kind not set'] : [])];
    if (missing.length > 0) {
      // An aggregate of one error prints bare; of several, in brackets (apimachinery's utilerrors).
      const said = missing.length === 1 ? missing[0] : `[${missing.join(', ')}]`;
      return { error: `error: error validating "${source}": error validating data: ${said}; if you choose to ignore these errors, turn validation off with --validate=false` };
    }
    if (kind === 'Namespace') {
      const ns = model.namespaces.find((n) => n.document === index);
      objects.push({ type: 'namespace', name, labels: labelValues(ns) });
      continue;
    }
    const workload = model.workloads.find((w) => w.document === index);
    if (workload?.pod && kind !== 'PodTemplate') {
      const spec = (object['spec'] ?? {}) as Record<string, unknown>;
      const replicas = kind === 'Pod' ? 1 : typeof spec['replicas'] === 'number' ? spec['replicas'] : 1;
      objects.push({ type: 'workload', kind, resource: resourceOf(kind), name, namespace, pod: workload.pod, containers: workload.containers.filter((c) => c.role === 'container').length, replicas });
      continue;
    }
    objects.push({ type: 'other', resource: resourceOf(kind), name, namespace });
  }
  return { objects };
}
