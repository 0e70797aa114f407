import type { Exercise, GoalContext, GoalResult } from '../../../../../src/checker/grading/exercise';
import type { NamespaceObject } from '../../../../../src/checker/kubernetes/model';
import { policyFromLabels } from '../../../../../src/checker/kubernetes/pod-security';
import starter from './starter.yaml?raw';
import solution from './solution.yaml?raw';

const PREFIX = 'pod-security.kubernetes.io/';
/** The lab cluster's Kubernetes minor version, which the enforce level is pinned to. */
export const CLUSTER_MINOR = 36;

function payments(ctx: GoalContext): NamespaceObject | undefined {
  return ctx.kubernetes().namespaces.find((n) => n.name === 'payments');
}

const NO_NAMESPACE: GoalResult = { pass: false, messageId: 'noNamespace' };

/** A label's value and line, or undefined when the namespace lacks it. */
function label(ns: NamespaceObject, key: string): { value: string; line: number } | undefined {
  const found = ns.labels.get(`${PREFIX}${key}`);
  return found && { value: found.value, line: found.span.line };
}

/** The audit or warn mode: restricted, at latest (written or left to default), so an upgrade's stricter checks show early. */
function previewMode(ctx: GoalContext, mode: 'warn' | 'audit'): GoalResult {
  const ns = payments(ctx);
  if (!ns) return NO_NAMESPACE;
  const level = label(ns, mode);
  const version = label(ns, `${mode}-version`);
  if (!level) return { pass: false, line: ns.labelsSpan?.line ?? ns.line, messageId: 'modeMissing', fixId: 'modeFix', data: { mode } };
  if (level.value !== 'restricted') return { pass: false, line: level.line, messageId: 'modeLevel', fixId: 'modeFix', data: { mode, value: level.value } };
  if (version && version.value !== 'latest') return { pass: false, line: version.line, messageId: 'modeVersion', fixId: 'modeFix', data: { mode, value: version.value } };
  return { pass: true, messageId: 'modePassed', data: { mode } };
}

const PREVIEW_MESSAGES = {
  noNamespace: 'The file no longer declares the Namespace "payments".',
  modeMissing: 'No {{mode}} label: nothing tells the team which pods the next Kubernetes release will refuse.',
  modeLevel: '`{{mode}}: {{value}}` previews a weaker level than the one the namespace enforces.',
  modeVersion: '`{{mode}}-version: {{value}}` keeps {{mode}} on an old version, so it never shows what an upgrade adds.',
  modePassed: '{{mode}} checks every pod against restricted at the newest version.',
  modeFix: 'Set `pod-security.kubernetes.io/{{mode}}: restricted` and `pod-security.kubernetes.io/{{mode}}-version: latest`.',
} as const;

