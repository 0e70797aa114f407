import type { Hit, Rule } from '../../core/types';
import type { KubernetesModel } from '../model';
import { exposedRuntimeSocket } from '../host-paths';
import { hitAt } from './report';

export const rule: Rule<KubernetesModel> = {
  meta: {
    id: 'k8s-container-runtime-socket',
    title: 'Container runtime socket mounted',
    severity: 'error',
    appliesTo: ['kubernetes'],
    lesson: 'container-runtimes',
    why: 'The Docker, containerd or CRI-O socket is the API that starts containers on the node. Whoever can write to it can start a privileged container with the host\'s / mounted: root on the node.',
    fix: 'Remove the hostPath volume. Build images with a daemonless builder, and read container state through the Kubernetes API instead of the runtime.',
    refs: {
      trivy: ['KSV-0006'],
      checkov: ['CKV_K8S_27'],
    },
    messages: {
      runtimeSocket: `Volume "{{volume}}" exposes the node's container runtime socket ({{socket}}); anything that can use it controls every container on the node. Remove this hostPath volume.`,
    },
    examples: {
      bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n  volumes:\n    - name: docker\n      hostPath:\n        path: /var/run/docker.sock\n',
      good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n  volumes:\n    - name: cache\n      emptyDir: {}\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const workload of model.workloads) {
      for (const volume of workload.volumes) {
        const hostPath = volume.hostPath;
        const socket = hostPath && exposedRuntimeSocket(hostPath.path);
        if (!hostPath || !socket) continue;
        hits.push(hitAt(hostPath.span, 'runtimeSocket', { volume: volume.name, socket }));
      }
    }
    return hits;
  },
};
