import type { Hit, Rule } from '../../core/types';
import type { KubernetesModel } from '../model';
import { hitAt } from './report';

const FIELD_FOR: Record<string, string> = {
  RuntimeDefault: '{type: RuntimeDefault}',
  Unconfined: '{type: Unconfined}',
};

export const rule: Rule<KubernetesModel> = {
  meta: {
    id: 'k8s-apparmor-annotation-deprecated',
    title: 'AppArmor set through the deprecated annotation',
    severity: 'info',
    appliesTo: ['kubernetes'],
    lesson: 'apparmor-profiles',
    why: 'Before Kubernetes 1.30 AppArmor was chosen with `container.apparmor.security.beta.kubernetes.io/<container>` annotations; that annotation is deprecated in favour of the `appArmorProfile` field.',
    fix: 'Move the choice to `securityContext.appArmorProfile` of the container (or the pod) and delete the annotation.',
    refs: {},
    messages: {
      deprecated: 'The AppArmor annotation for container "{{container}}" is deprecated since Kubernetes 1.30. Set `appArmorProfile: {{field}}` in that container\'s securityContext instead.',
    },
    examples: {
      bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/app: localhost/k8s-deny-write\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n',
      good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n      securityContext:\n        appArmorProfile:\n          type: Localhost\n          localhostProfile: k8s-deny-write\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const workload of model.workloads) {
      for (const annotation of workload.appArmorAnnotations) {
        const profile = annotation.profile;
        const field = profile?.type === 'Localhost'
          ? `{type: Localhost, localhostProfile: ${profile.localhostProfile ?? ''}}`
          : FIELD_FOR[profile?.type ?? ''] ?? '{type: RuntimeDefault}';
        hits.push(hitAt(annotation.span, 'deprecated', { container: annotation.container, field }));
      }
    }
    return hits;
  },
};
