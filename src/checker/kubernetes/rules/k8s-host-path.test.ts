import { describe, expect, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { kubernetesChecker } from '../index';
import { rule } from './k8s-host-path';

/** A hostPath volume of /data mounted by containers named a, b, c...: `true` for a read-only mount. */
const shared = (...readOnly: boolean[]): string =>
  `kind: Pod\nspec:\n  volumes:\n  - name: host\n    hostPath:\n      path: /data\n  containers:\n${readOnly.map((ro, i) =>
    `  - name: ${String.fromCharCode(97 + i)}\n    volumeMounts:\n    - {name: host, mountPath: /h, readOnly: ${ro}}\n`).join('')}`;

const pod = (path: string): string =>
  `kind: Pod\nspec:\n  volumes:\n  - name: host\n    hostPath:\n      path: ${path}\n  containers:\n  - name: a\n    volumeMounts:\n    - {name: host, mountPath: /h, readOnly: true}\n`;

describe('k8s-host-path', () => {
  it('follows the RuleTester cases', () => {
    testRule(kubernetesChecker, rule, {
      valid: [
        'kind: Pod\nspec:\n  volumes:\n  - name: tmp\n    emptyDir: {}\n  containers: [{name: a}]\n',
      ],
      invalid: [
        { code: pod('/'), errors: [{ line: 6, messageId: 'sensitiveReadOnly', message: 'gives control of the node' }] },
        { code: pod('/var/run/docker.sock'), errors: [{ line: 6, message: 'control of the node' }] },
        { name: 'an ancestor of a sensitive path', code: pod('/var'), errors: [{ line: 6, message: 'control of the node' }] },
        { name: 'below /proc', code: pod('/proc/sys'), errors: [{ line: 6, message: 'control of the node' }] },
        { name: 'trailing slash and dot segments', code: pod('/etc/./'), errors: [{ line: 6, message: 'control of the node' }] },
        { name: 'an ordinary path', code: pod('/var/log/app'), errors: [{ line: 6, messageId: 'otherReadOnly', message: 'mounted by "a" (read-only). Prefer an emptyDir' }] },
        { name: 'shared, all read-only', code: shared(true, true), errors: [{ line: 6, messageId: 'otherSharedReadOnly', message: 'mounted read-only by "a", "b".' }] },
        { name: 'shared, all read-write', code: shared(false, false), errors: [{ line: 6, messageId: 'otherSharedReadWrite', message: 'mounted read-write by "a", "b".' }] },
        {
          name: 'shared, both',
          code: shared(false, true, false),
          errors: [{ line: 6, messageId: 'otherSharedMixed', message: 'mounted read-write by "a", "c" and read-only by "b".' }],
        },
        {
          name: 'unmounted and without a path',
          code: 'kind: Pod\nspec:\n  volumes:\n  - name: host\n    hostPath: {}\n  containers: [{name: a}]\n',
          errors: [{ line: 5, messageId: 'sensitiveUnmountedEmptyPath', message: 'not mounted by any container yet' }],
        },
      ],
    });
  });

  it('grades node paths as errors and others as warnings', () => {
    const severities = (path: string) => rule.check(kubernetesChecker.parse(pod(path))).map((hit) => (hit as { severity?: string }).severity);
    expect(severities('/var/lib/kubelet')).toEqual(['error']);
    expect(severities('/run/containerd/containerd.sock')).toEqual(['error']);
    expect(severities('/etc/localtime')).toEqual(['warning']);
    expect(severities('/data')).toEqual(['warning']);
  });
});
