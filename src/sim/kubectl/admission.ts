import { judgePod, levelVersionString, policyFromLabels, type Policy, type LabelError } from '../../checker/kubernetes/pod-security';
import type { PodInput } from '../../checker/kubernetes/pod-security';
import type { Cluster, ClusterPod } from './cluster';

/**
 * Pod Security admission as kubernetes/pod-security-admission's admission.go decides: enforce
 * refuses a Pod, warn (which defaults to a stricter enforce level) only warns, and a controller's
 * template is judged for warnings alone; its pods are judged when the controller creates them.
 */
export function namespacePolicy(cluster: Cluster, namespace: string): Policy {
  const ns = cluster.namespaces.get(namespace);
  return policyFromLabels(ns?.labels ?? new Map()).policy;
}

export interface PodAdmission {
  /** `violates PodSecurity "restricted:latest": ...` when enforce refuses the pod. */
  refused?: string;
  /** `would violate PodSecurity ...` lines a client prints as "Warning: ...". */
  warnings: string[];
}

export function admitPod(policy: Policy, pod: PodInput): PodAdmission {
  const enforced = judgePod(pod, policy.enforce);
  if (!enforced.allowed) return { refused: `violates PodSecurity "${levelVersionString(policy.enforce)}": ${enforced.detail}`, warnings: [] };
  return { warnings: warningsFor(policy, pod) };
}

export function warningsFor(policy: Policy, pod: PodInput): string[] {
  const warned = judgePod(pod, policy.warn);
  return warned.allowed ? [] : [`would violate PodSecurity "${levelVersionString(policy.warn)}": ${warned.detail}`];
}

/** The namespace's labels refused as the API server words a field error list (NewInvalid). */
export function invalidNamespace(name: string, errors: readonly LabelError[]): string {
  const causes = errors.map((e) => `metadata.labels[${e.label}]: Invalid value: "${e.value}": ${e.reason}`);
  return `The Namespace "${name}" is invalid: ${causes.length === 1 ? causes[0] : `[${causes.join(', ')}]`}`;
}

/**
 * The warnings a change of a namespace's enforce level returns (EvaluatePodsInNamespace): one
 * summary, then one line per distinct set of reasons, naming the first pod and how many others share it.
 */
export function existingPodWarnings(namespace: string, policy: Policy, pods: readonly ClusterPod[]): string[] {
  const byReason = new Map<string, { first: string; count: number }>();
  const order: string[] = [];
  for (const pod of pods) {
    const verdict = judgePod(pod.pod, policy.enforce);
    if (verdict.allowed) continue;
    const seen = byReason.get(verdict.reason);
    if (!seen) {
      byReason.set(verdict.reason, { first: pod.name, count: 1 });
      order.push(verdict.reason);
    } else {
      seen.count++;
      if (pod.name < seen.first) seen.first = pod.name;
    }
  }
  if (order.length === 0) return [];
  const lines = order.map((reason) => {
    const c = byReason.get(reason) ?? { first: '', count: 1 };
    const who = c.count === 1 ? c.first : c.count === 2 ? `${c.first} (and 1 other pod)` : `${c.first} (and ${c.count - 1} other pods)`;
    return `${who}: ${reason}`;
  }).sort();
  return [`existing pods in namespace "${namespace}" violate the new PodSecurity enforce level "${levelVersionString(policy.enforce)}"`, ...lines];
}
