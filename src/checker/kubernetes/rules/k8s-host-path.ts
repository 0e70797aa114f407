import type { Hit, MessageData, Rule, Severity } from '../../core/types';
import type { KubernetesModel, Volume, Workload } from '../model';
import { isSensitiveHostPath } from '../host-paths';
import { hitAt } from './report';

/** Node paths such as /, /etc or a runtime socket are errors; any other hostPath is a warning. */
type GradedHit = Hit & { severity: Severity };

export type HostPathGravity = 'sensitive' | 'other';
/** Who mounts the volume: nobody yet, one container read-only or read-write, or several (all read-only, all read-write, or both). */
export type HostPathUse = 'unmounted' | 'readOnly' | 'readWrite' | 'sharedReadOnly' | 'sharedReadWrite' | 'sharedMixed';

/** `sensitiveReadOnly`, `otherUnmountedEmptyPath`: one message per gravity, use and whether a path is given. */
export function hostPathMessageId(gravity: HostPathGravity, use: HostPathUse, emptyPath: boolean): string {
  return `${gravity}${use[0]?.toUpperCase() ?? ''}${use.slice(1)}${emptyPath ? 'EmptyPath' : ''}`;
}

const USE: Record<HostPathUse, string> = {
  unmounted: 'not mounted by any container yet',
  readOnly: 'mounted by "{{container}}" (read-only)',
  readWrite: 'mounted by "{{container}}" (read-write)',
  sharedReadOnly: 'mounted read-only by {{readers}}',
  sharedReadWrite: 'mounted read-write by {{writers}}',
  sharedMixed: 'mounted read-write by {{writers}} and read-only by {{readers}}',
};

const ADVICE: Record<HostPathGravity, string> = {
  sensitive: 'That path gives control of the node; replace it with an emptyDir, ConfigMap or Secret.',
  other: 'Prefer an emptyDir, ConfigMap or PersistentVolumeClaim; if the host file is needed, mount it read-only.',
};

const MESSAGES: Record<string, string> = {};
for (const gravity of ['sensitive', 'other'] as const) {
  for (const use of Object.keys(USE) as HostPathUse[]) {
    for (const emptyPath of [false, true]) {
      MESSAGES[hostPathMessageId(gravity, use, emptyPath)] = `Volume "{{volume}}" mounts the node's ${emptyPath ? '(empty path)' : '{{path}}'}, ${USE[use]}. ${ADVICE[gravity]}`;
    }
  }
}

function useOf(workload: Workload, volume: Volume): { use: HostPathUse; data: MessageData } {
  const users = workload.containers.flatMap((container) =>
    container.mounts.filter((mount) => mount.name === volume.name).map((mount) => ({ container: container.name, readOnly: mount.readOnly })));
  const [only] = users;
  if (!only) return { use: 'unmounted', data: {} };
  if (users.length === 1) return { use: only.readOnly ? 'readOnly' : 'readWrite', data: { container: only.container } };
  // The lists are container names only, so every language words the access itself.
  const names = (readOnly: boolean) => users.filter((u) => u.readOnly === readOnly).map((u) => `"${u.container}"`).join(', ');
  const readers = names(true);
  const writers = names(false);
  if (!writers) return { use: 'sharedReadOnly', data: { readers } };
  if (!readers) return { use: 'sharedReadWrite', data: { writers } };
  return { use: 'sharedMixed', data: { readers, writers } };
}

export const rule: Rule<KubernetesModel> = {
  meta: {
    id: 'k8s-host-path',
    title: 'hostPath volume',
    severity: 'warning',
    appliesTo: ['kubernetes'],
    lesson: 'least-privilege-capabilities',
    why: 'A hostPath volume puts part of the node\'s filesystem inside the container. Paths such as /, /etc, /proc, /var/lib/kubelet or a runtime socket give it control of the node.',
    fix: 'Use an emptyDir, a ConfigMap, a Secret or a PersistentVolumeClaim instead; if a host file is truly needed, mount the narrowest path, read-only.',
    refs: {
      pss: ['HostPath Volumes'],
      trivy: ['KSV-0023'],
    },
    messages: MESSAGES,
    examples: {
      bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n  volumes:\n    - name: host\n      hostPath:\n        path: /etc\n',
      good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n  volumes:\n    - name: scratch\n      emptyDir: {}\n',
    },
  },
  check(model) {
    const hits: GradedHit[] = [];
    for (const workload of model.workloads) {
      for (const volume of workload.volumes) {
        const hostPath = volume.hostPath;
        if (!hostPath) continue;
        const gravity = isSensitiveHostPath(hostPath.path) ? 'sensitive' : 'other';
        const { use, data } = useOf(workload, volume);
        const messageId = hostPathMessageId(gravity, use, hostPath.path === '');
        hits.push({ ...hitAt(hostPath.span, messageId, { volume: volume.name, path: hostPath.path, ...data }), severity: gravity === 'sensitive' ? 'error' : 'warning' });
      }
    }
    return hits;
  },
};
