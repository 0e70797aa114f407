import type { Finding, Severity } from '../../checker/core/types';
import { absolute } from '../site-links';
import type { FileReport, FormatContext, LintReport } from '../report';
import { terminalSafe } from '../terminal-safe';
import { cliMessages } from '../messages';

type Style = (text: string) => string;

interface Palette {
  severity: Record<Severity, Style>;
  location: Style;
  ruleId: Style;
  summary: Style;
}

const plain: Style = (text) => text;
const sgr = (code: string): Style => (text) => `\u001b[${code}m${text}\u001b[0m`;

const COLORS: Palette = {
  severity: { error: sgr('31'), warning: sgr('33'), info: sgr('36') },
  location: sgr('1'),
  ruleId: sgr('2'),
  summary: sgr('1'),
};
const NO_COLORS: Palette = {
  severity: { error: plain, warning: plain, info: plain },
  location: plain,
  ruleId: plain,
  summary: plain,
};

function summary(reports: readonly FileReport[], ctx: FormatContext): string {
  const m = cliMessages(ctx.locale).text;
  const all = reports.flatMap((r) => r.findings);
  const count = (severity: Severity): number => all.filter((f) => f.severity === severity).length;
  return all.length === 0 ? m.none(reports.length) : m.found(all.length, count('error'), count('warning'), count('info'), reports.length);
}

function line(path: string, finding: Finding, palette: Palette): string {
  const where = palette.location(`${terminalSafe(path)}:${finding.line}:${finding.column}`);
  const severity = palette.severity[finding.severity](finding.severity);
  return `${where} ${severity} ${palette.ruleId(terminalSafe(finding.ruleId))} ${terminalSafe(finding.message)}`;
}

/** Where each rule found is explained: its page on the published site, or `shipshape rules ID`, which works offline. */
function learnMore(reports: readonly FileReport[], ctx: FormatContext, palette: Palette): string[] {
  const ids = [...new Set(reports.flatMap((r) => r.findings.map((f) => f.ruleId)))].filter((id) => ctx.ruleById(id)).sort();
  if (ids.length === 0) return [];
  const site = ctx.about.homepage;
  const heading = cliMessages(ctx.locale).text.learnMore;
  if (!site) return [`${heading} shipshape rules ${ids.length === 1 ? ids[0] : 'RULE-ID'}`];
  const width = Math.max(...ids.map((id) => id.length));
  const links = ids.map((id) => `  ${palette.ruleId(id.padEnd(width))}  ${absolute(`/rules/${id}/`, site) ?? ''}`);
  return [heading, ...links];
}

/**
 * `path:line:col severity rule-id message`, one per finding, then a summary line and where each rule
 * found is explained. Text from the files is escaped: it never reaches the terminal as control characters.
 */
export function formatText(report: LintReport, ctx: FormatContext): string {
  const palette = ctx.color ? COLORS : NO_COLORS;
  const lines = report.files.flatMap((r) => r.findings.map((f) => line(r.path, f, palette)));
  if (report.files.length > 0) lines.push(palette.summary(summary(report.files, ctx)));
  lines.push(...learnMore(report.files, ctx, palette));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
