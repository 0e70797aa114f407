import type { PodInput } from '../../checker/kubernetes/pod-security';
import { hexId } from '../hash';

export interface ClusterNamespace {
  name: string;
  labels: Map<string, string>;
  createdAt: number;
}

export interface ClusterPod {
  name: string;
  namespace: string;
  containers: number;
  createdAt: number;
  /** The admission input, to judge the pod again when its namespace's level changes. */
  pod: PodInput;
}

export interface ClusterController {
  /** "deployment.apps", "job.batch"... */
  resource: string;
  kind: string;
  name: string;
  namespace: string;
  replicas: number;
  createdAt: number;
  /** The ReplicaSet a Deployment made, "api-7c9d8f6b5d"; the controller itself for other kinds. */
  owner: string;
}

export interface ClusterEvent {
  namespace: string;
  at: number;
  type: 'Normal' | 'Warning';
  reason: string;
  object: string;
  message: string;
}

/** An object kubectl created that nothing here runs (Service, ConfigMap...): listed, never judged. */
export interface ClusterObject {
  resource: string;
  name: string;
  namespace: string | null;
}

/** The pod-template-hash alphabet and the generated-name alphabet of Kubernetes (util/rand). */
const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

function fromAlphabet(seed: string, length: number): string {
  const hex = hexId(seed);
  let out = '';
  for (let i = 0; i < length; i++) out += SAFE[parseInt(hex.slice(i * 2, i * 2 + 2), 16) % SAFE.length] ?? 'b';
  return out;
}

export const templateHash = (namespace: string, name: string): string => fromAlphabet(`rs/${namespace}/${name}`, 10);
export const podSuffix = (owner: string, index: number): string => fromAlphabet(`pod/${owner}/${index}`, 5);

const TEN_DAYS = 10 * 24 * 3_600_000;

/** A single-node cluster's API objects, as much of them as the course's commands read. */
export class Cluster {
  readonly namespaces = new Map<string, ClusterNamespace>();
  readonly pods: ClusterPod[] = [];
  readonly controllers: ClusterController[] = [];
  readonly events: ClusterEvent[] = [];
  readonly objects: ClusterObject[] = [];

  constructor(readonly now: () => number) {
    const booted = now() - TEN_DAYS;
    for (const name of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) this.addNamespace(name, new Map(), booted);
  }

  addNamespace(name: string, labels: Map<string, string>, createdAt = this.now()): ClusterNamespace {
    // The API server labels every namespace with its own name (since Kubernetes 1.21).
    const all = new Map([['kubernetes.io/metadata.name', name], ...labels]);
    const ns = { name, labels: all, createdAt };
    this.namespaces.set(name, ns);
    return ns;
  }

  podsIn(namespace: string): ClusterPod[] {
    return this.pods.filter((p) => p.namespace === namespace).sort((a, b) => (a.name < b.name ? -1 : 1));
  }
}
