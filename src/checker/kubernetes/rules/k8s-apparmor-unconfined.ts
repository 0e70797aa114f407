import type { Hit, Rule } from '../../core/types';
import type { KubernetesModel } from '../model';
import { eachContainer, hitAt, hitsPerKey, perContainer, type ContainerProblem } from './report';

export const rule: Rule<KubernetesModel> = {
  meta: {
    id: 'k8s-apparmor-unconfined',
    title: 'AppArmor turned off',
    severity: 'error',
    appliesTo: ['kubernetes'],
    lesson: 'apparmor-profiles',
    why: 'An Unconfined AppArmor profile removes the mandatory access control that the runtime\'s default profile adds, such as the denials on /proc and /sys writes and on mount.',
    fix: 'Use `appArmorProfile: {type: RuntimeDefault}`, or `type: Localhost` with a `localhostProfile` that is loaded on every node.',
    refs: {
      pss: ['AppArmor'],
      trivy: ['KSV-0002'],
    },
    messages: {
      ...perContainer('unconfined', '{{who}} runs without AppArmor (Unconfined). Use `appArmorProfile: {type: RuntimeDefault}`, or a Localhost profile loaded on the node.', '{{who}} run without AppArmor (Unconfined). Use `appArmorProfile: {type: RuntimeDefault}`, or a Localhost profile loaded on the node.'),
      unknownAnnotation: '"{{value}}" is not an AppArmor profile Kubernetes accepts for container "{{container}}". Use `securityContext.appArmorProfile` with type RuntimeDefault, or Localhost and a localhostProfile.',
    },
    examples: {
      bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n      securityContext:\n        appArmorProfile:\n          type: Unconfined\n',
      good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n      securityContext:\n        appArmorProfile:\n          type: RuntimeDefault\n',
    },
  },
  check(model) {
    const unconfined: ContainerProblem[] = [];
    for (const [container] of eachContainer(model)) {
      const profile = container.security.appArmorProfile;
      if (profile?.value.type === 'Unconfined') unconfined.push({ span: profile.span, container });
    }
    const hits: Hit[] = hitsPerKey(unconfined, 'unconfined');
    for (const workload of model.workloads) {
      for (const annotation of workload.appArmorAnnotations) {
        if (annotation.profile !== null) continue;
        hits.push(hitAt(annotation.span, 'unknownAnnotation', { value: annotation.value, container: annotation.container }));
      }
    }
    return hits;
  },
};
