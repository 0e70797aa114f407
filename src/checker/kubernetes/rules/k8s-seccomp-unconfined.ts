import type { Rule } from '../../core/types';
import type { Container, KubernetesModel } from '../model';
import { containerHit, eachContainer, hitsPerKey, perContainer, type ContainerProblem } from './report';

export const rule: Rule<KubernetesModel> = {
  meta: {
    id: 'k8s-seccomp-unconfined',
    title: 'No seccomp filter',
    severity: 'warning',
    appliesTo: ['kubernetes'],
    lesson: 'seccomp-profiles',
    why: 'Without a seccomp profile every system call reaches the kernel, including mount, unshare, keyctl and others behind past container breakouts. Kubernetes runs containers Unconfined unless a profile is set or the kubelet\'s SeccompDefault option is on.',
    fix: 'Set `seccompProfile: {type: RuntimeDefault}` in the pod securityContext (or Localhost with a tested profile).',
    refs: {
      pss: ['Seccomp'],
      trivy: ['KSV-0030', 'KSV-0104'],
      checkov: ['CKV_K8S_31'],
    },
    messages: {
      ...perContainer('unconfined', '{{who}} runs with seccomp Unconfined, so every system call reaches the kernel. Set `seccompProfile: {type: RuntimeDefault}`.', '{{who}} run with seccomp Unconfined, so every system call reaches the kernel. Set `seccompProfile: {type: RuntimeDefault}`.'),
      ...perContainer('unset', '{{who}} has no seccompProfile, and Kubernetes does not apply the runtime\'s default filter on its own. Set `seccompProfile: {type: RuntimeDefault}` in the pod or container securityContext.'),
    },
    examples: {
      bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    seccompProfile:\n      type: Unconfined\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n',
      good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n',
    },
  },
  check(model) {
    const unconfined: ContainerProblem[] = [];
    const unset: Container[] = [];
    for (const [container] of eachContainer(model)) {
      const profile = container.security.seccompProfile;
      if (profile?.value.type === 'Unconfined') unconfined.push({ span: profile.span, container });
      else if (profile === undefined) unset.push(container);
    }
    return [...hitsPerKey(unconfined, 'unconfined'), ...unset.map((container) => containerHit(container.nameSpan, 'unset', container))];
  },
};
