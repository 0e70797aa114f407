import type { Hit, Rule, Severity } from '../../core/types';
import type { KubernetesModel, Volume, Workload } from '../model';
import { isSensitiveHostPath } from '../host-paths';
import { hitAt } from './report';

/** Node paths such as /, /etc or a runtime socket are errors; any other hostPath is a warning. */
type GradedHit = Hit & { severity: Severity };

function mountedBy(workload: Workload, volume: Volume): string {
  const users = workload.containers.flatMap((container) =>
    container.mounts.filter((mount) => mount.name === volume.name)
      .map((mount) => `"${container.name}"${mount.readOnly ? ' (read-only)' : ' (read-write)'}`));
  return users.length > 0 ? `mounted by ${users.join(', ')}` : 'not mounted by any container yet';
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
        const where = `Volume "${volume.name}" mounts the node's ${hostPath.path || '(empty path)'}, ${mountedBy(workload, volume)}.`;
        hits.push(isSensitiveHostPath(hostPath.path)
          ? { ...hitAt(hostPath.span, `${where} That path gives control of the node; replace it with an emptyDir, ConfigMap or Secret.`), severity: 'error' }
          : { ...hitAt(hostPath.span, `${where} Prefer an emptyDir, ConfigMap or PersistentVolumeClaim; if the host file is needed, mount it read-only.`), severity: 'warning' });
      }
    }
    return hits;
  },
};
