/**
 * The checker as the CLI sees it. This module is imported only after the command line has been
 * read, so `--version`, `--help` and usage errors never load a parser.
 */
import { lintComposeProject } from '../checker/compose/merge/lint';
import { allRules, detectKind, lintText, ruleById } from '../checker/index';
import type { CheckerApi } from './api';

export const checkerApi: CheckerApi = {
  lintText: (kind, text) => lintText(kind, text),
  lintCompose: (sources, options) => lintComposeProject(sources, options),
  detectKind,
  allRules,
  ruleById,
};
