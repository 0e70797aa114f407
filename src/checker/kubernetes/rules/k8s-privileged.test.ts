import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { kubernetesChecker } from '../index';
import { rule } from './k8s-privileged';

describe('k8s-privileged', () => {
  it('follows the RuleTester cases', () => {
    testRule(kubernetesChecker, rule, {
      valid: [
        'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: app\n    image: app:1\n',
        'kind: Pod\nspec:\n  containers:\n  - name: app\n    securityContext:\n      privileged: false\n',
        { name: 'a pod-level privileged key is not a field the kubelet reads', code: 'kind: Pod\nspec:\n  securityContext:\n    privileged: true\n  containers:\n  - name: app\n' },
        { name: 'other kinds are ignored', code: 'kind: ConfigMap\nspec:\n  containers:\n  - name: app\n    securityContext: {privileged: true}\n' },
        { name: 'the string "true" is not the boolean', code: 'kind: Pod\nspec:\n  containers:\n  - name: app\n    securityContext:\n      privileged: "true"\n' },
      ],
      invalid: [
        {
          code: 'kind: Pod\nspec:\n  containers:\n  - name: app\n    securityContext:\n      privileged: true\n',
          errors: [{ line: 6, messageId: 'privilegedContainer', message: 'Container "app" runs privileged' }],
        },
        {
          name: 'Deployment init container',
          code: 'kind: Deployment\nspec:\n  template:\n    spec:\n      initContainers:\n      - name: setup\n        securityContext: {privileged: true}\n      containers:\n      - name: app\n',
          errors: [{ line: 7, messageId: 'privilegedInitContainer', message: 'Init container "setup"' }],
        },
        {
          name: 'CronJob and a second document',
          code: 'kind: Pod\nspec:\n  containers: [{name: a}]\n---\nkind: CronJob\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n          - name: job\n            securityContext:\n              privileged: true\n',
          errors: [{ line: 14 }],
        },
        {
          name: 'yes is a boolean for kubectl, and merge keys carry it',
          code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext: &priv\n      privileged: yes\n  - name: b\n    securityContext:\n      <<: *priv\n',
          errors: [{ line: 6, message: 'Container "a"' }, { line: 6, message: 'Container "b"' }],
        },
        {
          name: 'a shared securityContext counts for every container that uses it',
          code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext: &priv\n      privileged: true\n  - name: b\n    securityContext: *priv\n',
          errors: [{ line: 6, message: '"a"' }, { line: 6, message: '"b"' }],
        },
        {
          name: 'kind: List',
          code: 'apiVersion: v1\nkind: List\nitems:\n- kind: DaemonSet\n  spec:\n    template:\n      spec:\n        containers:\n        - name: collector\n          securityContext: {privileged: true}\n',
          errors: [{ line: 10 }],
        },
      ],
    });
  });
});
