import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { kubernetesChecker } from '../index';
import { rule } from './k8s-seccomp-unconfined';

describe('k8s-seccomp-unconfined', () => {
  it('follows the RuleTester cases', () => {
    testRule(kubernetesChecker, rule, {
      valid: [
        'kind: Pod\nspec:\n  securityContext:\n    seccompProfile: {type: RuntimeDefault}\n  containers: [{name: a}, {name: b}]\n',
        { name: 'container level', code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      seccompProfile:\n        type: Localhost\n        localhostProfile: profiles/audit.json\n' },
        { name: 'container RuntimeDefault overrides pod Unconfined', code: 'kind: Pod\nspec:\n  securityContext:\n    seccompProfile: {type: Unconfined}\n  containers:\n  - name: a\n    securityContext:\n      seccompProfile: {type: RuntimeDefault}\n' },
      ],
      invalid: [
        {
          name: 'not set anywhere',
          code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n',
          errors: [{ line: 4, messageId: 'unsetContainer', message: 'Set `seccompProfile: {type: RuntimeDefault}`' }],
        },
        {
          name: 'pod-level Unconfined reported once',
          code: 'kind: Deployment\nspec:\n  template:\n    spec:\n      securityContext:\n        seccompProfile:\n          type: Unconfined\n      containers: [{name: a}, {name: b}]\n',
          errors: [{ line: 6, messageId: 'unconfinedContainers', message: 'Containers "a" and "b" run with seccomp Unconfined' }],
        },
        {
          name: 'container Unconfined overrides pod RuntimeDefault',
          code: 'kind: Pod\nspec:\n  securityContext:\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n  - name: a\n    securityContext:\n      seccompProfile: {type: Unconfined}\n',
          errors: [{ line: 8, messageId: 'unconfinedContainer' }],
        },
        {
          name: 'anchored profile',
          code: 'x-open: &open\n  type: Unconfined\nkind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      seccompProfile: *open\n',
          errors: [{ line: 8 }],
        },
      ],
    });
  });
});
