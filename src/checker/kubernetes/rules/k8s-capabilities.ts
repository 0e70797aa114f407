import type { Hit, Rule, Severity } from '../../core/types';
import type { CapabilityEntry, Container, KubernetesModel } from '../model';
import { containerHit, eachContainer, perContainer } from './report';

/** The capabilities the Pod Security Standards' Baseline profile lets a container add: the usual runtime defaults. */
const BASELINE_ADDS = new Set([
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE',
  'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
]);

const WHAT_IT_ALLOWS: Readonly<Record<string, string>> = {
  ALL: 'every capability, close to a privileged container',
  SYS_ADMIN: 'mounting filesystems and many other administrative calls, the usual first step of a container escape',
  NET_ADMIN: 'reconfiguring interfaces, routes and firewall rules',
  SYS_PTRACE: 'tracing and injecting code into other processes',
  SYS_MODULE: 'loading kernel modules, that is running code in the host kernel',
  DAC_READ_SEARCH: 'bypassing file read permissions and opening files by handle, used by a known container breakout',
  SYS_RAWIO: 'raw access to I/O ports and devices',
  BPF: 'loading eBPF programs into the kernel',
};

/** The message for adding a capability: one per capability described above, and one for any other. */
export function addMessageBase(capability: string): string {
  if (!Object.hasOwn(WHAT_IT_ALLOWS, capability)) return 'addsOther';
  return `adds${capability.toLowerCase().replace(/(^|_)([a-z])/g, (_, __: string, letter: string) => letter.toUpperCase())}`;
}

const MESSAGES: Readonly<Record<string, string>> = {
  ...Object.assign({}, ...Object.entries(WHAT_IT_ALLOWS).map(([capability, allows]) =>
    perContainer(addMessageBase(capability), `{{who}} adds {{capability}}, which grants ${allows}. Remove it, and find a way that needs no extra capability.`))),
  ...perContainer('addsOther', '{{who}} adds {{capability}}, which grants a power outside the default set that the Pod Security Standards allow. Remove it, and find a way that needs no extra capability.'),
  ...perContainer('keepsDefaults', "{{who}} keeps the runtime's default capabilities. Add `capabilities: {drop: [ALL]}` to its securityContext, then add back only what it needs (often NET_BIND_SERVICE or nothing)."),
};

/**
 * Adding a capability outside the Baseline set is an error, while merely keeping the default set is a
 * warning; the extra field carries that per-finding severity for engines that read it.
 */
type GradedHit = Hit & { severity: Severity };

function dangerousAdd(container: Container, entry: CapabilityEntry): GradedHit {
  return { ...containerHit(entry.span, addMessageBase(entry.name), container, { capability: entry.raw }), severity: 'error' };
}

function missingDropAll(container: Container): GradedHit {
  const where = container.security.capabilities?.span ?? container.securityContextSpan ?? container.nameSpan;
  return { ...containerHit(where, 'keepsDefaults', container), severity: 'warning' };
}

export const rule: Rule<KubernetesModel> = {
  meta: {
    id: 'k8s-capabilities',
    title: 'Capabilities not dropped, or dangerous ones added',
    severity: 'warning',
    appliesTo: ['kubernetes'],
    lesson: 'least-privilege-capabilities',
    why: 'Every capability left in place is kernel power an attacker inherits; SYS_ADMIN, NET_ADMIN, SYS_PTRACE or SYS_MODULE turn a compromised container into a compromised node.',
    fix: 'Set `capabilities: {drop: [ALL]}` and add back only what the process needs, typically NET_BIND_SERVICE or nothing at all.',
    refs: {
      pss: ['Capabilities'],
      trivy: ['KSV-0003', 'KSV-0005', 'KSV-0022'],
      checkov: ['CKV_K8S_25', 'CKV_K8S_28', 'CKV_K8S_37', 'CKV_K8S_39'],
      polaris: ['dangerousCapabilities', 'insecureCapabilities'],
    },
    messages: MESSAGES,
    examples: {
      bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n      securityContext:\n        capabilities:\n          add: [SYS_ADMIN]\n',
      good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n      securityContext:\n        capabilities:\n          drop: [ALL]\n          add: [NET_BIND_SERVICE]\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const [container] of eachContainer(model)) {
      const capabilities = container.security.capabilities;
      if (!capabilities?.drop.some((entry) => entry.name === 'ALL')) hits.push(missingDropAll(container));
      for (const entry of capabilities?.add ?? []) {
        if (!BASELINE_ADDS.has(entry.name)) hits.push(dangerousAdd(container, entry));
      }
    }
    return hits;
  },
};
