import type { Exercise } from '../../../../../src/checker/grading/exercise';
import { hardenedContainerGoals, noRuntimeSocket } from '../pod-security';
import starter from './starter.yaml?raw';
import solution from './solution.yaml?raw';

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
      id: 'logs-still-mounted',
      title: 'Pod logs are still mounted read-only',
      why: 'The shipper must keep working: it reads the files under /var/log/pods.',
      check(ctx) {
        const containers = ctx.kubernetes().workloads.flatMap((w) => w.containers);
        const mount = containers.flatMap((c) => c.mounts).find((m) => m.mountPath === '/var/log/pods');
        if (!mount) return { pass: false, message: 'Keep the `pod-logs` volumeMount at /var/log/pods; that is where the logs are.' };
        return mount.readOnly
          ? { pass: true, message: 'Logs mounted read-only.' }
          : { pass: false, message: 'Mount /var/log/pods with `readOnly: true`: the shipper only reads them.', line: mount.span.line };
      },
    },
    ...hardenedContainerGoals,
  ],
  hints: [
    'A socket is an API endpoint, not a file to read: whoever opens containerd.sock can create containers on the node.',
    'Two places refer to the socket: an entry under `volumes:` and an entry under the container\'s `volumeMounts:`.',
    'Delete the `containerd-sock` volume and the volumeMount with `mountPath: /run/containerd/containerd.sock`.',
  ],
};
