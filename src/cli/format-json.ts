import type { PeerRefs } from '../checker/core/types';
import { lessonUrl } from '../checker/registry/urls';
import type { CheckerApi, FileReport } from './io';

/** The stable JSON shape: a finding without a catalogue rule (a parse diagnostic) has no lesson and no refs. */
export function formatJson(reports: readonly FileReport[], api: CheckerApi): string {
  const files = reports.map((report) => ({
    path: report.path,
    kind: report.kind,
    findings: report.findings.map((f) => {
      const rule = api.ruleById(f.ruleId);
      const refs: PeerRefs = rule?.refs ?? {};
      return {
        ruleId: f.ruleId,
        severity: f.severity,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        message: f.message,
        lesson: rule ? lessonUrl(rule.lesson) : null,
        refs,
      };
    }),
  }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}
