import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { kubernetesChecker } from '../index';
import { rule } from './k8s-container-runtime-socket';

const pod = (path: string): string =>
  `kind: Pod\nspec:\n  volumes:\n  - name: sock\n    hostPath:\n      path: ${path}\n  containers: [{name: a}]\n`;

describe('k8s-container-runtime-socket', () => {
  it('follows the RuleTester cases', () => {
    testRule(kubernetesChecker, rule, {
      valid: [pod('/var/log'), pod('/data/docker.sock.bak'), { name: 'the root is the host-path rule\'s concern', code: pod('/') }],
      invalid: [
        { code: pod('/var/run/docker.sock'), errors: [{ line: 6, messageId: 'runtimeSocket', message: '(/run/docker.sock)' }] },
        { code: pod('/run/containerd/containerd.sock'), errors: [{ line: 6 }] },
        { code: pod('/var/run/crio/crio.sock'), errors: [{ line: 6, message: 'crio.sock' }] },
        { name: 'the directory holding the socket', code: pod('/var/run/'), errors: [{ line: 6 }] },
        {
          name: 'a CronJob',
          code: 'kind: CronJob\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          volumes:\n          - name: d\n            hostPath: {path: /run/docker.sock, type: Socket}\n',
          errors: [{ line: 9 }],
        },
      ],
    });
  });
});
