import type { Finding } from './types';

const MARKER = /#\s*shipshape\s+ignore=([A-Za-z0-9_,\s-]+)/;

interface Suppression {
  /** Line of the comment. */
  line: number;
  /** Line whose findings it silences: the next line that is not blank or a comment. */
  target: number;
  ids: string[];
  used: Set<string>;
}

/** Finds `# shipshape ignore=rule-a,rule-b` comments; each applies to the next line with content. */
export function findSuppressions(text: string): Suppression[] {
  const lines = text.split(/\r\n|\r|\n/);
  const found: Suppression[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = MARKER.exec(lines[i] ?? '');
    if (!match?.[1]) continue;
    let target = i + 1;
    while (target < lines.length && /^\s*(#.*)?$/.test(lines[target] ?? '')) target++;
    const ids = match[1].split(',').map((s) => s.trim()).filter(Boolean);
    found.push({ line: i + 1, target: target + 1, ids, used: new Set() });
  }
  return found;
}

/**
 * Drops findings silenced by a suppression comment and reports the suppressions that silenced
 * nothing, since a stale suppression hides the next real problem on that line.
 */
export function applySuppressions(text: string, findings: Finding[]): Finding[] {
  if (!text.includes('shipshape')) return findings;
  const suppressions = findSuppressions(text);
  if (suppressions.length === 0) return findings;
  const kept = findings.filter((f) => {
    const s = suppressions.find((x) => f.line <= x.target && x.target <= f.endLine && x.ids.includes(f.ruleId))
      ?? suppressions.find((x) => x.target === f.line && x.ids.includes(f.ruleId));
    if (!s) return true;
    s.used.add(f.ruleId);
    return false;
  });
  for (const s of suppressions) {
    for (const id of s.ids) {
      if (s.used.has(id)) continue;
      kept.push({
        ruleId: 'unused-suppression',
        severity: 'info',
        message: `The suppression of "${id}" silences nothing on line ${s.target}; remove it so it cannot hide a future finding.`,
        line: s.line,
        column: 1,
        endLine: s.line,
        endColumn: 1 + (text.split(/\r\n|\r|\n/)[s.line - 1]?.length ?? 0),
      });
    }
  }
  return kept;
}
