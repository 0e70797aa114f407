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

/** The part of the checker the CLI uses, loaded only once a command needs it. */
export interface CheckerApi {
  lintText(kind: Kind, text: string, options: LintOptions): Finding[];
  lintCompose(sources: readonly SourceFile[], options: ProjectOptions & LintOptions): ProjectLint;
  detectKind(fileName: string, text: string): Kind | null;
  allRules(): readonly RuleMeta[];
  ruleById(id: string): RuleMeta | undefined;
  explain(inputs: readonly ExplainInput[], options: ExplainOptions): Explanation;
  parseVersion(text: string): { version: Version; clamped: boolean } | null;
  /** The newest Kubernetes version whose Pod Security Standards Shipshape knows, e.g. "1.37". */
  newestKubernetes: string;
}
