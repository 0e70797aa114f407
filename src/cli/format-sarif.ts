import type { Finding, RuleMeta, Severity } from '../checker/core/types';
import { BINARY_INPUT, INPUT_TOO_LARGE } from '../checker/registry/input-guard';
import { lessonUrl, ruleUrl } from '../checker/registry/urls';
import type { About, CheckerApi, FileReport } from './io';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

/** GitHub ranks security alerts by this score (critical >= 9, high >= 7, medium >= 4, low below). */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.5', info: '2.0' };

/** Findings that no catalogue rule produces: what reading the file itself turned up. */
const BUILT_IN: Record<string, string> = {
  [INPUT_TOO_LARGE]: 'The file is larger than 5 MB and was not analysed.',
  [BINARY_INPUT]: 'The file contains NUL bytes, so it is not text and was not analysed.',
  'unused-suppression': 'A "# shipshape ignore=" comment silences nothing and could hide a future finding.',
  'internal-error': 'A check failed on this input; its findings are missing.',
};

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

/** A site path made absolute against the site's address, when there is one. */
export function absolute(path: string, homepage: string | undefined): string | undefined {
  if (!homepage) return undefined;
  try {
    return new URL(path.replace(/^\//, ''), homepage.endsWith('/') ? homepage : `${homepage}/`).href;
  } catch {
    return undefined;
  }
}

function pascalCase(id: string): string {
  return id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

function catalogueDescriptor(rule: RuleMeta, homepage: string | undefined): ReportingDescriptor {
  const helpUri = absolute(ruleUrl(rule.id), homepage);
  const lessonUri = absolute(lessonUrl(rule.lesson), homepage);
  const lesson = lessonUri ?? lessonUrl(rule.lesson);
  // A site-relative link would resolve against the code-scanning page, so only an absolute one becomes a link.
  const lessonMarkdown = lessonUri ? `[${rule.lesson}](${lessonUri})` : `\`${lesson}\` on the Shipshape site`;
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.why },
    help: {
      text: `${rule.fix}\n\nLesson: ${lesson}`,
      markdown: `${rule.fix}\n\n**Why:** ${rule.why}\n\nLearn more in the lesson: ${lessonMarkdown}`,
    },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['security', ...rule.appliesTo], 'security-severity': SECURITY_SEVERITY[rule.severity] },
  };
}

function builtInDescriptor(finding: Finding): ReportingDescriptor {
  const text = BUILT_IN[finding.ruleId] ?? 'A problem found while reading the file, before any rule ran.';
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

/**
 * A SARIF 2.1.0 log with one run. `uriOf` turns a report's path into the relative URI
 * code scanning matches against the repository.
 */
export function formatSarif(
  reports: readonly FileReport[],
  api: CheckerApi,
  about: About,
  uriOf: (path: string) => string,
): string {
  const descriptors = api.allRules().map((rule) => catalogueDescriptor(rule, about.homepage));
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const results = reports.flatMap((report) => report.findings.map((f) => {
    if (!index.has(f.ruleId)) {
      index.set(f.ruleId, descriptors.length);
      descriptors.push(builtInDescriptor(f));
    }
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? 0,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: uriOf(report.path) },
          region: region(f),
        },
      }],
    };
  }));
  const driver = {
    name: 'Shipshape',
    version: about.version,
    semanticVersion: about.version,
    ...(about.homepage ? { informationUri: about.homepage } : {}),
    rules: descriptors,
  };
  const log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', results }] };
  return `${JSON.stringify(log, null, 2)}\n`;
}
