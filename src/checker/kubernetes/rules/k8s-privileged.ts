import type { Hit, Rule } from '../../core/types';
import type { KubernetesModel } from '../model';
import { containerHit, eachContainer, perContainer } from './report';

export const rule: Rule<KubernetesModel> = {
  meta: {
    id: 'k8s-privileged',
    title: 'Container runs privileged',
    severity: 'error',
    appliesTo: ['kubernetes'],
    lesson: 'never-privileged',
    why: 'A privileged container gets every capability and every host device, and Kubernetes then ignores its seccomp and AppArmor profiles: root inside it can take over the node.',
    fix: 'Remove `privileged: true` and add back only the specific capabilities the process needs under `securityContext.capabilities.add`.',
    refs: {
      pss: ['Privileged Containers'],
      trivy: ['KSV-0017'],
      checkov: ['CKV_K8S_16'],
      polaris: ['runAsPrivileged'],
    },
    messages: {
      ...perContainer('privileged', '{{who}} runs privileged: it gets all capabilities and host devices, and its seccomp and AppArmor profiles are ignored. Remove `privileged: true` and add only the capabilities it needs.'),
    },
    examples: {
      bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n      securityContext:\n        privileged: true\n',
      good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n      securityContext:\n        privileged: false\n        capabilities:\n          drop: [ALL]\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const [container] of eachContainer(model)) {
      const privileged = container.security.privileged;
      if (privileged?.value === true) hits.push(containerHit(privileged.span, 'privileged', container));
    }
    return hits;
  },
};
