import type { Hit, Rule } from '../../core/types';
import type { AppArmorModel } from '../model';
import { DANGEROUS_CAPABILITIES } from '../vocabulary';
import { everyRule } from '../walk';

/** The message for one risky capability: `oneSysAdmin`; each keeps its risk a sentence of its own. */
export function oneCapabilityMessageId(capability: string): string {
  return `one${capability.replace(/(^|_)([a-z])/g, (_, __: string, letter: string) => letter.toUpperCase())}`;
}

const ONE_CAPABILITY: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(DANGEROUS_CAPABILITIES).map(([capability, risk]) =>
  [oneCapabilityMessageId(capability), `This allows ${capability} (${risk}). Remove it unless the application truly needs it.`]));

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
    messages: {
      everyCapability: 'A bare "capability," allows every capability the container holds. List only the ones the application needs, e.g. "capability net_bind_service,".',
      ...ONE_CAPABILITY,
      severalCapabilities: 'This allows {{capabilities}}, each of which can be enough to break out of the container. Remove them unless the application truly needs them.',
    },
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
        hits.push({ ...span, messageId: 'everyCapability' });
        continue;
      }
      const risky = r.capabilities.filter((c) => Object.hasOwn(DANGEROUS_CAPABILITIES, c));
      const [only] = risky;
      if (only === undefined) continue;
      if (risky.length === 1) hits.push({ ...span, messageId: oneCapabilityMessageId(only) });
      else hits.push({ ...span, messageId: 'severalCapabilities', data: { capabilities: risky.join(', ') } });
    }
    return hits;
  },
};
