import type { Hit, Rule } from '../../core/types';
import type { KubernetesModel } from '../model';
import { containerHit, eachContainer, hitsPerKey, perContainer, type ContainerProblem } from './report';

export const rule: Rule<KubernetesModel> = {
  meta: {
    id: 'k8s-run-as-root',
    title: 'Container may run as root',
    severity: 'error',
    appliesTo: ['kubernetes'],
    lesson: 'run-as-non-root',
    why: 'Unless the pod has its own user namespace (`hostUsers: false`), root in a container is root on the node\'s kernel: one escape bug or careless mount away from the host. Without `runAsNonRoot: true` or a non-zero `runAsUser`, the image\'s USER decides, and the cluster cannot see it.',
    fix: 'Set `runAsNonRoot: true` and a numeric `runAsUser` (e.g. 10001) in the pod or container securityContext. With `runAsNonRoot` alone the image needs a numeric USER: the kubelet refuses to start a container whose USER is a name, since it cannot prove that name is not root.',
    refs: {
      pss: ['Running as Non-root', 'Running as Non-root user'],
      trivy: ['KSV-0012', 'KSV-0105'],
      checkov: ['CKV_K8S_23'],
      polaris: ['runAsRootAllowed'],
    },
    messages: {
      ...perContainer('rootNotRuledOut', '{{who}} sets neither `runAsNonRoot: true` nor a non-zero `runAsUser`, so the image\'s USER decides and may be root. Add `runAsNonRoot: true` with a numeric `runAsUser` to its securityContext.'),
      ...perContainer('uidZero', '{{who}} runs as root because `runAsUser` is 0. Use a non-zero UID such as 10001 and add `runAsNonRoot: true`.', '{{who}} run as root because `runAsUser` is 0. Use a non-zero UID such as 10001 and add `runAsNonRoot: true`.'),
      ...perContainer('nonRootFalse', '{{who}} may run as root: `runAsNonRoot` is false and no `runAsUser` is set, so the image\'s USER decides. Set `runAsNonRoot: true` and a numeric `runAsUser`.', '{{who}} may run as root: `runAsNonRoot` is false and no `runAsUser` is set, so the image\'s USER decides. Set `runAsNonRoot: true` and a numeric `runAsUser`.'),
    },
    examples: {
      bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n',
      good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    runAsNonRoot: true\n    runAsUser: 10001\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n',
    },
  },
  check(model) {
    const uidZero: ContainerProblem[] = [];
    const notRequired: ContainerProblem[] = [];
    const hits: Hit[] = [];
    for (const [container] of eachContainer(model)) {
      const { runAsUser, runAsNonRoot } = container.security;
      if (runAsUser?.value === 0) {
        uidZero.push({ span: runAsUser.span, container });
      } else if (runAsUser === undefined && runAsNonRoot?.value !== true) {
        if (runAsNonRoot) notRequired.push({ span: runAsNonRoot.span, container });
        else hits.push(containerHit(container.nameSpan, 'rootNotRuledOut', container));
      }
    }
    hits.push(...hitsPerKey(uidZero, 'uidZero'));
    hits.push(...hitsPerKey(notRequired, 'nonRootFalse'));
    return hits;
  },
};
