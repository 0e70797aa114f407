/** What kind of text a checker reads. */
export type Kind = 'dockerfile' | 'run' | 'apparmor' | 'compose' | 'kubernetes' | 'seccomp';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** 1-based lines and columns; endColumn is exclusive. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Equivalent rule ids in other tools, so a team can map our findings onto theirs. */
export interface PeerRefs {
  hadolint?: string[];
  trivy?: string[];
  checkov?: string[];
  kics?: string[];
  dockle?: string[];
  semgrep?: string[];
  polaris?: string[];
  /** CIS Docker Benchmark / docker-bench-security check numbers, e.g. "5.4". */
  dockerBench?: string[];
  /** Kubernetes Pod Security Standards control names. */
  pss?: string[];
}

export interface RuleMeta {
  /** Stable kebab-case id; appears in findings, suppressions and /rules/<id>/. */
  id: string;
  title: string;
  severity: Severity;
  /** Kinds whose checker runs this rule (a runtime rule serves `docker run` lines and Compose alike). */
  appliesTo: Kind[];
  /** Slug of the lesson that teaches it (content/lessons/<slug>). */
  lesson: string;
  /** One or two sentences: what goes wrong if this is ignored. */
  why: string;
  /** How to fix it, in one or two sentences. */
  fix: string;
  refs: PeerRefs;
  /** Short snippets for the rule's page: one that triggers the rule, one that does not. */
  examples: { bad: string; good: string };
  /**
   * What a finding says, by message id, in English: the problem, then what to change. Placeholders are
   * `{{name}}`, filled from the hit's data. Translations word the same ids (src/checker/i18n).
   */
  messages: Readonly<Record<string, string>>;
}

/**
 * The values a message's placeholders are filled with: code, paths, names and numbers, never words of
 * a language (a sentence that needs another word has a message id of its own).
 */
export type MessageData = Readonly<Record<string, string | number>>;

interface HitPlace {
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** For rules whose hits differ in gravity (e.g. one capability is an error, another a warning). */
  severity?: Severity;
}

/** What a rule's check reports: one of its rule's `meta.messages` with the data for its placeholders; the engine turns it into a Finding. */
export interface Hit extends HitPlace {
  messageId: string;
  data?: MessageData;
}

/** Settings a team gives the checker (`.shipshape.yaml`); a rule that needs none ignores them. */
export interface CheckOptions {
  /** Registry hosts images may come from (`docker.io`, `*.gcr.io`); absent means any. */
  trustedRegistries?: readonly string[];
  /**
   * The Pod Security level (and policy version, `latest` or `v1.N`) that workloads are admitted under when
   * the file does not hold their Namespace; absent means the cluster default, which admits every pod.
   */
  podSecurity?: { level: 'privileged' | 'baseline' | 'restricted'; version: string };
}

export interface Rule<M> {
  meta: RuleMeta;
  check(model: M, options?: CheckOptions): Hit[];
}

export interface Finding extends Span {
  ruleId: string;
  severity: Severity;
  /** In English; `messageId` and `data` let a reader in another language word it again. */
  message: string;
  messageId?: string;
  data?: MessageData;
}

/** A parser for one kind: text in, model out; never throws, reports syntax problems as diagnostics. */
export interface KindChecker<M> {
  kind: Kind;
  parse(text: string): M & { diagnostics: Finding[] };
  rules: readonly Rule<M>[];
}
