import type { ProjectOptions } from '../checker/compose/merge/project';
import type { CheckOptions } from '../checker/core/types';
import type { LintOptions } from './api';

/** The configuration's settings as the checker takes them: a setting the configuration leaves out is not passed. */
export function checkOptions(options: LintOptions): CheckOptions {
  return {
    ...(options.trustedRegistries ? { trustedRegistries: options.trustedRegistries } : {}),
    ...(options.podSecurity ? { podSecurity: options.podSecurity } : {}),
  };
}

/** The options of a Compose project lint as the checker takes them. */
export function projectOptions(options: ProjectOptions & LintOptions): ProjectOptions & CheckOptions {
  return { profiles: options.profiles, ...(options.readFile ? { readFile: options.readFile } : {}), ...checkOptions(options) };
}
