import type { CheckOptions, Hit, Rule, Span } from '../../core/types';
import type { Container, KubernetesModel, NamespaceObject, Workload } from '../model';
import { judgePod, labelValues, levelVersionString, parseVersion, policyFromLabels, type LevelVersion } from '../pod-security';

/** Where a failed check points: the field it reads when it is written, else the container or the pod spec. */
const CONTAINER_FIELD: Partial<Record<string, keyof Container['security']>> = {
  privileged: 'privileged',
  allowPrivilegeEscalation: 'allowPrivilegeEscalation',
  capabilities_baseline: 'capabilities',
  capabilities_restricted: 'capabilities',
  runAsNonRoot: 'runAsNonRoot',
  runAsUser: 'runAsUser',
  seccompProfile_baseline: 'seccompProfile',
  seccompProfile_restricted: 'seccompProfile',
  appArmorProfile: 'appArmorProfile',
  procMount: 'procMount',
  procMount_restricted: 'procMount',
};

function spanOf(value: unknown): Span | undefined {
  return typeof value === 'object' && value !== null && 'span' in value ? (value as { span: Span }).span : undefined;
}

/** The first container a check's detail names ("container "app" must set ..."), where the line marker goes. */
function namedContainer(workload: Workload, detail: string): Container | undefined {
  return workload.containers.find((c) => c.name !== '' && detail.includes(`"${c.name}"`)) ?? workload.containers[0];
}

function placeOf(workload: Workload, check: { id: string; detail: string }): Span {
  if (check.id === 'hostNamespaces') return (workload.hostNetwork ?? workload.hostPID ?? workload.hostIPC)?.span ?? workload.podSpecSpan;
  if (check.id === 'hostPathVolumes' || check.id === 'restrictedVolumes') return workload.volumes[0]?.span ?? workload.podSpecSpan;
  const field = CONTAINER_FIELD[check.id];
  const container = namedContainer(workload, check.detail);
  if (!container) return workload.podSpecSpan;
  return (field ? spanOf(container.security[field]) : undefined) ?? container.securityContextSpan ?? container.nameSpan;
}

/**
 * The level a workload is admitted under: its Namespace's labels when the file holds that Namespace
 * (a workload without `metadata.namespace` goes to `default`), else the team's chosen level, else none.
 */
function enforcedFor(workload: Workload, namespaces: readonly NamespaceObject[], options?: CheckOptions): LevelVersion | null {
  const name = workload.namespace ?? 'default';
  const ns = namespaces.find((n) => n.name === name);
  if (ns) {
    const labels = labelValues(ns);
    return policyFromLabels(labels).policy.enforce;
  }
  const chosen = options?.podSecurity;
  if (!chosen) return null;
  const version = chosen.version === 'latest' ? null : parseVersion(chosen.version)?.version ?? null;
  return { level: chosen.level, version };
}

export const rule: Rule<KubernetesModel> = {
  meta: {
    id: 'k8s-pod-security-admission',
    title: 'Pod Security admission refuses the pod',
    severity: 'error',
    appliesTo: ['kubernetes'],
    lesson: 'pod-security-admission',
    why: 'A namespace labelled pod-security.kubernetes.io/enforce refuses every pod that breaks its level. A bare Pod is rejected when applied; a Deployment, Job or other controller is accepted with only a warning, and then none of its pods can be created, so the service never starts.',
    fix: 'Change the pod spec until it meets the namespace\'s level: each reason in the message names the field to set (for Restricted: runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities.drop: ["ALL"], seccompProfile.type: RuntimeDefault).',
    refs: { pss: ['Baseline', 'Restricted'] },
    messages: {
      podRefused: 'pods "{{name}}" is forbidden: violates PodSecurity "{{policy}}": {{failure}}. The API server refuses this Pod in namespace "{{namespace}}".',
      templateRefused: '{{kind}} "{{name}}" would violate PodSecurity "{{policy}}": {{failure}}. It is created with a warning, but namespace "{{namespace}}" refuses every pod it makes, so nothing runs.',
    },
    examples: {
      bad: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n',
      good: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  securityContext:\n    runAsNonRoot: true\n    runAsUser: 10001\n    seccompProfile:\n      type: RuntimeDefault\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n      securityContext:\n        allowPrivilegeEscalation: false\n        capabilities:\n          drop: ["ALL"]\n',
    },
  },
  check(model, options) {
    const hits: Hit[] = [];
    for (const workload of model.workloads) {
      // A PodTemplate only earns a warning and makes no pods of its own.
      if (!workload.pod || workload.kind === 'PodTemplate') continue;
      const enforced = enforcedFor(workload, model.namespaces, options);
      if (!enforced) continue;
      const verdict = judgePod(workload.pod, enforced);
      const data = { kind: workload.kind, name: workload.name, namespace: workload.namespace ?? 'default', policy: levelVersionString(enforced) };
      for (const failed of verdict.failed) {
        const span = placeOf(workload, failed);
        const failure = failed.detail ? `${failed.reason} (${failed.detail})` : failed.reason;
        hits.push({
          line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn,
          messageId: workload.kind === 'Pod' ? 'podRefused' : 'templateRefused',
          data: { ...data, failure },
        });
      }
    }
    return hits;
  },
};
