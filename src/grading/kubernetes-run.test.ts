import { describe, expect, it } from 'vitest';
import type { Exercise } from '../checker/grading/exercise';
import { workspaceOf } from '../checker/grading/grade';
import { kubernetesRunCommand, kubernetesStatusCommand } from './kubernetes-run';

function ctx(yaml: string) {
  const exercise: Exercise = {
    id: 'test/k8s', lesson: 'test', title: 'K8s', task: 'Harden the Pod.', files: [{ name: 'pod.yaml', kind: 'kubernetes', starter: yaml, solution: yaml }],
    rules: [], goals: [], hints: ['x'], run: { title: 't', why: 'w', passed: 'p', steps: [] },
  };
  return workspaceOf(exercise, { 'pod.yaml': yaml });
}

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  hostNetwork: true
  securityContext:
    runAsUser: 10001
    runAsGroup: 10001
    seccompProfile:
      type: RuntimeDefault
    appArmorProfile:
      type: Localhost
      localhostProfile: docker-app
  containers:
    - name: api
      image: registry.example.com/api:1.8.2
      securityContext:
        allowPrivilegeEscalation: false
        readOnlyRootFilesystem: true
        capabilities:
          drop: ["ALL"]
          add: ["NET_BIND_SERVICE"]
      volumeMounts:
        - name: tmp
          mountPath: /tmp
        - name: logs
          mountPath: /var/log/pods
          readOnly: true
  volumes:
    - name: tmp
      emptyDir: {}
    - name: logs
      hostPath:
        path: /var/log/pods
`;

describe('the docker run a Pod spec asks the runtime for', () => {
  it('carries the user, escalation, capabilities, profiles, mounts and namespaces over', () => {
    expect(kubernetesRunCommand(ctx(POD))).toBe(
      'docker run -d --name api --user 10001:10001 --security-opt no-new-privileges --cap-drop ALL --cap-add NET_BIND_SERVICE '
      + '--security-opt apparmor=docker-app --read-only --tmpfs /tmp -v /var/log/pods:/var/log/pods:ro --network host registry.example.com/api:1.8.2',
    );
    expect(kubernetesStatusCommand(ctx(POD))).toBe("docker inspect -f '{{.State.Status}}' api");
  });

  it('asks for no seccomp filter when the Pod requests none, as the kubelet does', () => {
    expect(kubernetesRunCommand(ctx(POD.replace('    seccompProfile:\n      type: RuntimeDefault\n', '')))).toContain('--security-opt seccomp=unconfined');
  });

  it('says so when there is no container to start', () => {
    expect(kubernetesRunCommand(ctx('apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers: []\n'))).toEqual({ unavailableId: 'no-container' });
  });
});
