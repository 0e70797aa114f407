import type { FormatContext, LintReport } from '../report';
import { attrs } from './xml';

/** Checkstyle XML, which review tools (reviewdog, Jenkins warnings, SonarQube imports) read. */
export function formatCheckstyle(report: LintReport, _ctx: FormatContext): string {
  const files = report.files.map((file) => {
    const errors = file.findings.map((f) => `    <error${attrs([
      ['line', f.line], ['column', f.column], ['severity', f.severity], ['message', f.message], ['source', `shipshape.${f.ruleId}`],
    ])}/>\n`);
    return `  <file${attrs([['name', file.path]])}>\n${errors.join('')}  </file>\n`;
  });
  const problems = report.notices.filter((n) => n.level !== 'note').map((n) =>
    `  <file${attrs([['name', n.path ?? 'shipshape']])}>\n    <error${attrs([['severity', n.level], ['message', n.message], ['source', 'shipshape']])}/>\n  </file>\n`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n${[...files, ...problems].join('')}</checkstyle>\n`;
}
