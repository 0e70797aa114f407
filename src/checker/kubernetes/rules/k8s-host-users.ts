import type { Hit, MessageData, Rule } from '../../core/types';
import type { KubernetesModel } from '../model';

/**
 * Leaving `hostUsers` out is still the Kubernetes default, and a user namespace needs node support
 * (idmap mounts, a recent runtime), so this is advice rather than an error.
 */
export const rule: Rule<KubernetesModel> = {
  meta: {
    id: 'k8s-host-users',
    title: 'Pod shares the host\'s user namespace',
    severity: 'info',
    appliesTo: ['kubernetes'],
    lesson: 'user-namespaces',
    why: 'Without its own user namespace, UID 0 in the pod is UID 0 of the node\'s kernel, and any capability it holds is valid on the node: a container escape lands as root. With `hostUsers: false` the same process is an unprivileged high UID on the node.',
    fix: 'Set `hostUsers: false` in the pod spec (stable since Kubernetes v1.36; the nodes need Linux 6.3 or later, containerd 2.0+ or CRI-O 1.25+, and runc 1.2+ or crun 1.9+).',
    refs: {},
    messages: {
      unset: '{{kind}} "{{name}}" does not set `hostUsers`, so its pods share the node\'s user namespace: root in them is root on the node. Set `hostUsers: false`.',
      unsetUnnamed: 'This {{kind}} does not set `hostUsers`, so its pods share the node\'s user namespace: root in them is root on the node. Set `hostUsers: false`.',
      hostUsersTrue: '`hostUsers: true` keeps the pods of {{kind}} "{{name}}" in the node\'s user namespace: root in them is root on the node. Set it to false.',
      hostUsersTrueUnnamed: '`hostUsers: true` keeps the pods of this {{kind}} in the node\'s user namespace: root in them is root on the node. Set it to false.',
    },
    examples: {
      bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n',
      good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostUsers: false\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const workload of model.workloads) {
      // A pod template that is only a fragment (no containers yet) has nothing to run in a namespace.
      if (workload.containers.length === 0) continue;
      const setting = workload.hostUsers;
      if (setting?.value === false) continue;
      const named = workload.name !== '';
      const data: MessageData = named ? { kind: workload.kind, name: workload.name } : { kind: workload.kind };
      const span = setting ? setting.span : workload.podSpecSpan;
      const messageId = setting ? (named ? 'hostUsersTrue' : 'hostUsersTrueUnnamed') : (named ? 'unset' : 'unsetUnnamed');
      hits.push({ line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn, messageId, data });
    }
    return hits;
  },
};
