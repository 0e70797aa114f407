import type { Rule } from '../../core/types';
import type { SeccompModel } from '../model';

export const rule: Rule<SeccompModel> = {
  meta: {
    id: 'seccomp-default-allow',
    title: 'The profile allows every system call it does not name',
    severity: 'error',
    appliesTo: ['seccomp'],
    lesson: 'seccomp-profiles',
    why: 'With SCMP_ACT_ALLOW or SCMP_ACT_LOG as the default action the profile is a deny-list: every call it forgets, and every call a newer kernel adds, reaches the kernel. Docker\'s own profile denies by default.',
    fix: 'Set "defaultAction": "SCMP_ACT_ERRNO" and list the calls the program needs with SCMP_ACT_ALLOW, starting from Docker\'s default profile.',
    refs: {},
    messages: {
      allow: '"defaultAction": "{{action}}" lets every system call the profile does not name reach the kernel; deny by default with SCMP_ACT_ERRNO and allow what the program needs.',
      log: '"defaultAction": "{{action}}" only logs the calls the profile does not name and lets them through; it is for recording what a program calls, not for running it.',
      missing: 'The profile has no defaultAction and no rules, so runc installs no filter at all; set "defaultAction": "SCMP_ACT_ERRNO".',
    },
    examples: {
      bad: '{\n  "defaultAction": "SCMP_ACT_ALLOW",\n  "syscalls": [\n    { "names": ["reboot"], "action": "SCMP_ACT_ERRNO" }\n  ]\n}\n',
      good: '{\n  "defaultAction": "SCMP_ACT_ERRNO",\n  "syscalls": [\n    { "names": ["read", "write", "exit_group"], "action": "SCMP_ACT_ALLOW" }\n  ]\n}\n',
    },
  },
  check(model) {
    if (model.format === 'none' || !model.span) return [];
    const action = model.defaultAction;
    if (!action) {
      if (model.syscalls.length > 0) return [];
      const { line, column } = model.span;
      return [{ line, column, endColumn: column + 1, messageId: 'missing' }];
    }
    if (action.value !== 'SCMP_ACT_ALLOW' && action.value !== 'SCMP_ACT_LOG') return [];
    return [{ ...action.span, messageId: action.value === 'SCMP_ACT_LOG' ? 'log' : 'allow', data: { action: action.value } }];
  },
};
