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
    messages: {
      fallbackUnconfined: '"{{mode}}" runs {{path}} unconfined whenever its own profile is missing. Use "{{fallback}}ix" (fall back to this profile) or plain "{{fallback}}x".',
      unconfined: '"{{mode}}" runs {{path}} with no AppArmor confinement at all. Use "ix" to keep it under this profile, or "px" to give it its own.',
    },
    examples: {
      bad: 'profile docker-app {\n  /bin/sh Ux,\n}\n',
      good: 'profile docker-app {\n  /usr/sbin/nginx ix,\n}\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const r of everyRule(model)) {
      // Only a rule with a path has permissions: a bare `file,` carries none.
      if (r.kind !== 'file' || r.deny || r.path === undefined || !r.permissions.exec || !UNCONFINED_EXEC_MODES.has(r.permissions.exec)) continue;
      const mode = r.permissions.exec;
      // A three-letter mode (PUx, CUx) falls back to unconfined only when the target's own profile is missing.
      hits.push({
        line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn,
        messageId: mode.length === 3 ? 'fallbackUnconfined' : 'unconfined',
        data: { mode, fallback: mode[0] ?? '', path: r.path },
      });
    }
    return hits;
  },
};
