import { SEVERITY_RANK, type Finding, type RuleMeta, type Severity } from '../../checker/core/types';
import { lessonUrl, ruleUrl } from '../../checker/registry/urls';
import { UNCONFIGURABLE_RULES } from '../config-base';
import type { FormatContext, LintReport, Notice } from '../report';
import { absolute } from '../site-links';
import { ruleText } from '../../checker/i18n';
import type { Locale } from '../../i18n/locales';
import { cliMessages, type CliMessages } from '../messages';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * GitHub code scanning rejects a run with more results than this ("SARIF results exceed hard limit",
 * docs.github.com: code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit).
 */
export const MAX_SARIF_RESULTS = 25_000;

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

/** GitHub ranks security alerts by this score (critical >= 9, high >= 7, medium >= 4, low below). */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.5', info: '2.0' };

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help?: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: Level };
  properties: { tags: string[]; 'security-severity'?: string };
}

function pascalCase(id: string): string {
  return id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

function catalogueDescriptor(rule: RuleMeta, homepage: string | undefined, locale: Locale): ReportingDescriptor {
  const m = cliMessages(locale).sarif;
  const text = ruleText(rule, locale);
  const helpUri = absolute(ruleUrl(rule.id), homepage);
  const lessonUri = absolute(lessonUrl(rule.lesson), homepage);
  const lesson = lessonUri ?? lessonUrl(rule.lesson);
  // A site-relative link would resolve against the code-scanning page, so only an absolute one becomes a link.
  const lessonMarkdown = lessonUri ? `[${rule.lesson}](${lessonUri})` : m.lessonOffline(lesson, rule.id);
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: text.title },
    fullDescription: { text: text.why },
    help: {
      text: `${text.fix}\n\n${m.lessonText(lesson)}`,
      markdown: `${text.fix}\n\n${m.why} ${text.why}\n\n${m.learnMore(lessonMarkdown)}`,
    },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['security', ...rule.appliesTo], 'security-severity': SECURITY_SEVERITY[rule.severity] },
  };
}

/** For findings that no catalogue rule produces: what reading the file itself turned up. */
function builtInDescriptor(finding: Finding, m: CliMessages): ReportingDescriptor {
  const text = m.sarif.builtIn[finding.ruleId] ?? m.sarif.builtInOther;
  return {
    id: finding.ruleId,
    name: pascalCase(finding.ruleId),
    shortDescription: { text },
    fullDescription: { text },
    defaultConfiguration: { level: LEVEL[finding.severity] },
    properties: { tags: ['shipshape'] },
  };
}

/** SARIF regions are 1-based with an exclusive end column, like findings; clamp whatever a rule got wrong. */
function region(f: Finding): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  const startLine = Math.max(1, f.line);
  const startColumn = Math.max(1, f.column);
  const endLine = Math.max(startLine, f.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, f.endColumn) : Math.max(1, f.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

interface Located {
  path: string;
  finding: Finding;
}

/** The most severe results up to the cap, kept in their original order. */
function capped(all: readonly Located[]): Located[] {
  if (all.length <= MAX_SARIF_RESULTS) return [...all];
  const keep = all
    .map((item, index) => ({ item, index }))
    .sort((a, b) => SEVERITY_RANK[b.item.finding.severity] - SEVERITY_RANK[a.item.finding.severity] || a.index - b.index)
    .slice(0, MAX_SARIF_RESULTS)
    .sort((a, b) => a.index - b.index);
  return keep.map((k) => k.item);
}

function notification(notice: Notice, ctx: FormatContext): Record<string, unknown> {
  return {
    level: notice.level,
    message: { text: notice.message },
    ...(notice.path === undefined ? {} : { locations: [{ physicalLocation: { artifactLocation: { uri: ctx.uriOf(notice.path) } } }] }),
  };
}

/**
 * A SARIF 2.1.0 log with one run. Files that could not be read, checks that could not run and results
 * left out because of code scanning's limit are tool execution notifications, so they are never silent.
 */
export function formatSarif(report: LintReport, ctx: FormatContext): string {
  const m = cliMessages(ctx.locale);
  const descriptors = ctx.allRules.map((rule) => catalogueDescriptor(rule, ctx.about.homepage, ctx.locale));
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const all: Located[] = report.files.flatMap((file) => file.findings.map((finding) => ({ path: file.path, finding })));
  const kept = capped(all);
  const results = kept.map(({ path, finding: f }) => {
    if (!index.has(f.ruleId)) {
      index.set(f.ruleId, descriptors.length);
      descriptors.push(builtInDescriptor(f, m));
    }
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? 0,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: ctx.uriOf(path) }, region: region(f) } }],
    };
  });
  const notices: Notice[] = [...report.notices];
  for (const { path, finding } of all) {
    if (UNCONFIGURABLE_RULES.has(finding.ruleId)) notices.push({ level: 'error', message: `${path}: ${finding.message}`, path });
  }
  if (kept.length < all.length) {
    notices.push({
      level: 'warning',
      message: m.notice.sarifCapped(all.length, MAX_SARIF_RESULTS),
    });
  }
  const driver = {
    name: 'Shipshape',
    version: ctx.about.version,
    semanticVersion: ctx.about.version,
    ...(ctx.about.homepage ? { informationUri: ctx.about.homepage } : {}),
    rules: descriptors,
  };
  const invocation = {
    executionSuccessful: !notices.some((n) => n.level === 'error'),
    toolExecutionNotifications: notices.map((n) => notification(n, ctx)),
  };
  const run = { tool: { driver }, invocations: [invocation], columnKind: 'utf16CodeUnits', results };
  return `${JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }, null, 2)}\n`;
}
