import type { ProjectLint } from '../checker/compose/merge/lint';
import type { ProjectOptions, SourceFile } from '../checker/compose/merge/project';
import type { Finding, Kind, RuleMeta } from '../checker/core/types';
import type { ExplainInput, ExplainOptions } from '../checker/explain/explain';
import type { Explanation } from '../checker/explain/types';
import type { Version } from '../checker/kubernetes/pod-security/version';

export interface LintOptions {
  /** From the configuration; null when it names none, which turns the registry rule off. */
  trustedRegistries: readonly string[] | null;
  podSecurity?: { level: 'privileged' | 'baseline' | 'restricted'; version: string } | null;
}

/** What `lint` needs: the checkers of some kinds, and their rules. */
export interface LintApi {
  lintText(kind: Kind, text: string, options: LintOptions): Finding[];
  /** Only when the Compose checker is among those loaded. */
  lintCompose(sources: readonly SourceFile[], options: ProjectOptions & LintOptions): ProjectLint;
  /** The rules of the kinds loaded, once each, sorted by id. */
  allRules(): readonly RuleMeta[];
  ruleById(id: string): RuleMeta | undefined;
}

/** The whole checker: every kind and rule, and `explain`. */
export interface CheckerApi extends LintApi {
  explain(inputs: readonly ExplainInput[], options: ExplainOptions): Explanation;
  parseVersion(text: string): { version: Version; clamped: boolean } | null;
  /** The newest Kubernetes version whose Pod Security Standards Shipshape knows, e.g. "1.37". */
  newestKubernetes: string;
}

/** How the CLI gets the checker, loaded only once a command needs it, and only as much as it needs. */
export interface CheckerLoaders {
  all(): Promise<CheckerApi>;
  forKinds(kinds: readonly Kind[]): Promise<LintApi>;
}
