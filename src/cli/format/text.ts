import type { Finding, Severity } from '../../checker/core/types';
import { absolute } from '../site-links';
import type { FileReport, FormatContext, LintReport } from '../report';
import { terminalSafe } from '../terminal-safe';

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

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The lines the text format writes itself, in Simplified Chinese; findings come localized already. */
const ZH_CN = {
  none: (files: number) => `在 ${files} 个文件中没有发现问题。`,
  found: (total: number, errors: number, warnings: number, infos: number, files: number) =>
    `在 ${files} 个文件中发现 ${total} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示）。`,
  learnMore: '每条规则为什么重要、如何修复：',
};

function summary(reports: readonly FileReport[], ctx: FormatContext): string {
  const all = reports.flatMap((r) => r.findings);
  if (ctx.locale === 'zh-cn') {
    const n = (severity: Severity): number => all.filter((f) => f.severity === severity).length;
    return all.length === 0 ? ZH_CN.none(reports.length) : ZH_CN.found(all.length, n('error'), n('warning'), n('info'), reports.length);
  }
  const files = plural(reports.length, 'file');
  if (all.length === 0) return `No problems found in ${files}.`;
  const count = (severity: Severity): number => all.filter((f) => f.severity === severity).length;
  const parts = [plural(count('error'), 'error'), plural(count('warning'), 'warning'), `${count('info')} info`];
  return `${plural(all.length, 'problem')} (${parts.join(', ')}) in ${files}.`;
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
  const heading = ctx.locale === 'zh-cn' ? ZH_CN.learnMore : 'Why each rule matters and how to fix it:';
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