export const exercise: Exercise = {
  id: 'pod-security-admission/label-namespace',
  lesson: 'pod-security-admission',
  title: 'Make the namespace enforce Restricted, pinned, with a preview of the next release',
  task:
    'The `payments` namespace only warns about pods that break the Restricted profile, so every one of them is still admitted. ' +
    'Make the namespace refuse them: enforce `restricted`, pinned to the cluster\'s version (`v1.36`) so an upgrade cannot suddenly refuse running workloads, ' +
    'and keep `warn` and `audit` at `restricted` on `latest`, so the team sees what the next release would refuse before it is enforced.',
  files: [{ name: 'namespace.yaml', kind: 'kubernetes', starter, solution }],
  rules: ['k8s-namespace-pod-security'],
  run: {
    title: 'The cluster accepts the namespace with these labels',
    why: 'A label value the API server cannot read is refused, and the namespace is not created or changed.',
    passed: 'kubectl created the namespace, and it carries the enforce label.',
    steps: [
      { command: 'kubectl apply -f namespace.yaml', output: 'namespace/payments created' },
      { command: 'kubectl get namespace payments --show-labels', output: 'pod-security.kubernetes.io/enforce=restricted' },
    ],
  },
  hints: [
    'Pod Security admission reads three modes from labels: `enforce` refuses, `warn` only tells the client, `audit` only writes to the audit log.',
    'Each mode has a level label (`pod-security.kubernetes.io/enforce: restricted`) and an optional version label (`pod-security.kubernetes.io/enforce-version: v1.36`); a missing version means `latest`.',
    'Add `pod-security.kubernetes.io/enforce: restricted` and `pod-security.kubernetes.io/enforce-version: v1.36`, then `warn-version: latest` and the `audit` and `audit-version` pair.',
  ],
  goals: [
    {
      id: 'enforces-restricted',
      title: 'The namespace enforces the Restricted level',
      why: 'Only enforce refuses a pod; warn and audit let every pod in and only report it.',
      rules: ['k8s-namespace-pod-security'],
      messages: {
        noNamespace: PREVIEW_MESSAGES.noNamespace,
        missing: 'The namespace has no enforce label, so every pod is admitted, privileged ones included; the warn label only prints a warning.',
        weaker: '`enforce: {{value}}` admits pods that Restricted would refuse (with baseline: root users, all default capabilities, no seccomp profile).',
        invalid: '`enforce: {{value}}` is not a level the API server knows, so it refuses the whole namespace.',
        passed: 'The namespace refuses every pod that breaks Restricted.',
        fix: 'Add `pod-security.kubernetes.io/enforce: restricted`.',
      },
      check(ctx) {
        const ns = payments(ctx);
        if (!ns) return NO_NAMESPACE;
        const enforce = label(ns, 'enforce');
        if (!enforce) return { pass: false, line: ns.labelsSpan?.line ?? ns.line, messageId: 'missing', fixId: 'fix' };
        const { errors } = policyFromLabels(new Map([[`${PREFIX}enforce`, enforce.value]]));
        if (errors.length > 0) return { pass: false, line: enforce.line, messageId: 'invalid', fixId: 'fix', data: { value: enforce.value } };
        if (enforce.value !== 'restricted') return { pass: false, line: enforce.line, messageId: 'weaker', fixId: 'fix', data: { value: enforce.value } };
        return { pass: true, messageId: 'passed' };
      },
    },
    {
      id: 'enforce-version-pinned',
      title: 'The enforced level is pinned to the cluster\'s version',
      why: 'Unpinned, enforce follows `latest`: the day the cluster is upgraded, checks added in the new release start refusing pods that ran yesterday.',
      messages: {
        noNamespace: PREVIEW_MESSAGES.noNamespace,
        missing: 'Without `enforce-version`, enforce means restricted at `latest`, which changes with every upgrade of the cluster.',
        latest: '`enforce-version: latest` changes with every upgrade of the cluster.',
        invalid: '`enforce-version: {{value}}` is not a version the API server reads; it must be `latest` or `v1.x`.',
        newer: '`enforce-version: {{value}}` is newer than the cluster (v1.{{cluster}}), which evaluates it as its own newest version: the pin pins nothing.',
        older: '`enforce-version: {{value}}` pins an older release than the cluster\'s v1.{{cluster}}, so the namespace misses the checks added since.',
        passed: 'The enforced level is pinned to v1.{{cluster}}.',
        fix: 'Add `pod-security.kubernetes.io/enforce-version: v1.{{cluster}}`.',
      },
      check(ctx) {
        const ns = payments(ctx);
        if (!ns) return NO_NAMESPACE;
        const data = { cluster: CLUSTER_MINOR };
        const version = label(ns, 'enforce-version');
        if (!version) return { pass: false, line: label(ns, 'enforce')?.line ?? ns.labelsSpan?.line ?? ns.line, messageId: 'missing', fixId: 'fix', data };
        if (version.value === 'latest') return { pass: false, line: version.line, messageId: 'latest', fixId: 'fix', data };
        const match = /^v1\.([0-9]|[1-9][0-9]*)$/.exec(version.value);
        if (!match) return { pass: false, line: version.line, messageId: 'invalid', fixId: 'fix', data: { ...data, value: version.value } };
        const minor = Number(match[1]);
        if (minor > CLUSTER_MINOR) return { pass: false, line: version.line, messageId: 'newer', fixId: 'fix', data: { ...data, value: version.value } };
        if (minor < CLUSTER_MINOR) return { pass: false, line: version.line, messageId: 'older', fixId: 'fix', data: { ...data, value: version.value } };
        return { pass: true, messageId: 'passed', data };
      },
    },
    {
      id: 'warn-previews-latest',
      title: 'warn shows what the newest release would refuse',
      why: 'A warning on every kubectl apply tells the team, before the upgrade, which pods the next version\'s checks refuse.',
      messages: PREVIEW_MESSAGES,
      check: (ctx) => previewMode(ctx, 'warn'),
    },
    {
      id: 'audit-previews-latest',
      title: 'audit records the same in the audit log',
      why: 'Warnings reach only the person who applies; audit annotations also catch pods that controllers create, for the platform team to review.',
      messages: PREVIEW_MESSAGES,
      check: (ctx) => previewMode(ctx, 'audit'),
    },
  ],
};
