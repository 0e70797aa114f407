import { applyGlobalSuppressions } from './global-suppressions';
import { INTERNAL_ERROR } from './internal-error';
import type { Finding } from './types';
import { SUPPRESSION_MESSAGES, UNUSED_SUPPRESSION } from './suppression-messages';
import { worded } from './worded';

const MARKER = /#\s*shipshape\s+ignore=([A-Za-z0-9_,\s-]+)/;
const BLANK_OR_COMMENT = /^\s*(#.*)?$/;

/** A check that could not run is never silenced: a suppression would turn it back into a pass. */
const UNSUPPRESSIBLE = new Set([INTERNAL_ERROR]);

interface Suppression {
  /** Line of the comment. */
  line: number;
  /** Line whose findings it silences: the next line that is not blank or a comment. */
  target: number;
  ids: string[];
  used: Set<string>;
  /** Length of the comment line, for the span of an unused-suppression finding. */
  width: number;
}

/**
 * Finds `# shipshape ignore=rule-a,rule-b` comments; each applies to the next line with content.
 * One backward pass gives every line its next content line, so a stack of comments costs no rescans.
 */
export function findSuppressions(text: string): Suppression[] {
  const lines = text.split(/\r\n|\r|\n/);
  const found: Suppression[] = [];
  let nextContent = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    const match = line.includes('shipshape') ? MARKER.exec(line) : null;
    if (match?.[1]) {
      const ids = match[1].split(',').map((s) => s.trim()).filter(Boolean);
      found.push({ line: i + 1, target: nextContent + 1, ids, used: new Set(), width: line.length });
    }
    if (!BLANK_OR_COMMENT.test(line)) nextContent = i;
  }
  return found.reverse();
}

/** Index of the first suppression whose target is at or after `line` (suppressions sorted by target). */
function firstAtOrAfter(sorted: readonly Suppression[], line: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid]?.target ?? 0) < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The suppression that silences `f`: one aimed at a line the finding covers. */
function silencer(sorted: readonly Suppression[], f: Finding): Suppression | undefined {
  for (let i = firstAtOrAfter(sorted, f.line); i < sorted.length; i++) {
    const s = sorted[i];
    if (!s || s.target > f.endLine) break;
    if (s.ids.includes(f.ruleId)) return s;
  }
  return undefined;
}

/**
 * Drops findings silenced by a suppression comment and reports the suppressions that silenced
 * nothing, since a stale suppression hides the next real problem on that line.
 */
export function applySuppressions(text: string, all: Finding[]): Finding[] {
  if (!text.includes('shipshape')) return all;
  const findings = applyGlobalSuppressions(text, all);
  const suppressions = findSuppressions(text);
  if (suppressions.length === 0) return findings;
  // Stable sort: comments stacked above one line keep their written order.
  const byTarget = [...suppressions].sort((a, b) => a.target - b.target);
  const kept = findings.filter((f) => {
    if (UNSUPPRESSIBLE.has(f.ruleId)) return true;
    const s = silencer(byTarget, f);
    if (!s) return true;
    s.used.add(f.ruleId);
    return false;
  });
  for (const s of suppressions) {
    for (const id of s.ids) {
      if (s.used.has(id)) continue;
      kept.push({
        ruleId: UNUSED_SUPPRESSION,
        severity: 'info',
        ...worded(SUPPRESSION_MESSAGES, 'unusedOnLine', { rule: id, line: s.target }),
        line: s.line,
        column: 1,
        endLine: s.line,
        endColumn: 1 + s.width,
      });
    }
  }
  return kept;
}
