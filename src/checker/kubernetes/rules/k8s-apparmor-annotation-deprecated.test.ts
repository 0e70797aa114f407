import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { kubernetesChecker } from '../index';
import { rule } from './k8s-apparmor-annotation-deprecated';

describe('k8s-apparmor-annotation-deprecated', () => {
  it('follows the RuleTester cases', () => {
    testRule(kubernetesChecker, rule, {
      valid: [
        'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      appArmorProfile: {type: RuntimeDefault}\n',
        { name: 'other annotations', code: 'kind: Pod\nmetadata:\n  annotations:\n    prometheus.io/scrape: "true"\nspec:\n  containers: [{name: a}]\n' },
        { name: 'annotations on a Deployment itself do not reach its pods', code: 'kind: Deployment\nmetadata:\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/a: runtime/default\nspec:\n  template:\n    spec:\n      containers: [{name: a}]\n' },
      ],
      invalid: [
        {
          code: 'kind: Pod\nmetadata:\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/a: localhost/k8s-deny-write\nspec:\n  containers: [{name: a}]\n',
          errors: [{ line: 4, messageId: 'deprecated', message: '`appArmorProfile: {type: Localhost, localhostProfile: k8s-deny-write}`' }],
        },
        {
          name: 'one per annotation, in a pod template',
          code: 'kind: DaemonSet\nspec:\n  template:\n    metadata:\n      annotations:\n        container.apparmor.security.beta.kubernetes.io/a: runtime/default\n        container.apparmor.security.beta.kubernetes.io/b: unconfined\n    spec:\n      containers: [{name: a}, {name: b}]\n',
          errors: [{ line: 6, message: '{type: RuntimeDefault}' }, { line: 7, message: '{type: Unconfined}' }],
        },
      ],
    });
  });
});
