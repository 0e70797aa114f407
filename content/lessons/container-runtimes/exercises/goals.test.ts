import { describe, expect, it } from 'vitest';
import { grade } from '../../../../src/checker/grading/grade';
import { exercise as hardenDeployment } from './harden-deployment/exercise';
import { exercise as noRuntimeSocket } from './no-runtime-socket/exercise';

function failing(yaml: string, exercise = hardenDeployment): string[] {
  return grade(exercise, { 'deployment.yaml': yaml }).filter((c) => c.source === 'goal' && !c.pass).map((c) => c.id);
}

function pod(podContext: string, containerContext: string, extra = ''): string {
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: api',
    'spec:',
    ...(podContext ? ['  securityContext:', ...podContext.split('\n').map((l) => `    ${l}`)] : []),
    '  containers:',
    '    - name: api',
    '      image: registry.example.com/api:1.8.2',
    ...(containerContext ? ['      securityContext:', ...containerContext.split('\n').map((l) => `        ${l}`)] : []),
    extra,
  ].join('\n');
}

const fullContainer = [
  'runAsNonRoot: true',
  'runAsUser: 65532',
  'allowPrivilegeEscalation: false',
  'readOnlyRootFilesystem: true',
  'capabilities:',
  '  drop: [ALL]',
  'seccompProfile:',
  '  type: RuntimeDefault',
].join('\n');

describe('container-runtimes/harden-deployment goals', () => {
  it('accept settings at container level only, in any workload kind', () => {
    expect(failing(pod('', fullContainer))).toEqual([]);
  });

  it('reject root, escalation, added capabilities and Unconfined seccomp', () => {
    expect(failing(pod('', fullContainer.replace('runAsUser: 65532', 'runAsUser: 0')))).toEqual(['goal:non-root']);
    expect(failing(pod('', fullContainer.replace('runAsUser: 65532\n', '')))).toEqual(['goal:non-root']);
    expect(failing(pod('', fullContainer.replace('allowPrivilegeEscalation: false', 'allowPrivilegeEscalation: true')))).toEqual(['goal:no-privilege-escalation']);
    expect(failing(pod('', `${fullContainer}\nprivileged: true`))).toContain('goal:no-privilege-escalation');
    expect(failing(pod('', fullContainer.replace('  drop: [ALL]', '  drop: [ALL]\n  add: [NET_ADMIN]')))).toEqual(['goal:drop-all-capabilities']);
    expect(failing(pod('', fullContainer.replace('type: RuntimeDefault', 'type: Unconfined')))).toEqual(['goal:seccomp-profile']);
    expect(failing(pod('', fullContainer.replace('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false')))).toEqual(['goal:read-only-root']);
  });

  it('reject a runtime socket or its directory mounted from the node', () => {
    for (const path of ['/var/run/containerd/containerd.sock', '/run/crio/crio.sock', '/var/run/docker.sock', '/run/containerd']) {
      const volume = `  volumes:\n    - name: sock\n      hostPath:\n        path: ${path}`;
      expect(failing(pod('', fullContainer, volume), noRuntimeSocket)).toContain('goal:no-runtime-socket');
    }
  });
});
