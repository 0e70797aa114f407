import type { Hit, Rule } from '../../core/types';
import type { AppArmorModel } from '../model';
import { DANGEROUS_CAPABILITIES } from '../vocabulary';
import { everyRule } from '../walk';

export const rule: Rule<AppArmorModel> = {
  meta: {
    id: 'apparmor-broad-capability',
    title: 'Profile allows every capability or a dangerous one',
    severity: 'warning',
    appliesTo: ['apparmor'],
    lesson: 'apparmor-profiles',
    why: 'A bare `capability,` lets the confined process use every capability the container has, and capabilities such as sys_admin, sys_module or dac_read_search are enough to break out of a container.',
    fix: 'List only the capabilities the application needs, e.g. `capability net_bind_service,` `capability setuid,` `capability setgid,`.',
    refs: { dockerBench: ['5.1', '5.3'] },
    examples: {
      bad: 'profile docker-app {\n  capability,\n}\n',
      good: 'profile docker-app {\n  capability net_bind_service,\n  capability setuid,\n  capability setgid,\n}\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const r of everyRule(model)) {
      if (r.kind !== 'capability' || r.deny) continue;
      const span = { line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn };
      if (r.capabilities.length === 0) {
        hits.push({ ...span, message: 'A bare "capability," allows every capability the container holds. List only the ones the application needs, e.g. "capability net_bind_service,".' });
        continue;
      }
      const risky = r.capabilities.filter((c) => c in DANGEROUS_CAPABILITIES);
      if (risky.length === 0) continue;
      const details = risky.map((c) => `${c} (${DANGEROUS_CAPABILITIES[c] ?? ''})`).join('; ');
      hits.push({ ...span, message: `This allows ${details}. Remove ${risky.length === 1 ? 'it' : 'them'} unless the application truly needs ${risky.length === 1 ? 'it' : 'them'}.` });
    }
    return hits;
  },
};
