import { describe, expect, it } from 'vitest';
import { checkById, editSolution, failingIds } from '../../../../src/grading/testing';
import { exercise as hardenDeployment } from './harden-deployment/exercise';
import { exercise as noRuntimeSocket } from './no-runtime-socket/exercise';

const FILE = 'deployment.yaml';

function pod(podContext: string, containerContext: string, extra = ''): Record<string, string> {
  return {
    [FILE]: [
      'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: api', 'spec:',
      ...(podContext ? ['  securityContext:', ...podContext.split('\n').map((l) => `    ${l}`)] : []),
      '  containers:', '    - name: api', '      image: registry.example.com/api:1.8.2',
      ...(containerContext ? ['      securityContext:', ...containerContext.split('\n').map((l) => `        ${l}`)] : []),
      extra,
    ].join('\n'),
  };
}

const fullContainer = [
  'runAsNonRoot: true', 'runAsUser: 65532', 'runAsGroup: 65532', 'allowPrivilegeEscalation: false', 'readOnlyRootFilesystem: true',
  'capabilities:', '  drop: [ALL]', 'seccompProfile:', '  type: RuntimeDefault',
].join('\n');

const failing = (files: Record<string, string>, exercise = hardenDeployment): string[] => failingIds(exercise, files).filter((id) => id !== 'run');

describe('container-runtimes/harden-deployment', () => {
  it('accepts settings at container level only, in any workload kind', () => {
    expect(failing(pod('', fullContainer))).toEqual([]);
  });

  it.each([
    ['runAsUser: 0', fullContainer.replace('runAsUser: 65532', 'runAsUser: 0'), 'goal:non-root', /`runAsUser: 0` is root/],
    ['no runAsUser', fullContainer.replace('runAsUser: 65532\n', ''), 'goal:non-root', /without a numeric runAsUser/],
    ['no runAsGroup (the root group)', fullContainer.replace('runAsGroup: 65532\n', ''), 'goal:non-root', /group 0 \(root\)/],
    ['runAsGroup: 0', fullContainer.replace('runAsGroup: 65532', 'runAsGroup: 0'), 'goal:non-root', /root group/],
    ['runAsNonRoot: false', fullContainer.replace('runAsNonRoot: true', 'runAsNonRoot: false'), 'goal:non-root', /runAsNonRoot is not set/],
    ['allowPrivilegeEscalation: true', fullContainer.replace('allowPrivilegeEscalation: false', 'allowPrivilegeEscalation: true'), 'goal:no-privilege-escalation', /setuid/],
    ['privileged: true', `${fullContainer}\nprivileged: true`, 'goal:no-privilege-escalation', /privileged/],
    ['NET_ADMIN added back', fullContainer.replace('  drop: [ALL]', '  drop: [ALL]\n  add: [NET_ADMIN]'), 'goal:drop-all-capabilities', /NET_ADMIN/],
    ['seccomp Unconfined', fullContainer.replace('type: RuntimeDefault', 'type: Unconfined'), 'goal:seccomp-profile', /Unconfined/],
    ['readOnlyRootFilesystem: false', fullContainer.replace('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false'), 'goal:read-only-root', /writable/],
  ])('rejects %s', (_name, container, id, message) => {
    const files = pod('', container);
    expect(failing(files)).toEqual([id]);
    expect(checkById(hardenDeployment, files, id).message).toMatch(message);
  });

  it('rejects host networking and a YAML error', () => {
    expect(failing(editSolution(hardenDeployment, FILE, '    spec:\n      securityContext:', '    spec:\n      hostNetwork: true\n      securityContext:'))).toEqual([`${FILE}:other-rules`]);
    const broken = editSolution(hardenDeployment, FILE, '          image: registry', '         image: registry');
    expect(failing(broken)).toContain(`${FILE}:readable`);
    expect(checkById(hardenDeployment, broken, `${FILE}:readable`).message).toMatch(/YAML error/);
  });

  it('rejects a runtime socket or its directory mounted from the node', () => {
    for (const path of ['/var/run/containerd/containerd.sock', '/run/crio/crio.sock', '/var/run/docker.sock', '/run/containerd']) {
      const volume = `  volumes:\n    - name: sock\n      hostPath:\n        path: ${path}`;
      expect(failing(pod('', fullContainer, volume), noRuntimeSocket)).toContain('goal:no-runtime-socket');
    }
  });

  it('starts the container the Pod describes with the same settings', () => {
    const step = hardenDeployment.run.steps[0]?.command;
    expect(typeof step).toBe('function');
  });
});

describe('container-runtimes/no-runtime-socket', () => {
  it.each([
    ['only the volume removed, its mount left dangling', editSolution(noRuntimeSocket, FILE, '          volumeMounts:\n', '          volumeMounts:\n            - name: containerd-sock\n              mountPath: /run/containerd/containerd.sock\n'), 'goal:mounts-resolve', /no longer a volume of the Pod/],
    ['the /run/containerd directory mounted instead', editSolution(noRuntimeSocket, FILE, '      volumes:\n', '      volumes:\n        - name: run\n          hostPath:\n            path: /run/containerd\n'), 'goal:no-runtime-socket', /\/run\/containerd/],
    ['the logs mounted writable', editSolution(noRuntimeSocket, FILE, '              readOnly: true\n', ''), 'goal:logs-still-mounted', /mounted writable/],
    ['the logs mount removed', editSolution(noRuntimeSocket, FILE, /            - name: pod-logs\n              mountPath: \/var\/log\/pods\n              readOnly: true\n/, ''), 'goal:logs-still-mounted', /no logs to read/],
    ['runAsGroup dropped from the existing settings', editSolution(noRuntimeSocket, FILE, '        runAsGroup: 10001\n', ''), 'goal:non-root', /runAsGroup/],
  ])('rejects %s', (_name, files, id, message) => {
    expect(failing(files, noRuntimeSocket)).toContain(id);
    expect(checkById(noRuntimeSocket, files, id).message).toMatch(message);
  });
});
