import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { kubernetesChecker } from '../index';
import { rule } from './k8s-run-as-root';

describe('k8s-run-as-root', () => {
  it('follows the RuleTester cases', () => {
    testRule(kubernetesChecker, rule, {
      valid: [
        'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext: {runAsNonRoot: true}\n',
        { name: 'pod-level settings reach every container', code: 'kind: Pod\nspec:\n  securityContext:\n    runAsNonRoot: true\n    runAsUser: 10001\n  containers: [{name: a}, {name: b}]\n  initContainers: [{name: i}]\n' },
        { name: 'a non-zero UID is enough', code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext: {runAsUser: 1000}\n' },
        { name: 'container overrides a pod-level root UID', code: 'kind: Pod\nspec:\n  securityContext: {runAsUser: 0}\n  containers:\n  - name: a\n    securityContext: {runAsUser: 1000}\n' },
        { name: 'no containers, nothing to say', code: 'kind: Pod\nspec: {}\n' },
      ],
      invalid: [
        {
          name: 'nothing set: the image decides',
          code: 'kind: Pod\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n',
          errors: [{ line: 4, messageId: 'rootNotRuledOutContainer', message: 'Container "web" sets neither' }],
        },
        {
          name: 'pod-level UID 0 reported once for all containers',
          code: 'kind: Deployment\nspec:\n  template:\n    spec:\n      securityContext:\n        runAsUser: 0\n      containers: [{name: a}, {name: b}]\n',
          errors: [{ line: 6, messageId: 'uidZeroContainers', message: 'Containers "a" and "b" run as root' }],
        },
        {
          name: 'container UID 0 wins over pod runAsNonRoot for the UID, and init containers count',
          code: 'kind: Pod\nspec:\n  securityContext: {runAsNonRoot: true}\n  initContainers:\n  - name: chown\n    securityContext:\n      runAsUser: 0\n  containers: [{name: a}]\n',
          errors: [{ line: 7, messageId: 'uidZeroInitContainer', message: 'Init container "chown"' }],
        },
        {
          name: 'runAsNonRoot false',
          code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      runAsNonRoot: false\n',
          errors: [{ line: 6, messageId: 'nonRootFalseContainer', message: '`runAsNonRoot` is false' }],
        },
        {
          name: 'container false overrides pod true',
          code: 'kind: Pod\nspec:\n  securityContext: {runAsNonRoot: true}\n  containers:\n  - name: a\n    securityContext: {runAsNonRoot: false}\n',
          errors: [{ line: 6 }],
        },
        {
          name: 'unnamed container is reported at its list item',
          code: 'kind: Pod\nspec:\n  containers:\n  - image: busybox\n',
          errors: [{ line: 4, messageId: 'rootNotRuledOutUnnamedContainer', message: 'An unnamed container' }],
        },
      ],
    });
  });
});
