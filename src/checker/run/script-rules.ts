import type { Rule } from '../core/types';
import type { RunScriptModel } from './model';
import { rule as imageVerifyNotEnforced } from './rules/image-verify-not-enforced';

/** Rules on a script as a whole (the order of its steps), which Compose files do not have. */
export const SCRIPT_RULES: readonly Rule<RunScriptModel>[] = [imageVerifyNotEnforced];
