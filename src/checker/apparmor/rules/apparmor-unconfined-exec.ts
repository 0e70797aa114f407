import type { Hit, Rule } from '../../core/types';
import type { AppArmorModel } from '../model';
import { UNCONFINED_EXEC_MODES } from '../permissions';
import { everyRule } from '../walk';

export const rule: Rule<AppArmorModel> = {
  meta: {
    id: 'apparmor-unconfined-exec',
    title: 'Programs executed without confinement',
    severity: 'error',
    appliesTo: ['apparmor'],
    lesson: 'apparmor-profiles',
    why: 'The `ux`/`Ux` modes, and the `pux`/`cux` fallbacks, start the program with no AppArmor profile at all; the man page says a profile using them provides negligible security, since the program can do anything the user can.',
    fix: 'Use `ix` to keep the program under this profile, or `px`/`Px` (`cx`/`Cx`) to give it a profile of its own.',
    refs: { dockerBench: ['5.1'] },
    examples: {
      bad: 'profile docker-app {\n  /bin/sh Ux,\n}\n',
      good: 'profile docker-app {\n  /usr/sbin/nginx ix,\n}\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const r of everyRule(model)) {
      if (r.kind !== 'file' || r.deny || !r.permissions.exec || !UNCONFINED_EXEC_MODES.has(r.permissions.exec)) continue;
      const mode = r.permissions.exec;
      const what = r.path ?? 'any program';
      const fallback = mode.length === 3;
      hits.push({
        line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn,
        message: fallback
          ? `"${mode}" runs ${what} unconfined whenever its own profile is missing. Use "${mode[0]}ix" (fall back to this profile) or plain "${mode[0]}x".`
          : `"${mode}" runs ${what} with no AppArmor confinement at all. Use "ix" to keep it under this profile, or "px" to give it its own.`,
      });
    }
    return hits;
  },
};
