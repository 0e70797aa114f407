import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { kubernetesChecker } from '../index';
import { rule } from './k8s-image-latest';

const pod = (image: string): string => `kind: Pod\nspec:\n  containers:\n  - name: a\n    image: ${image}\n`;

describe('k8s-image-latest', () => {
  it('follows the RuleTester cases', () => {
    testRule(kubernetesChecker, rule, {
      valid: [
        pod('nginx:1.30.1'),
        pod('registry.example:5000/team/app:2.0'),
        pod('nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000'),
        { name: 'a digest pins even :latest', code: pod('nginx:latest@sha256:0000000000000000000000000000000000000000000000000000000000000000') },
        { name: 'no image key', code: 'kind: Pod\nspec:\n  containers: [{name: a}]\n' },
      ],
      invalid: [
        { code: pod('nginx'), errors: [{ line: 5, messageId: 'untaggedContainer', message: 'without a tag' }] },
        { code: pod('nginx:latest'), errors: [{ line: 5, messageId: 'latestTagContainer', message: 'the :latest tag' }] },
        { name: 'a registry port is not a tag', code: pod('registry.example:5000/team/app'), errors: [{ line: 5, message: 'without a tag' }] },
        {
          name: 'init containers too',
          code: 'kind: Pod\nspec:\n  initContainers:\n  - name: i\n    image: busybox\n  containers:\n  - name: a\n    image: app:3\n',
          errors: [{ line: 5, messageId: 'untaggedInitContainer', message: 'Init container "i"' }],
        },
      ],
    });
  });
});
