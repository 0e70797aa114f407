import type { Hit, Rule } from '../../core/types';
import type { AppArmorModel } from '../model';
import { everyRule } from '../walk';

export const rule: Rule<AppArmorModel> = {
  meta: {
    id: 'apparmor-mount-allowed',
    title: 'Profile allows mounting',
    severity: 'warning',
    appliesTo: ['apparmor'],
    lesson: 'apparmor-profiles',
    why: 'Mounting lets a process reshape the filesystem it sees, for example mount over the paths the profile protects, or mount a host device or cgroup filesystem, a classic escape step. Docker\'s default profile denies it.',
    fix: 'Remove the `mount`/`remount`/`pivot_root` rule and add `deny mount,`.',
    refs: { dockerBench: ['5.1'] },
    messages: {
      bareMount: 'A bare "{{kind}}," allows every mount. Remove it and add "deny mount," so the container cannot mount over protected paths.',
      barePivotRoot: 'A bare "pivot_root," allows every root switch. Remove it and add "deny mount," so the container cannot mount over protected paths.',
      mountRule: '"{{rule}}" lets the container mount filesystems. Remove it unless the application must mount, and add "deny mount,".',
    },
    examples: {
      bad: 'profile docker-app {\n  mount,\n}\n',
      good: 'profile docker-app {\n  deny mount,\n}\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const r of everyRule(model)) {
      if (r.deny || (r.kind !== 'mount' && r.kind !== 'remount' && r.kind !== 'pivot_root')) continue;
      const span = { line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn };
      if (r.details !== '') hits.push({ ...span, messageId: 'mountRule', data: { rule: r.text } });
      else if (r.kind === 'pivot_root') hits.push({ ...span, messageId: 'barePivotRoot' });
      else hits.push({ ...span, messageId: 'bareMount', data: { kind: r.kind } });
    }
    return hits;
  },
};
