import type { Hit, Rule } from '../../core/types';
import { dangerOf } from '../dangerous';
import { ALLOWING_ACTIONS, type SeccompModel, type SyscallRule } from '../model';

/**
 * A rule that opens a call only with a capability (Docker's `includes.caps`) or only for some
 * arguments is how Docker's own profile keeps these calls shut; ptrace is safe from kernel 4.8 on.
 */
function conditional(rule: SyscallRule, group: string): boolean {
  if (rule.hasArgs || rule.includes.caps.length > 0) return true;
  return group === 'trace' && rule.includes.minKernel !== null;
}

export const rule: Rule<SeccompModel> = {
  meta: {
    id: 'seccomp-dangerous-syscall',
    title: 'The profile allows a system call behind container escapes',
    severity: 'error',
    appliesTo: ['seccomp'],
    lesson: 'seccomp-profiles',
    why: 'Docker\'s default profile refuses mount, unshare, setns, keyctl, bpf, kexec_load, open_by_handle_at, userfaultfd and similar calls because they are the first step of most container escapes and kernel exploits. A profile that allows them outright gives that up.',
    fix: 'Remove these names from the SCMP_ACT_ALLOW rules. If the program truly needs one, allow it only with the capability Docker requires for it ("includes": {"caps": [...]}) and grant that capability.',
    refs: {},
    messages: {
      mount: '{{syscall}} is allowed: mounting (the host\'s disk, proc, a new file system) is the classic container escape, and Docker refuses it without {{capability}}.',
      namespace: '{{syscall}} is allowed: new or foreign namespaces open kernel code that trusts "root in a namespace", the start of many privilege escalations; Docker refuses it without {{capability}}.',
      keyring: '{{syscall}} is allowed: the kernel keyring is not namespaced, so a container could read or fill other users\' keys; Docker refuses it whatever the container holds.',
      kernelCode: '{{syscall}} is allowed: it loads kernel code or a new kernel; Docker refuses it without {{capability}}.',
      bpf: '{{syscall}} is allowed: a powerful kernel interface with a long record of exploitable bugs; Docker refuses it without {{capability}}.',
      handle: '{{syscall}} is allowed: it opens files by handle outside the container\'s root, the call behind the "shocker" breakout; Docker refuses it without {{capability}}.',
      trace: '{{syscall}} is allowed for every kernel: before Linux 4.8 a tracer could change a call after seccomp checked it; Docker allows it only from 4.8 on ("minKernel") or with {{capability}}.',
      exploit: '{{syscall}} is allowed: it is a favourite primitive of kernel exploits and ordinary services do not need it; Docker refuses it whatever the container holds.',
      host: '{{syscall}} is allowed: it changes the whole host (clock, swap, reboot, I/O ports), not just the container.',
    },
    examples: {
      bad: '{\n  "defaultAction": "SCMP_ACT_ERRNO",\n  "syscalls": [\n    { "names": ["read", "write", "mount", "unshare"], "action": "SCMP_ACT_ALLOW" }\n  ]\n}\n',
      good: '{\n  "defaultAction": "SCMP_ACT_ERRNO",\n  "syscalls": [\n    { "names": ["read", "write"], "action": "SCMP_ACT_ALLOW" },\n    { "names": ["mount"], "action": "SCMP_ACT_ALLOW", "includes": { "caps": ["CAP_SYS_ADMIN"] } }\n  ]\n}\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const entry of model.syscalls) {
      if (!entry.action || !ALLOWING_ACTIONS.has(entry.action.value)) continue;
      for (const name of entry.names) {
        const group = dangerOf(name.value);
        if (!group || conditional(entry, group.id)) continue;
        hits.push({ ...name.span, messageId: group.id, data: { syscall: name.value, capability: group.capability ?? '' } });
      }
    }
    return hits;
  },
};
