/**
 * The learner's file beside the solution, line by line (jsdiff), for the Compare dialog. Pure: the
 * rows are computed here and drawn by compare-view.ts. Monaco's diff editor did this before, at the
 * cost of its diff worker (about 90 KB gzip) on every lesson page.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';

export interface DiffPart {
  text: string;
  /** Part of what changed within a line that has a counterpart on the other side. */
  changed: boolean;
}

export interface DiffRow {
  kind: 'same' | 'mine' | 'solution';
  /** The line's number in the learner's file; absent for a line only in the solution. */
  mine?: number;
  /** The line's number in the solution; absent for a line only in the learner's file. */
  solution?: number;
  parts: DiffPart[];
}

export interface DiffSummary {
  onlyMine: number;
  onlySolution: number;
}

/** A file's lines; a final newline ends the last line rather than starting an empty one. */
function linesOf(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Below this share of a line kept, a pair of lines is a rewrite: marking its words would mark nearly all. */
const MIN_KEPT = 0.3;

/**
 * A removed line and the added line that replaces it, with the words that differ marked on each
 * side; null when the two have too little in common for marks to help.
 */
function pairWords(mine: string, solution: string): [DiffPart[], DiffPart[]] | null {
  const left: DiffPart[] = [];
  const right: DiffPart[] = [];
  let kept = 0;
  for (const change of diffWordsWithSpace(mine, solution)) {
    if (!change.added && !change.removed) kept += change.value.trim().length;
    if (!change.added) left.push({ text: change.value, changed: change.removed });
    if (!change.removed) right.push({ text: change.value, changed: change.added });
  }
  const longer = Math.max(mine.trim().length, solution.trim().length);
  return longer > 0 && kept / longer >= MIN_KEPT ? [left, right] : null;
}

export function diffRows(mine: string, solution: string): DiffRow[] {
  const rows: DiffRow[] = [];
  let a = 1;
  let b = 1;
  const changes = diffArrays(linesOf(mine), linesOf(solution));
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    if (!change) continue;
    if (!change.added && !change.removed) {
      for (const line of change.value) rows.push({ kind: 'same', mine: a++, solution: b++, parts: [{ text: line, changed: false }] });
      continue;
    }
    // jsdiff lists a replaced block as its removal, then its addition: pair their lines for word marks.
    const next = changes[i + 1];
    const removed = change.removed ? change.value : [];
    const added = change.removed && next?.added ? next.value : change.added ? change.value : [];
    if (change.removed && next?.added) i++;
    const pairs = Math.min(removed.length, added.length);
    const words = Array.from({ length: pairs }, (_, k) => pairWords(removed[k] ?? '', added[k] ?? ''));
    removed.forEach((line, k) => rows.push({ kind: 'mine', mine: a++, parts: words[k]?.[0] ?? [{ text: line, changed: false }] }));
    added.forEach((line, k) => rows.push({ kind: 'solution', solution: b++, parts: words[k]?.[1] ?? [{ text: line, changed: false }] }));
  }
  return rows;
}

export function summarize(rows: readonly DiffRow[]): DiffSummary {
  return {
    onlyMine: rows.filter((row) => row.kind === 'mine').length,
    onlySolution: rows.filter((row) => row.kind === 'solution').length,
  };
}
