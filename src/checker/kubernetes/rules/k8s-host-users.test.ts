import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { kubernetesChecker } from '../index';
import { rule } from './k8s-host-users';

describe('k8s-host-users', () => {
  it('follows the RuleTester cases', () => {
    testRule(kubernetesChecker, rule, {
      valid: [
        'kind: Pod\nmetadata: {name: web}\nspec:\n  hostUsers: false\n  containers: [{name: a, image: app:1}]\n',
        { name: 'a Deployment whose template opts in', code: 'kind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      hostUsers: false\n      containers: [{name: a, image: app:1}]\n' },
        { name: 'a spelling YAML reads as false', code: 'kind: Pod\nspec:\n  hostUsers: off\n  containers: [{name: a}]\n' },
        { name: 'a Service is not a workload', code: 'kind: Service\nspec:\n  hostUsers: true\n' },
        { name: 'a pod spec without containers yet', code: 'kind: Pod\nspec: {}\n' },
      ],
      invalid: [
        {
          name: 'unset is the default and shares the node\'s user namespace',
          code: 'kind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: a, image: app:1}]\n',
          errors: [{ line: 3, messageId: 'unset', message: 'Pod "web" does not set `hostUsers`' }],
        },
        {
          name: 'explicit true is reported on its own line',
          code: 'kind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      hostUsers: true\n      containers: [{name: a}]\n',
          errors: [{ line: 6, messageId: 'hostUsersTrue', message: '`hostUsers: true` keeps the pods of Deployment "api"' }],
        },
        {
          name: 'an unnamed workload',
          code: 'kind: Job\nspec:\n  template:\n    spec:\n      containers: [{name: a}]\n',
          errors: [{ line: 4, messageId: 'unsetUnnamed', message: 'This Job does not set' }],
        },
        {
          name: 'a quoted "false" is a string, which the API server rejects, not an opt-in',
          code: 'kind: Pod\nmetadata: {name: web}\nspec:\n  hostUsers: "false"\n  containers: [{name: a}]\n',
          errors: [{ line: 3 }],
        },
        {
          name: 'each document of a multi-document file',
          code: 'kind: Pod\nmetadata: {name: a}\nspec:\n  hostUsers: false\n  containers: [{name: a}]\n---\nkind: Pod\nmetadata: {name: b}\nspec:\n  containers: [{name: b}]\n',
          errors: [{ line: 9, message: 'Pod "b"' }],
        },
      ],
    });
  });
});
