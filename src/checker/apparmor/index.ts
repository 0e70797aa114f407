import type { KindChecker } from '../core/types';
import type { AppArmorModel } from './model';
import { parseAppArmorText } from './parser';
import { apparmorRules } from './rules';

/**
 * AppArmor profiles: `parseAppArmor` turns text into a model (never throws), `apparmorChecker` runs
 * the rules, and the query functions answer what a loaded profile lets a process do, for the
 * simulated terminal and for exercise goals.
 */
export type * from './model';
export { SYNTAX_RULE_ID } from './parser';
export { globMatches } from './glob';
export { isApproximated } from './abstractions';
export { capabilityAllowed, fileAccess, findProfile, mountAllowed, networkAllowed, type FileAccessOptions } from './query';
export { everyProfile, everyRule } from './walk';
export { apparmorRules };

/** Parses AppArmor profile text; never throws, syntax problems become diagnostics. */
export function parseAppArmor(text: string): AppArmorModel {
  return parseAppArmorText(text);
}

export const apparmorChecker: KindChecker<AppArmorModel> = {
  kind: 'apparmor',
  parse: parseAppArmor,
  rules: apparmorRules,
};
