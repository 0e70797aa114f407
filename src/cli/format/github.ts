import type { Severity } from '../../checker/core/types';
import type { FormatContext, LintReport, Notice } from '../report';
import { terminalSafe } from '../terminal-safe';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };
const NOTICE_COMMAND: Record<Notice['level'], string> = { error: 'error', warning: 'warning', note: 'notice' };

/** @actions/core `escapeData`: the message part of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** @actions/core `escapeProperty`: a property value, where `:` and `,` separate the command's parts. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, properties: [string, string | number][], message: string): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(terminalSafe(String(value)))}`).join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(terminalSafe(message))}`;
}

/**
 * GitHub Actions workflow commands: one annotation per finding, shown on the pull request's changed
 * lines (docs.github.com: actions/reference/workflow-commands-for-github-actions).
 */
export function formatGithub(report: LintReport, ctx: FormatContext): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const f of file.findings) {
      lines.push(command(COMMAND[f.severity], [
        ['file', ctx.relativePath(file.path)], ['line', f.line], ['col', f.column],
        ['endLine', f.endLine], ['endColumn', f.endColumn], ['title', f.ruleId],
      ], f.message));
    }
  }
  for (const notice of report.notices) {
    if (notice.level === 'note') continue;
    lines.push(command(NOTICE_COMMAND[notice.level], notice.path === undefined ? [] : [['file', ctx.relativePath(notice.path)]], notice.message));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
