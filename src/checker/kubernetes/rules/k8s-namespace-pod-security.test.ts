import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { kubernetesChecker } from '../index';
import { rule } from './k8s-namespace-pod-security';

const ns = (labels: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n${labels}`;

describe('k8s-namespace-pod-security', () => {
  it('follows the RuleTester cases', () => {
    testRule(kubernetesChecker, rule, {
      valid: [
        ns('  labels:\n    pod-security.kubernetes.io/enforce: restricted\n'),
        { name: 'baseline is a level', code: ns('  labels:\n    pod-security.kubernetes.io/enforce: baseline\n    pod-security.kubernetes.io/enforce-version: v1.36\n') },
        { name: 'not a namespace', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shop\n' },
        { name: 'a pinned version and warn at latest', code: ns('  labels:\n    pod-security.kubernetes.io/enforce: restricted\n    pod-security.kubernetes.io/enforce-version: v1.36\n    pod-security.kubernetes.io/warn: restricted\n    pod-security.kubernetes.io/warn-version: latest\n') },
      ],
      invalid: [
        { name: 'no labels', code: ns(''), errors: [{ line: 2, messageId: 'noEnforce', message: 'Namespace "shop" has no pod-security.kubernetes.io/enforce label' }] },
        { name: 'only warn', code: ns('  labels:\n    pod-security.kubernetes.io/warn: restricted\n'), errors: [{ line: 5, messageId: 'noEnforce' }] },
        { name: 'enforce privileged', code: ns('  labels:\n    pod-security.kubernetes.io/enforce: privileged\n'), errors: [{ line: 6, messageId: 'enforcePrivileged' }] },
        {
          name: 'a level the API server cannot read',
          code: ns('  labels:\n    pod-security.kubernetes.io/enforce: Restricted\n'),
          errors: [{ line: 6, messageId: 'invalidLabel', message: 'The Namespace "shop" is invalid: metadata.labels[pod-security.kubernetes.io/enforce]: Invalid value: "Restricted": must be one of privileged, baseline, restricted' }],
        },
        {
          name: 'a version without its v',
          code: ns('  labels:\n    pod-security.kubernetes.io/enforce: restricted\n    pod-security.kubernetes.io/enforce-version: "1.36"\n'),
          errors: [{ line: 7, messageId: 'invalidLabel', message: 'Invalid value: "1.36": must be "latest" or "v1.x"' }],
        },
      ],
    });
  });
});
