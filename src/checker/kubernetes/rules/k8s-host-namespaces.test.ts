import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { kubernetesChecker } from '../index';
import { rule } from './k8s-host-namespaces';

describe('k8s-host-namespaces', () => {
  it('follows the RuleTester cases', () => {
    testRule(kubernetesChecker, rule, {
      valid: [
        'kind: Pod\nspec:\n  hostNetwork: false\n  containers: [{name: a}]\n',
        'kind: Pod\nspec:\n  containers: [{name: a}]\n',
        { name: 'hostUsers is about user namespaces, not these three', code: 'kind: Pod\nspec:\n  hostUsers: true\n  containers: [{name: a}]\n' },
        { name: 'a Service with a similar key', code: 'kind: Service\nspec:\n  hostNetwork: true\n' },
      ],
      invalid: [
        {
          name: 'one finding per field',
          code: 'kind: Pod\nmetadata: {name: debug}\nspec:\n  hostNetwork: true\n  hostPID: true\n  hostIPC: true\n  containers: [{name: a}]\n',
          errors: [
            { line: 4, messageId: 'hostNetwork', message: 'Pod "debug" sets `hostNetwork: true`' },
            { line: 5, messageId: 'hostPID', message: '`hostPID: true`' },
            { line: 6, messageId: 'hostIPC', message: '`hostIPC: true`' },
          ],
        },
        {
          name: 'StatefulSet template',
          code: 'kind: StatefulSet\nmetadata: {name: db}\nspec:\n  template:\n    spec:\n      hostPID: on\n      containers: [{name: a}]\n',
          errors: [{ line: 6, messageId: 'hostPID', message: 'StatefulSet "db"' }],
        },
        {
          name: 'each document of a multi-document file',
          code: 'kind: Job\nspec:\n  template:\n    spec: {hostNetwork: true, containers: []}\n---\nkind: ReplicaSet\nspec:\n  template:\n    spec:\n      hostIPC: true\n',
          errors: [{ line: 4, messageId: 'hostNetworkUnnamed' }, { line: 10, messageId: 'hostIPCUnnamed' }],
        },
        {
          name: 'a document after a broken one is still checked',
          code: 'kind: Pod\nspec: [\n---\nkind: Pod\nspec:\n  hostNetwork: true\n',
          errors: [{ line: 6 }],
        },
      ],
    });
  });
});
