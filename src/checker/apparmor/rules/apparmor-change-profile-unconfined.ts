import type { Hit, Rule } from '../../core/types';
import type { AppArmorModel } from '../model';
import { everyRule } from '../walk';

export const rule: Rule<AppArmorModel> = {
  meta: {
    id: 'apparmor-change-profile-unconfined',
    title: 'Profile may switch itself to unconfined',
    severity: 'error',
    appliesTo: ['apparmor'],
    lesson: 'apparmor-profiles',
    why: '`change_profile -> unconfined` (or a bare `change_profile,`, which allows any target) lets the confined process leave confinement whenever it likes, so every other rule becomes optional.',
    fix: 'Remove the rule, or name the specific, confined profile the process may move to: `change_profile -> my-restricted-profile,`.',
    refs: { dockerBench: ['5.1'] },
    messages: {
      noTarget: 'A "change_profile" rule without "-> target" lets the process switch to any profile, unconfined included. Name the one confined profile it may move to.',
      unconfinedTarget: '"{{rule}}" lets the process drop its confinement at will. Remove it, or name a confined profile after "->".',
    },
    examples: {
      bad: 'profile docker-app {\n  change_profile -> unconfined,\n}\n',
      good: 'profile docker-app {\n  change_profile -> docker-app-worker,\n}\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const r of everyRule(model)) {
      if (r.kind !== 'change_profile' || r.deny) continue;
      const span = { line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn };
      if (r.target === undefined) hits.push({ ...span, messageId: 'noTarget' });
      else if (r.target === 'unconfined' || r.target === '**' || r.target === '*') hits.push({ ...span, messageId: 'unconfinedTarget', data: { rule: r.text } });
    }
    return hits;
  },
};
