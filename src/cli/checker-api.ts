/**
 * The whole checker as the CLI sees it, for the commands that need every rule (`rules`, `explain`,
 * SARIF's rule catalogue, a configuration naming rules). Imported only after the command line has
 * been read, so `--version`, `--help` and usage errors never load a parser.
 */
import { lintComposeProject } from '../checker/compose/merge/lint';
import { explain } from '../checker/explain/explain';
import { allRules, lintText, ruleById } from '../checker/index';
import { LATEST, parseVersion, versionString } from '../checker/kubernetes/pod-security/version';
import type { CheckerApi } from './api';
import { checkOptions, projectOptions } from './check-options';

export const checkerApi: CheckerApi = {
  lintText: (kind, text, options) => lintText(kind, text, checkOptions(options)),
  lintCompose: (sources, options) => lintComposeProject(sources, projectOptions(options)),
  allRules,
  ruleById,
  explain,
  parseVersion,
  newestKubernetes: versionString(LATEST),
};
