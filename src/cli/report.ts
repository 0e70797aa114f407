import type { Locale } from '../i18n/locales';
import type { Finding, Kind, RuleMeta, Severity } from '../checker/core/types';
import type { About } from './io';

/** One checked file, as every output format sees it. */
export interface FileReport {
  /** As the user typed it, relative to the working directory when found by walking, or `<stdin>`. */
  path: string;
  kind: Kind;
  /** After the configuration and --min-severity are applied. */
  findings: Finding[];
  /** The file's text, for formats that fingerprint a finding by the line it is on. */
  text: string;
  /** The other files of the Compose application this file was checked with. */
  mergedWith: string[];
}

/**
 * Something about the run rather than a finding in a file: a file that could not be read (error), or
 * one skipped on purpose (note). An error notice means the run cannot pass.
 */
export interface Notice {
  level: 'error' | 'warning' | 'note';
  message: string;
  path?: string;
}

export interface LintReport {
  files: FileReport[];
  notices: Notice[];
  failOn: Severity;
}

/** What a formatter needs besides the report. */
export interface FormatContext {
  about: About;
  allRules: readonly RuleMeta[];
  ruleById(id: string): RuleMeta | undefined;
  /** The relative URI code scanning and review tools match against the repository. */
  uriOf(path: string): string;
  /** The path relative to the working directory with `/` separators, unencoded. */
  relativePath(path: string): string;
  color: boolean;
  /** When the run happened, for formats that record it (JUnit). */
  now: Date;
  /** The language of the messages (--lang, or the locale environment). */
  locale: Locale;
}
