import type { Finding, Severity } from '../checker/core/types';
import type { FileReport } from './io';

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

function summary(reports: readonly FileReport[]): string {
  const all = reports.flatMap((r) => r.findings);
  const files = plural(reports.length, 'file');
  if (all.length === 0) return `No problems found in ${files}.`;
  const count = (severity: Severity): number => all.filter((f) => f.severity === severity).length;
  const infos = count('info');
  const parts = [plural(count('error'), 'error'), plural(count('warning'), 'warning'), `${infos} info`];
  return `${plural(all.length, 'problem')} (${parts.join(', ')}) in ${files}.`;
}

function line(path: string, finding: Finding, palette: Palette): string {
  const where = palette.location(`${path}:${finding.line}:${finding.column}`);
  const severity = palette.severity[finding.severity](finding.severity);
  return `${where} ${severity} ${palette.ruleId(finding.ruleId)} ${finding.message}`;
}

/** Where each rule found is explained: its page on the Shipshape site (what, why, how to fix). */
function learnMore(reports: readonly FileReport[], ruleUrl: (id: string) => string | undefined, palette: Palette): string[] {
  const ids = [...new Set(reports.flatMap((r) => r.findings.map((f) => f.ruleId)))].sort();
  const width = Math.max(0, ...ids.map((id) => id.length));
  const links = ids.flatMap((id) => {
    const url = ruleUrl(id);
    return url ? [`  ${palette.ruleId(id.padEnd(width))}  ${url}`] : [];
  });
  return links.length === 0 ? [] : ['Why each rule matters and how to fix it:', ...links];
}

/**
 * `path:line:col severity rule-id message`, one per finding, then a summary line and the page that
 * explains each rule found.
 */
export function formatText(reports: readonly FileReport[], color: boolean, ruleUrl: (id: string) => string | undefined = () => undefined): string {
  const palette = color ? COLORS : NO_COLORS;
  const lines = reports.flatMap((r) => r.findings.map((f) => line(r.path, f, palette)));
  if (reports.length > 0) lines.push(palette.summary(summary(reports)));
  lines.push(...learnMore(reports, ruleUrl, palette));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
