import type { Exercise } from '../../../../../src/checker/grading/exercise';
import { hardenedContainerGoals, noRuntimeSocket } from '../pod-security';
import { sayFrom } from '../../../../../src/checker/grading/goal-messages';
import { kubernetesRunCommand, kubernetesStatusCommand } from '../../../../../src/grading/kubernetes-run';
import starter from './starter.yaml?raw';
import solution from './solution.yaml?raw';

/** What this exercise's own goals say, by id; exercise.zh-cn.ts words the same ids. */
export const MESSAGES = {
  danglingMount: 'Container `{{container}}` mounts `{{volume}}`, which is no longer a volume of the Pod, so the API server rejects the {{kind}}.',
  fixDanglingMount: 'Delete this volumeMount as well as the `{{volume}}` volume.',
  mountsResolve: 'Every volumeMount refers to a volume the Pod defines.',
  logsMissing: 'Nothing is mounted at /var/log/pods any more, so the shipper has no logs to read.',
  fixLogsMissing: 'Keep the `pod-logs` volumeMount at `/var/log/pods`.',
  logsReadOnly: 'Logs mounted read-only.',
  logsWritable: "The node's pod logs are mounted writable, though the shipper only reads them.",
  fixLogsWritable: 'Add `readOnly: true` to the mount.',
} as const;

const say = sayFrom(MESSAGES);

export const exercise: Exercise = {
  id: 'container-runtimes/no-runtime-socket',
  lesson: 'container-runtimes',
  title: 'Keep the containerd socket out of a DaemonSet',
  task:
    'The `log-shipper` DaemonSet mounts `/run/containerd/containerd.sock` from every node only to look up container names, ' +
    'which it can read from the log file paths under `/var/log/pods` instead. Remove the socket volume and its mount, ' +
    'and keep the read-only logs mount and the existing security settings. ' +
    '(On a real node containerd writes those log files as root with mode 0640, so a shipper running as UID 10001 also needs ' +
    'read access granted on the node, for example a group or an ACL on `/var/log/pods`; this exercise is only about the socket.)',
  files: [{ name: 'deployment.yaml', kind: 'kubernetes', starter, solution }],
  rules: ['k8s-container-runtime-socket', 'k8s-privileged', 'k8s-run-as-root', 'k8s-allow-privilege-escalation', 'k8s-capabilities'],
  goals: [
    noRuntimeSocket,
    {
      id: 'mounts-resolve',
      title: 'Every volumeMount names a volume of the Pod',
      why: 'The API server rejects a Pod whose container mounts a volume the Pod does not define, so nothing would run.',
      messages: MESSAGES,
      check(ctx) {
        for (const workload of ctx.kubernetes().workloads) {
          for (const container of workload.containers) {
            const dangling = container.mounts.find((m) => !workload.volumes.some((v) => v.name === m.name));
            if (dangling) {
              return say.fail('danglingMount', { line: dangling.span.line, fix: 'fixDanglingMount', data: { container: container.name, volume: dangling.name, kind: workload.kind } });
            }
          }
        }
        return say.pass('mountsResolve');
      },
    },
    {
      id: 'logs-still-mounted',
      title: 'Pod logs are still mounted read-only',
      why: 'The shipper must keep working: it reads the files under /var/log/pods.',
      messages: MESSAGES,
      check(ctx) {
        const containers = ctx.kubernetes().workloads.flatMap((w) => w.containers);
        const mount = containers.flatMap((c) => c.mounts).find((m) => m.mountPath === '/var/log/pods');
        if (!mount) return say.fail('logsMissing', { fix: 'fixLogsMissing' });
        return mount.readOnly ? say.pass('logsReadOnly') : say.fail('logsWritable', { fix: 'fixLogsWritable', line: mount.span.line });
      },
    },
    ...hardenedContainerGoals,
  ],
  run: {
    title: 'The log shipper starts with these settings',
    why: 'The simulated terminal has no kubelet, so this asks the container runtime for the same settings with docker run, as the lesson\'s demo does.',
    passed: 'The runtime starts the shipper with these settings and it keeps running.',
    steps: [
      { command: kubernetesRunCommand },
      { command: kubernetesStatusCommand, output: 'running', explain: 'docker logs shipper' },
    ],
  },
  hints: [
    'A socket is an API endpoint, not a file to read: whoever opens containerd.sock can create containers on the node.',
    'Two places refer to the socket: an entry under `volumes:` and an entry under the container\'s `volumeMounts:`.',
    'Delete the `containerd-sock` volume and the volumeMount with `mountPath: /run/containerd/containerd.sock`.',
  ],
};
