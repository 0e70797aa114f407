import type { RuntimeModel } from '../model';
import { hitAt, runtimeRule } from '../runtime-rule';

/** What each risky capability lets root in the container do to the host. */
const DANGEROUS: Readonly<Record<string, string>> = {
  ALL: 'grants every capability, which is as good as privileged',
  SYS_ADMIN: 'allows mount, namespace and cgroup operations used in classic container escapes',
  SYS_MODULE: 'loads kernel modules, i.e. runs code in the host kernel',
  SYS_PTRACE: 'lets it trace and inject code into other processes',
  DAC_READ_SEARCH: 'bypasses file read checks and allows open_by_handle_at, the basis of a known breakout',
  BPF: 'loads eBPF programs into the host kernel',
  PERFMON: 'opens kernel performance monitoring, a source of kernel information leaks',
  SYS_RAWIO: 'gives raw access to I/O ports and device memory',
  SYS_BOOT: 'can reboot the host or load a new kernel',
  MAC_ADMIN: 'can change the AppArmor or SELinux policy that confines containers',
  MAC_OVERRIDE: 'bypasses AppArmor or SELinux checks',
  NET_ADMIN: 'reconfigures interfaces, routes and firewall rules of its network namespace (the host\'s with host networking)',
  SYS_TIME: 'sets the host clock, which is shared by every container',
  SYSLOG: 'reads and clears the kernel log, which leaks kernel addresses',
  LINUX_IMMUTABLE: 'changes immutable and append-only file flags',
  SYS_RESOURCE: 'overrides resource limits and quotas',
  AUDIT_CONTROL: 'changes the host\'s audit rules',
};

/** Powers over the namespace or a shared resource, not a direct way onto the host: a warning, not an error. */
const WARNING_ONLY = new Set(['NET_ADMIN', 'SYS_TIME', 'SYSLOG', 'LINUX_IMMUTABLE', 'SYS_RESOURCE', 'PERFMON']);

/** The message id for a capability in one syntax: `sysAdminRun`, `sysAdminCompose`; one message per capability keeps its effect a sentence, not data. */
export function capabilityMessageId(capability: string, source: RuntimeModel['source']): string {
  const camel = capability.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return `${camel}${source === 'run' ? 'Run' : 'Compose'}`;
}

const MESSAGES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(DANGEROUS).flatMap(([cap, effect]) => [
  [capabilityMessageId(cap, 'run'), `${cap} ${effect}; remove --cap-add ${cap} unless the workload cannot run without it.`],
  [capabilityMessageId(cap, 'compose'), `${cap} ${effect}; remove ${cap} from cap_add unless the workload cannot run without it.`],
]));

export const rule = runtimeRule({
  id: 'dangerous-capability',
  title: 'A dangerous capability is added',
  severity: 'error',
  appliesTo: ['run', 'compose'],
  lesson: 'least-privilege-capabilities',
  why: 'Capabilities such as SYS_ADMIN, SYS_MODULE or SYS_PTRACE give root in the container powers over the host kernel and other processes, undoing most of the isolation.',
  fix: 'Remove the capability; if one is truly needed, add that single one after dropping ALL and explain why next to it.',
  refs: { kics: ['ce76b7d0 Container Capabilities Unrestricted'], dockerBench: ['5.4'] },
  messages: MESSAGES,
  examples: {
    bad: 'docker run --cap-add SYS_ADMIN myapp',
    good: 'docker run --cap-drop ALL --cap-add NET_BIND_SERVICE myapp',
  },
}, (runtime) => runtime.capAdd.flatMap((cap) => {
  if (!Object.hasOwn(DANGEROUS, cap.name)) return [];
  const hit = hitAt(cap.span, capabilityMessageId(cap.name, runtime.source));
  return [WARNING_ONLY.has(cap.name) ? { ...hit, severity: 'warning' as const } : hit];
}));
