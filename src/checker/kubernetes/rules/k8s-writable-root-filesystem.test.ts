import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { kubernetesChecker } from '../index';
import { rule } from './k8s-writable-root-filesystem';

describe('k8s-writable-root-filesystem', () => {
  it('follows the RuleTester cases', () => {
    testRule(kubernetesChecker, rule, {
      valid: [
        'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext: {readOnlyRootFilesystem: true}\n',
        { name: 'no containers', code: 'kind: Job\nspec:\n  template:\n    spec: {}\n' },
      ],
      invalid: [
        {
          code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n',
          errors: [{ line: 4, messageId: 'notSetContainer', message: 'can write to its root filesystem' }],
        },
        {
          name: 'explicitly false, at the key',
          code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      readOnlyRootFilesystem: false\n',
          errors: [{ line: 6, messageId: 'setFalseContainer', message: 'sets `readOnlyRootFilesystem: false`' }],
        },
        {
          name: 'a pod-level key does not count',
          code: 'kind: Pod\nspec:\n  securityContext: {readOnlyRootFilesystem: true}\n  containers: [{name: a}]\n',
          errors: [{ line: 4 }],
        },
      ],
    });
  });
});
