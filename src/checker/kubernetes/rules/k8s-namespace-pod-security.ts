import type { Hit, Rule, Span } from '../../core/types';
import type { KubernetesModel, NamespaceObject } from '../model';
import { LABEL_PREFIX, labelValues, policyFromLabels } from '../pod-security';

function at(span: Span): Pick<Hit, 'line' | 'column' | 'endLine' | 'endColumn'> {
  return { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
}

function kindLine(ns: NamespaceObject): Pick<Hit, 'line'> {
  return { line: ns.line };
}

export const rule: Rule<KubernetesModel> = {
  meta: {
    id: 'k8s-namespace-pod-security',
    title: 'Namespace does not enforce a Pod Security level',
    severity: 'warning',
    appliesTo: ['kubernetes'],
    lesson: 'pod-security-admission',
    why: 'Without a pod-security.kubernetes.io/enforce label (or with enforce: privileged) the built-in Pod Security admission lets any pod into the namespace, privileged ones included, unless the cluster sets another default. A label value the API server cannot read is refused, and the namespace is not created or changed.',
    fix: 'Label the namespace: pod-security.kubernetes.io/enforce: restricted (or baseline where Restricted is not yet possible), pin pod-security.kubernetes.io/enforce-version to the cluster\'s minor version, and add warn and audit at latest to see what the next version would refuse.',
    refs: { pss: ['Pod Security Admission'] },
    messages: {
      noEnforce: 'Namespace "{{name}}" has no {{label}} label, so Pod Security admission lets every pod in, privileged ones included.',
      enforcePrivileged: 'Namespace "{{name}}" enforces the privileged level, which allows everything: any pod, privileged ones included, is admitted.',
      invalidLabel: 'The Namespace "{{name}}" is invalid: metadata.labels[{{label}}]: Invalid value: "{{value}}": {{reason}}. The API server refuses it, so the namespace is not created or changed.',
    },
    examples: {
      bad: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n',
      good: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n    pod-security.kubernetes.io/enforce-version: v1.36\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const ns of model.namespaces) {
      const labels = labelValues(ns);
      const { policy, errors } = policyFromLabels(labels);
      for (const error of errors) {
        const span = ns.labels.get(error.label)?.span;
        hits.push({ ...(span ? at(span) : kindLine(ns)), severity: 'error', messageId: 'invalidLabel', data: { name: ns.name, ...error } });
      }
      if (errors.some((e) => e.label === `${LABEL_PREFIX}enforce`)) continue;
      const enforce = ns.labels.get(`${LABEL_PREFIX}enforce`);
      if (!enforce) hits.push({ ...(ns.labelsSpan ? at(ns.labelsSpan) : kindLine(ns)), messageId: 'noEnforce', data: { name: ns.name, label: `${LABEL_PREFIX}enforce` } });
      else if (policy.enforce.level === 'privileged') hits.push({ ...at(enforce.span), messageId: 'enforcePrivileged', data: { name: ns.name } });
    }
    return hits;
  },
};
