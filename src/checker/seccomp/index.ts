import type { KindChecker } from '../core/types';
import type { SeccompModel } from './model';
import { parseSeccompText } from './parse';
import { seccompRules } from './rules';

/**
 * Seccomp profiles in Docker's JSON format, a bare OCI seccomp object, or an OCI config.json:
 * `parseSeccomp` turns text into a model with the span of every value (never throws), and
 * `seccompChecker` runs the rules.
 */
export type * from './model';
export { ALLOWING_ACTIONS, SECCOMP_ACTIONS } from './model';
export { SYNTAX_RULE_ID } from './parse';
export { dangerOf, DANGER_GROUPS } from './dangerous';
export { seccompRules };

export function parseSeccomp(text: string): SeccompModel {
  return parseSeccompText(text);
}

export const seccompChecker: KindChecker<SeccompModel> = {
  kind: 'seccomp',
  parse: parseSeccomp,
  rules: seccompRules,
};
