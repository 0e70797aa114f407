import type { Hit, Rule } from '../../core/types';
import type { KubernetesModel } from '../model';
import { hitAt } from './report';

const SHARED: { key: 'hostNetwork' | 'hostPID' | 'hostIPC'; effect: string }[] = [
  { key: 'hostNetwork', effect: 'it sees every host interface and can reach services that listen only on the node\'s loopback' },
  { key: 'hostPID', effect: 'it sees every process on the node, and with enough privilege can signal, trace or enter them' },
  { key: 'hostIPC', effect: 'it shares the node\'s shared memory, semaphores and message queues' },
];

/** One message per namespace and per named or unnamed workload, so the effect stays a sentence. */
const MESSAGES: Readonly<Record<string, string>> = Object.fromEntries(SHARED.flatMap(({ key, effect }) => [
  [key, `{{kind}} "{{name}}" sets \`${key}: true\`, so ${effect}. Remove it or set it to false.`],
  [`${key}Unnamed`, `This {{kind}} sets \`${key}: true\`, so ${effect}. Remove it or set it to false.`],
]));

export const rule: Rule<KubernetesModel> = {
  meta: {
    id: 'k8s-host-namespaces',
    title: 'Pod shares a host namespace',
    severity: 'error',
    appliesTo: ['kubernetes'],
    lesson: 'no-host-network',
    why: 'hostNetwork, hostPID and hostIPC remove the isolation of the network stack, the process table or IPC between the pod and the node.',
    fix: 'Delete the field or set it to false; expose ports through a Service instead of the host network.',
    refs: {
      pss: ['Host Namespaces'],
      trivy: ['KSV-0008', 'KSV-0009', 'KSV-0010'],
      checkov: ['CKV_K8S_17', 'CKV_K8S_18', 'CKV_K8S_19'],
      polaris: ['hostNetworkSet', 'hostPIDSet', 'hostIPCSet'],
    },
    messages: MESSAGES,
    examples: {
      bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostNetwork: true\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n',
      good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const workload of model.workloads) {
      for (const { key } of SHARED) {
        const setting = workload[key];
        if (setting?.value !== true) continue;
        hits.push(workload.name
          ? hitAt(setting.span, key, { kind: workload.kind, name: workload.name })
          : hitAt(setting.span, `${key}Unnamed`, { kind: workload.kind }));
      }
    }
    return hits;
  },
};
