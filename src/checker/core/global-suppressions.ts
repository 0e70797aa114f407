import { INTERNAL_ERROR } from './internal-error';
import type { Finding } from './types';
import { SUPPRESSION_MESSAGES, UNUSED_SUPPRESSION } from './suppression-messages';
import { worded } from './worded';

/** `# shipshape global ignore=rule-a,rule-b`: the rules are silenced in the whole file. */
const GLOBAL_MARKER = /#\s*shipshape\s+global\s+ignore=([A-Za-z0-9_,\s-]+)/;

interface GlobalSuppression {
  line: number;
  ids: string[];
  width: number;
}

function findGlobalSuppressions(text: string): GlobalSuppression[] {
  const found: GlobalSuppression[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const match = line.includes('global') ? GLOBAL_MARKER.exec(line) : null;
    if (match?.[1]) found.push({ line: i + 1, ids: match[1].split(',').map((s) => s.trim()).filter(Boolean), width: line.length });
  });
  return found;
}

/**
 * Drops the findings of rules a file-wide comment silences (never an internal error: a check that
 * could not run must not read as a pass) and reports each silenced id that matched nothing.
 */
export function applyGlobalSuppressions(text: string, findings: Finding[]): Finding[] {
  const suppressions = findGlobalSuppressions(text);
  if (suppressions.length === 0) return findings;
  const silenced = new Set(suppressions.flatMap((s) => s.ids));
  const used = new Set<string>();
  const kept = findings.filter((f) => {
    if (f.ruleId === INTERNAL_ERROR || !silenced.has(f.ruleId)) return true;
    used.add(f.ruleId);
    return false;
  });
  for (const s of suppressions) {
    for (const id of s.ids) {
      if (used.has(id)) continue;
      kept.push({
        ruleId: UNUSED_SUPPRESSION,
        severity: 'info',
        ...worded(SUPPRESSION_MESSAGES, 'unusedInFile', { rule: id }),
        line: s.line, column: 1, endLine: s.line, endColumn: 1 + s.width,
      });
    }
  }
  return kept;
}
