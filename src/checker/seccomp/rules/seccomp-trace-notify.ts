import type { Hit, Rule } from '../../core/types';
import type { Located, SeccompModel } from '../model';

export const rule: Rule<SeccompModel> = {
  meta: {
    id: 'seccomp-trace-notify',
    title: 'SCMP_ACT_TRACE or SCMP_ACT_NOTIFY in a Docker profile',
    severity: 'warning',
    appliesTo: ['seccomp'],
    lesson: 'seccomp-profiles',
    why: 'SCMP_ACT_TRACE hands the call to a ptrace tracer; with none attached the call fails with ENOSYS ("Function not implemented"), and with one the tracer decides. SCMP_ACT_NOTIFY needs a listener socket that Docker never sets, so runc refuses the container ("listenerPath is not set").',
    fix: 'Use SCMP_ACT_ERRNO to refuse a call (with "errnoRet" for another error), or SCMP_ACT_ALLOW to allow it.',
    refs: {},
    messages: {
      trace: '{{action}} passes {{what}} to a ptrace tracer: with none attached it fails with ENOSYS, and a tracer in the container could let it through. Use SCMP_ACT_ERRNO to refuse it.',
      notify: '{{action}} needs a seccomp listener, which Docker does not set up: runc refuses to start the container ("listenerPath is not set"). Use SCMP_ACT_ERRNO or SCMP_ACT_ALLOW.',
    },
    examples: {
      bad: '{\n  "defaultAction": "SCMP_ACT_ERRNO",\n  "syscalls": [\n    { "names": ["read", "write"], "action": "SCMP_ACT_ALLOW" },\n    { "names": ["unshare"], "action": "SCMP_ACT_TRACE" }\n  ]\n}\n',
      good: '{\n  "defaultAction": "SCMP_ACT_ERRNO",\n  "syscalls": [\n    { "names": ["read", "write"], "action": "SCMP_ACT_ALLOW" }\n  ]\n}\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    const report = (action: Located<string> | null, what: string): void => {
      if (action?.value === 'SCMP_ACT_TRACE') hits.push({ ...action.span, messageId: 'trace', data: { action: action.value, what } });
      if (action?.value === 'SCMP_ACT_NOTIFY') hits.push({ ...action.span, severity: 'error', messageId: 'notify', data: { action: action.value } });
    };
    report(model.defaultAction, 'defaultAction');
    for (const entry of model.syscalls) report(entry.action, entry.names.map((n) => n.value).join(', ') || 'syscalls');
    return hits;
  },
};
