import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { kubernetesChecker } from '../index';
import { rule } from './k8s-allow-privilege-escalation';

describe('k8s-allow-privilege-escalation', () => {
  it('follows the RuleTester cases', () => {
    testRule(kubernetesChecker, rule, {
      valid: [
        'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      allowPrivilegeEscalation: false\n',
        { name: 'dropping capabilities alone is not enough, but false with drop ALL is fine', code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}\n' },
      ],
      invalid: [
        {
          name: 'missing',
          code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n    image: busybox:1.36\n',
          errors: [{ line: 4, messageId: 'notSetContainer', message: 'does not set `allowPrivilegeEscalation: false`' }],
        },
        {
          name: 'explicitly true',
          code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      allowPrivilegeEscalation: true\n',
          errors: [{ line: 6, messageId: 'setTrueContainer', message: 'sets `allowPrivilegeEscalation: true`' }],
        },
        {
          name: 'false but privileged',
          code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      allowPrivilegeEscalation: false\n      privileged: true\n',
          errors: [{ line: 6, messageId: 'escalatesAnywayContainer', message: 'privileged or adds SYS_ADMIN' }],
        },
        {
          name: 'false but CAP_SYS_ADMIN added',
          code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities: {add: [CAP_SYS_ADMIN]}\n',
          errors: [{ line: 6 }],
        },
        {
          name: 'a pod-level key is not read: the field exists only per container',
          code: 'kind: Pod\nspec:\n  securityContext: {allowPrivilegeEscalation: false}\n  containers: [{name: a}]\n  ephemeralContainers: [{name: debug}]\n',
          errors: [{ line: 4 }, { line: 5, messageId: 'notSetEphemeralContainer', message: 'Ephemeral container "debug"' }],
        },
      ],
    });
  });
});
