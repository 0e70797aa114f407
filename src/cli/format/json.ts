import type { PeerRefs } from '../../checker/core/types';
import { lessonUrl } from '../../checker/registry/urls';
import type { FormatContext, LintReport } from '../report';

/**
 * The stable JSON shape (documented in the README): files with their findings, then the run's
 * notices. A finding no catalogue rule produces (a parse diagnostic) has no lesson and no refs.
 * `messageId` and `data` say the same as `message` in a form a script can match whatever the
 * language of the message.
 */
export function formatJson(report: LintReport, ctx: FormatContext): string {
  const files = report.files.map((file) => ({
    path: file.path,
    kind: file.kind,
    ...(file.mergedWith.length > 0 ? { mergedWith: file.mergedWith } : {}),
    findings: file.findings.map((f) => {
      const rule = ctx.ruleById(f.ruleId);
      const refs: PeerRefs = rule?.refs ?? {};
      return {
        ruleId: f.ruleId,
        severity: f.severity,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        message: f.message,
        ...(f.messageId === undefined ? {} : { messageId: f.messageId }),
        ...(f.data === undefined ? {} : { data: f.data }),
        lesson: rule ? lessonUrl(rule.lesson) : null,
        refs,
      };
    }),
  }));
  const notices = report.notices.map((n) => ({ level: n.level, message: n.message, ...(n.path === undefined ? {} : { path: n.path }) }));
  return `${JSON.stringify({ files, notices }, null, 2)}\n`;
}
