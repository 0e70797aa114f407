/**
 * The checker for the kinds of files a lint found, and only those: linting Dockerfiles loads neither
 * the YAML parser nor the Kubernetes, Compose, AppArmor or seccomp checkers.
 */
import type { Kind } from '../checker/core/types';
import { loadRegistry } from '../checker/registry/load-kinds';
import type { LintApi } from './api';
import { checkOptions, projectOptions } from './check-options';

export async function lintApiFor(kinds: readonly Kind[]): Promise<LintApi> {
  const [registry, compose] = await Promise.all([
    loadRegistry(kinds),
    kinds.includes('compose') ? import('../checker/compose/merge/lint') : null,
  ]);
  return {
    lintText: (kind, text, options) => registry.lintText(kind, text, checkOptions(options)),
    lintCompose: (sources, options) => {
      if (!compose) throw new Error('The Compose checker was not loaded.');
      return compose.lintComposeProject(sources, projectOptions(options));
    },
    allRules: registry.allRules,
    ruleById: registry.ruleById,
  };
}
