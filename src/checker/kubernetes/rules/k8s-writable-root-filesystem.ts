import type { Hit, Rule } from '../../core/types';
import type { KubernetesModel } from '../model';
import { containerHit, eachContainer, perContainer } from './report';

export const rule: Rule<KubernetesModel> = {
  meta: {
    id: 'k8s-writable-root-filesystem',
    title: 'Root filesystem is writable',
    severity: 'warning',
    appliesTo: ['kubernetes'],
    lesson: 'read-only-app-files',
    why: 'A writable root filesystem lets an attacker change the application\'s files or drop tools that survive until the container is replaced.',
    fix: 'Set `readOnlyRootFilesystem: true` and mount an `emptyDir` volume at each path the app must write (for example /tmp).',
    refs: {
      trivy: ['KSV-0014'],
      checkov: ['CKV_K8S_22'],
      polaris: ['notReadOnlyRootFilesystem'],
    },
    messages: {
      ...perContainer('setFalse', '{{who}} sets `readOnlyRootFilesystem: false`, so its files can be changed at run time. Set it to true and mount an emptyDir where it must write.'),
      ...perContainer('notSet', '{{who}} can write to its root filesystem. Add `readOnlyRootFilesystem: true` to its securityContext and mount an emptyDir where it must write.'),
    },
    examples: {
      bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n',
      good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n      securityContext:\n        readOnlyRootFilesystem: true\n      volumeMounts:\n        - name: tmp\n          mountPath: /tmp\n  volumes:\n    - name: tmp\n      emptyDir: {}\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const [container] of eachContainer(model)) {
      const setting = container.security.readOnlyRootFilesystem;
      if (setting?.value === true) continue;
      hits.push(setting ? containerHit(setting.span, 'setFalse', container) : containerHit(container.nameSpan, 'notSet', container));
    }
    return hits;
  },
};
