import type { Exercise } from '../../../../../src/checker/grading/exercise';
import { hardenedContainerGoals, noRuntimeSocket } from '../pod-security';
import { kubernetesRunCommand, kubernetesStatusCommand } from '../../../../../src/grading/kubernetes-run';
import starter from './starter.yaml?raw';
import solution from './solution.yaml?raw';

export const exercise: Exercise = {
  id: 'container-runtimes/harden-deployment',
  lesson: 'container-runtimes',
  title: 'Harden a Deployment for any CRI runtime',
  task:
    'The `api` Deployment has no security settings, so it gets whatever the image and the node\'s runtime default to. ' +
    'Make it run as a numeric non-root user and group with `runAsNonRoot`, forbid privilege escalation, drop all capabilities, ' +
    'make the root filesystem read-only (`/tmp` is already an emptyDir) and request the `RuntimeDefault` seccomp profile.',
  files: [{ name: 'deployment.yaml', kind: 'kubernetes', starter, solution }],
  rules: [
    'k8s-privileged', 'k8s-run-as-root', 'k8s-allow-privilege-escalation', 'k8s-capabilities', 'k8s-seccomp-unconfined',
    'k8s-writable-root-filesystem', 'k8s-host-path', 'k8s-container-runtime-socket', 'k8s-host-namespaces', 'k8s-image-latest',
  ],
  goals: [...hardenedContainerGoals, noRuntimeSocket],
  run: {
    title: 'The api container starts with these settings',
    why: 'The simulated terminal has no kubelet, so this asks the container runtime for the same settings with docker run, as the lesson\'s demo does.',
    passed: 'The runtime starts the api container with these settings and it keeps running.',
    steps: [
      { command: kubernetesRunCommand },
      { command: kubernetesStatusCommand, output: 'running', explain: 'docker logs api' },
    ],
  },
  hints: [
    'Everything goes in `securityContext` blocks: one under the Pod `spec` (applies to all containers) and one inside the container.',
    'Pod level: `runAsNonRoot: true`, `runAsUser: 10001`, `runAsGroup: 10001` and `seccompProfile: { type: RuntimeDefault }`.',
    'Container level: `allowPrivilegeEscalation: false`, `readOnlyRootFilesystem: true`, and `capabilities: { drop: ["ALL"] }`.',
  ],
  demo: [
    'docker run --rm alpine:3.24 id',
    'docker run --rm alpine:3.24 grep Cap /proc/self/status',
    'docker run --rm --user 10001:10001 --cap-drop ALL --read-only alpine:3.24 touch /x',
  ],
};
