import { SEVERITY_RANK, type Finding, type Severity } from '../checker/core/types';
import { UNCONFIGURABLE_RULES, type Config } from './config-base';
import type { FileReport, Notice } from './report';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
/** A usage error, a file that could not be read, or a check that could not run: never a pass. */
export const EXIT_ERROR = 2;

/** Severities set in the configuration; `off` drops the rule's findings. Findings that say a check could not run are left alone. */
export function applyRuleSettings(findings: readonly Finding[], config: Config): Finding[] {
  if (config.rules.size === 0) return [...findings];
  return findings.flatMap((f) => {
    const setting = UNCONFIGURABLE_RULES.has(f.ruleId) ? undefined : config.rules.get(f.ruleId);
    if (setting === undefined) return [f];
    return setting === 'off' ? [] : [{ ...f, severity: setting }];
  });
}

/** --min-severity hides findings below it, except those that say a file could not be checked. */
export function atLeast(findings: readonly Finding[], min: Severity): Finding[] {
  const threshold = SEVERITY_RANK[min];
  return findings.filter((f) => UNCONFIGURABLE_RULES.has(f.ruleId) || SEVERITY_RANK[f.severity] >= threshold);
}

export function exitCode(files: readonly FileReport[], notices: readonly Notice[], failOn: Severity): number {
  const findings = files.flatMap((f) => f.findings);
  if (notices.some((n) => n.level === 'error') || findings.some((f) => UNCONFIGURABLE_RULES.has(f.ruleId))) return EXIT_ERROR;
  const threshold = SEVERITY_RANK[failOn];
  return findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? EXIT_FINDINGS : EXIT_CLEAN;
}
