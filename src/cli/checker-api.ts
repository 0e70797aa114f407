/**
 * The checker as the CLI sees it. This module is imported only after the command line has been
 * read, so `--version`, `--help` and usage errors never load a parser.
 */
import { lintComposeProject } from '../checker/compose/merge/lint';
import type { CheckOptions } from '../checker/core/types';
import { explain } from '../checker/explain/explain';
import { allRules, detectKind, lintText, ruleById } from '../checker/index';
import { LATEST, parseVersion, versionString } from '../checker/kubernetes/pod-security/version';
import type { CheckerApi, LintOptions } from './api';

function checkOptions(options: LintOptions): CheckOptions {
  return {
    ...(options.trustedRegistries ? { trustedRegistries: options.trustedRegistries } : {}),
    ...(options.podSecurity ? { podSecurity: options.podSecurity } : {}),
  };
}

export const checkerApi: CheckerApi = {
  lintText: (kind, text, options) => lintText(kind, text, checkOptions(options)),
  lintCompose: (sources, options) => lintComposeProject(sources, { profiles: options.profiles, ...(options.readFile ? { readFile: options.readFile } : {}), ...checkOptions(options) }),
  detectKind,
  allRules,
  ruleById,
  explain,
  parseVersion,
  newestKubernetes: versionString(LATEST),
};
