import { describe, expect, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { kubernetesChecker } from '../index';
import { rule } from './k8s-capabilities';

describe('k8s-capabilities', () => {
  it('follows the RuleTester cases', () => {
    testRule(kubernetesChecker, rule, {
      valid: [
        'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      capabilities:\n        drop: [ALL]\n',
        { name: 'lower case and a CAP_ prefix still mean ALL', code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      capabilities:\n        drop: [all]\n  - name: b\n    securityContext:\n      capabilities:\n        drop: [CAP_ALL]\n' },
        { name: 'adding back a Baseline capability', code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      capabilities:\n        drop: [ALL]\n        add: [NET_BIND_SERVICE, CHOWN]\n' },
      ],
      invalid: [
        {
          name: 'no capabilities key at all',
          code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n',
          errors: [{ line: 4, messageId: 'keepsDefaultsContainer', message: 'keeps the runtime\'s default capabilities' }],
        },
        {
          name: 'a drop list without ALL points at capabilities',
          code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      capabilities:\n        drop: [NET_RAW]\n',
          errors: [{ line: 6 }],
        },
        {
          name: 'dangerous adds, each at its own entry',
          code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      capabilities:\n        drop: [ALL]\n        add:\n        - SYS_ADMIN\n        - net_admin\n        - SYS_PTRACE\n',
          errors: [
            { line: 9, messageId: 'addsSysAdminContainer', message: 'adds SYS_ADMIN' },
            { line: 10, messageId: 'addsNetAdminContainer', message: 'adds net_admin, which grants reconfiguring' },
            { line: 11, messageId: 'addsSysPtraceContainer', message: 'tracing' },
          ],
        },
        {
          name: 'ALL added and nothing dropped',
          code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      capabilities: {add: [ALL]}\n',
          errors: [{ line: 6, message: 'keeps' }, { line: 6, messageId: 'addsAllContainer', message: 'close to a privileged container' }],
        },
      ],
    });
  });

  it('marks dangerous additions as errors and the missing drop as a warning', () => {
    const model = kubernetesChecker.parse('kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      capabilities: {add: [SYS_MODULE]}\n');
    expect(rule.check(model).map((hit) => (hit as { severity?: string }).severity)).toEqual(['warning', 'error']);
  });
});
