import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { kubernetesChecker } from '../index';
import { rule } from './k8s-apparmor-unconfined';

describe('k8s-apparmor-unconfined', () => {
  it('follows the RuleTester cases', () => {
    testRule(kubernetesChecker, rule, {
      valid: [
        'kind: Pod\nspec:\n  containers: [{name: a}]\n',
        'kind: Pod\nspec:\n  securityContext:\n    appArmorProfile: {type: RuntimeDefault}\n  containers: [{name: a}]\n',
        { name: 'localhost annotation', code: 'kind: Pod\nmetadata:\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/a: localhost/k8s-deny-write\nspec:\n  containers: [{name: a}]\n' },
        { name: 'container field wins over a pod Unconfined', code: 'kind: Pod\nspec:\n  securityContext:\n    appArmorProfile: {type: Unconfined}\n  containers:\n  - name: a\n    securityContext:\n      appArmorProfile: {type: RuntimeDefault}\n' },
        { name: 'annotation wins over the pod field', code: 'kind: Pod\nmetadata:\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/a: runtime/default\nspec:\n  securityContext:\n    appArmorProfile: {type: Unconfined}\n  containers: [{name: a}]\n' },
      ],
      invalid: [
        {
          name: 'field Unconfined',
          code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      appArmorProfile:\n        type: Unconfined\n',
          errors: [{ line: 6, messageId: 'unconfinedContainer', message: 'Container "a" runs without AppArmor' }],
        },
        {
          name: 'annotation unconfined on a Deployment template',
          code: 'kind: Deployment\nspec:\n  template:\n    metadata:\n      annotations:\n        container.apparmor.security.beta.kubernetes.io/web: unconfined\n    spec:\n      containers: [{name: web}]\n',
          errors: [{ line: 6 }],
        },
        {
          name: 'a value Kubernetes does not accept',
          code: 'kind: Pod\nmetadata:\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/a: custom\nspec:\n  containers: [{name: a}]\n',
          errors: [{ line: 4, messageId: 'unknownAnnotation', message: '"custom" is not an AppArmor profile' }],
        },
      ],
    });
  });
});
