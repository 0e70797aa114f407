import type { Hit, Rule } from '../../core/types';
import type { KubernetesModel } from '../model';
import { containerHit, eachContainer, perContainer } from './report';

export const rule: Rule<KubernetesModel> = {
  meta: {
    id: 'k8s-allow-privilege-escalation',
    title: 'Privilege escalation not disabled',
    severity: 'warning',
    appliesTo: ['kubernetes'],
    lesson: 'least-privilege-capabilities',
    why: 'Unless `allowPrivilegeEscalation` is false, a process can gain privileges it did not start with, for example through a setuid binary such as sudo.',
    fix: 'Set `allowPrivilegeEscalation: false` in every container\'s securityContext (it sets no_new_privs on the process).',
    refs: {
      pss: ['Privilege Escalation'],
      trivy: ['KSV-0001'],
      checkov: ['CKV_K8S_20'],
      polaris: ['privilegeEscalationAllowed'],
    },
    messages: {
      ...perContainer('notSet', '{{who}} does not set `allowPrivilegeEscalation: false`, so setuid programs can still raise its privileges. Add it to the container\'s securityContext.'),
      ...perContainer('setTrue', '{{who}} sets `allowPrivilegeEscalation: true`, so setuid programs can raise its privileges. Set it to false.'),
      ...perContainer('escalatesAnyway', '{{who}} sets `allowPrivilegeEscalation: false` but is privileged or adds SYS_ADMIN, either of which lets it gain privileges anyway. Remove `privileged: true` or the SYS_ADMIN capability.'),
    },
    examples: {
      bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n',
      good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n      securityContext:\n        allowPrivilegeEscalation: false\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const [container] of eachContainer(model)) {
      const { allowPrivilegeEscalation, escalationPossible } = container.security;
      if (allowPrivilegeEscalation === undefined) hits.push(containerHit(container.nameSpan, 'notSet', container));
      else if (allowPrivilegeEscalation.value) hits.push(containerHit(allowPrivilegeEscalation.span, 'setTrue', container));
      else if (escalationPossible) hits.push(containerHit(allowPrivilegeEscalation.span, 'escalatesAnyway', container));
    }
    return hits;
  },
};
