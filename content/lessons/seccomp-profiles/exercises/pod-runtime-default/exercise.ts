import type { Exercise, GoalResult } from '../../../../../src/checker/grading/exercise';
import { kubernetesRunCommand, kubernetesStatusCommand } from '../../../../../src/grading/kubernetes-run';
import starter from './starter.yaml?raw';
import solution from './solution.yaml?raw';

export const FILTER_MESSAGES = {
  noContainer: 'The file has no Pod with a container yet.',
  unconfined: 'Container `{{container}}` runs with seccomp Unconfined: every system call, unshare and keyctl included, reaches the node\'s kernel.',
  unset: 'Container `{{container}}` sets no seccompProfile, and the Pod does not either: Kubernetes then runs it Unconfined, unlike docker run.',
  localhostWithoutProfile: 'Container `{{container}}` asks for a Localhost profile but names none; the API server refuses the Pod without localhostProfile.',
  unknownType: 'Container `{{container}}` asks for seccomp type `{{type}}`, which Kubernetes does not know (the value is case-sensitive): the API server refuses the Pod.',
  passed: 'Every container runs under a seccomp filter ({{types}}).',
  fix: 'Delete the container\'s `seccompProfile` and add `seccompProfile: {type: RuntimeDefault}` to the Pod\'s `securityContext`.',
} as const;

export const PTRACE_MESSAGES = {
  noContainer: FILTER_MESSAGES.noContainer,
  added: 'Container `{{container}}` still adds `{{capability}}`: besides tracing other processes it also opens ptrace, process_vm_readv and kcmp in the runtime\'s default filter.',
  passed: 'No container adds SYS_PTRACE.',
  fix: 'Remove the `add: ["{{capability}}"]` line; attach a profiler in a debugging copy of the Pod, not in production.',
} as const;

const KNOWN = new Set(['RuntimeDefault', 'Localhost', 'Unconfined']);

export const exercise: Exercise = {
  id: 'seccomp-profiles/pod-runtime-default',
  lesson: 'seccomp-profiles',
  title: 'Give every container of a Deployment the runtime\'s default filter',
  task:
    'The `web` Deployment was changed to attach a profiler: its container adds `SYS_PTRACE` and runs with seccomp ' +
    '`Unconfined`. Take both out, and set the seccomp profile in the Pod\'s `securityContext` so that every container ' +
    'of the Pod, now and later, runs under the container runtime\'s default filter.',
  files: [{ name: 'deployment.yaml', kind: 'kubernetes', starter, solution }],
  rules: ['k8s-seccomp-unconfined', 'k8s-capabilities', 'k8s-privileged', 'k8s-run-as-root', 'k8s-allow-privilege-escalation'],
  goals: [
    {
      id: 'every-container-filtered',
      title: 'Every container runs under a seccomp filter',
      why: 'Kubernetes applies the runtime\'s default filter only when asked: without seccompProfile, or with Unconfined, every system call reaches the node\'s kernel.',
      rules: ['k8s-seccomp-unconfined'],
      messages: FILTER_MESSAGES,
      check(ctx): GoalResult {
        const containers = ctx.kubernetes().workloads.flatMap((w) => w.containers.filter((c) => c.role !== 'ephemeralContainer'));
        if (containers.length === 0) return { pass: false, messageId: 'noContainer' };
        const types = new Set<string>();
        for (const container of containers) {
          const profile = container.security.seccompProfile;
          const data = { container: container.name };
          const line = profile?.span.line ?? (container.securityContextSpan ?? container.nameSpan).line;
          if (!profile) return { pass: false, line, data, messageId: 'unset', fixId: 'fix' };
          const type = profile.value.type;
          if (type === 'Unconfined') return { pass: false, line, data, messageId: 'unconfined', fixId: 'fix' };
          if (!KNOWN.has(type)) return { pass: false, line, data: { ...data, type }, messageId: 'unknownType', fixId: 'fix' };
          if (type === 'Localhost' && !profile.value.localhostProfile) return { pass: false, line, data, messageId: 'localhostWithoutProfile', fixId: 'fix' };
          types.add(type);
        }
        return { pass: true, messageId: 'passed', data: { types: [...types].join(', ') } };
      },
    },
    {
      id: 'no-ptrace',
      title: 'No container adds SYS_PTRACE',
      why: 'A capability widens the default filter: SYS_PTRACE lets the container trace and read the memory of its other processes, and opens the calls that do it.',
      rules: ['k8s-capabilities'],
      messages: PTRACE_MESSAGES,
      check(ctx): GoalResult {
        const containers = ctx.kubernetes().workloads.flatMap((w) => w.containers);
        if (containers.length === 0) return { pass: false, messageId: 'noContainer' };
        for (const container of containers) {
          const added = container.security.capabilities?.add.find((cap) => cap.name === 'SYS_PTRACE' || cap.name === 'ALL');
          if (added) return { pass: false, line: added.span.line, messageId: 'added', fixId: 'fix', data: { container: container.name, capability: added.raw } };
        }
        return { pass: true, messageId: 'passed' };
      },
    },
  ],
  run: {
    title: 'The web container starts under the default filter',
    why: 'The simulated terminal has no kubelet, so this asks the container runtime for the same settings with docker run: no seccompProfile or Unconfined becomes seccomp=unconfined.',
    passed: 'The runtime starts the web container with its default seccomp filter and it keeps running.',
    steps: [
      { command: kubernetesRunCommand },
      { command: kubernetesStatusCommand, output: 'running', explain: 'docker logs web' },
    ],
  },
  hints: [
    'Two things were added for the profiler, both in the container\'s `securityContext`.',
    'A `seccompProfile` in the Pod\'s `securityContext` applies to every container that does not set its own; the type that asks for the runtime\'s filter is `RuntimeDefault`.',
    'Delete `add: ["SYS_PTRACE"]` and the container\'s `seccompProfile`, and add `seccompProfile:` with `type: RuntimeDefault` under `spec.template.spec.securityContext`.',
  ],
};
