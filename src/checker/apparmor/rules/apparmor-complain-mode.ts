import type { Hit, Rule } from '../../core/types';
import type { AppArmorModel } from '../model';
import { everyProfile } from '../walk';

export const rule: Rule<AppArmorModel> = {
  meta: {
    id: 'apparmor-complain-mode',
    title: 'Profile in complain mode enforces nothing',
    severity: 'warning',
    appliesTo: ['apparmor'],
    lesson: 'apparmor-profiles',
    why: 'In complain mode AppArmor only logs what the profile would deny and lets it happen; only explicit deny rules still apply. It is a tool for writing a profile, not for protecting a container.',
    fix: 'Remove `complain` from `flags=(...)` (or use `enforce`) once the logs show the profile allows what the application needs.',
    refs: { dockerBench: ['5.1'] },
    messages: {
      complainMode: 'Profile {{profile}} is in complain mode: violations are only logged, not blocked. Remove "complain" from its flags once the logs are clean.',
    },
    examples: {
      bad: 'profile docker-app flags=(complain) {\n  /app/** r,\n}\n',
      good: 'profile docker-app flags=(attach_disconnected) {\n  /app/** r,\n}\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const profile of everyProfile(model.profiles)) {
      if (!profile.flags.includes('complain')) continue;
      hits.push({
        line: profile.line,
        column: profile.column,
        endColumn: profile.column + profile.header.length,
        messageId: 'complainMode',
        data: { profile: profile.name },
      });
    }
    return hits;
  },
};
