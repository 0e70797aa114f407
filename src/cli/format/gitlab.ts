import { createHash } from 'node:crypto';
import type { Severity } from '../../checker/core/types';
import { UNCONFIGURABLE_RULES } from '../config-base';
import type { FormatContext, LintReport } from '../report';

const SEVERITY: Record<Severity, string> = { error: 'critical', warning: 'major', info: 'info' };

/**
 * A finding's identity across commits: its rule, file and the text of the line it is on (not the
 * line number, so lines added above it do not make it look new), and how many identical ones precede it.
 */
function fingerprint(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

/** GitLab Code Quality JSON (docs.gitlab.com: ci/testing/code_quality), a Code Climate issue per finding. */
export function formatGitlab(report: LintReport, ctx: FormatContext): string {
  const issues: Record<string, unknown>[] = [];
  for (const file of report.files) {
    const lines = file.text.split(/\r\n|\r|\n/);
    const seen = new Map<string, number>();
    const path = ctx.relativePath(file.path);
    for (const f of file.findings) {
      const content = (lines[f.line - 1] ?? '').trim();
      const key = `${f.ruleId}\u0000${content}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      issues.push({
        type: 'issue',
        check_name: f.ruleId,
        description: f.message,
        categories: ['Security'],
        severity: UNCONFIGURABLE_RULES.has(f.ruleId) ? 'blocker' : SEVERITY[f.severity],
        fingerprint: fingerprint(['shipshape', f.ruleId, path, content, String(occurrence)]),
        location: { path, lines: { begin: f.line, end: Math.max(f.line, f.endLine) } },
      });
    }
  }
  for (const notice of report.notices) {
    if (notice.level !== 'error') continue;
    const path = notice.path === undefined ? '.' : ctx.relativePath(notice.path);
    issues.push({
      type: 'issue',
      check_name: 'shipshape',
      description: notice.message,
      categories: ['Bug Risk'],
      severity: 'blocker',
      fingerprint: fingerprint(['shipshape', 'notice', path, notice.message]),
      location: { path, lines: { begin: 1, end: 1 } },
    });
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
}
