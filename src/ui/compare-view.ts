/**
 * Draws solution-diff.ts's rows as a table a screen reader can walk: each changed row says in words
 * which side it is on, and the words that differ within a line are <del> or <ins>.
 */
import type { CompareMessages } from '../i18n/compare/en';
import { locale } from '../i18n/page';
import type { DiffRow } from './solution-diff';
import { summarize } from './solution-diff';
import { cell } from './table-cell';
import './compare-view.css';

/** The table's words in the page's language, loaded the first time the dialog opens. */
export async function loadCompareMessages(): Promise<CompareMessages> {
  return locale === 'zh-cn' ? (await import('../i18n/compare/zh-cn')).compareZhCn : (await import('../i18n/compare/en')).compareEn;
}

function signCell(row: DiffRow, m: CompareMessages): HTMLTableCellElement {
  const element = cell('td', '', 'diff-sign');
  // An unchanged line's cell stays empty: the column says "Change", and there is none.
  if (row.kind === 'same') return element;
  const sign = document.createElement('span');
  sign.setAttribute('aria-hidden', 'true');
  sign.textContent = row.kind === 'mine' ? '−' : '+';
  const words = document.createElement('span');
  words.className = 'visually-hidden';
  words.textContent = row.kind === 'mine' ? m.onlyMine : m.onlySolution;
  element.append(sign, words);
  return element;
}

function textCell(row: DiffRow): HTMLTableCellElement {
  const element = cell('td', '', 'diff-text');
  const code = document.createElement('code');
  for (const part of row.parts) {
    if (!part.changed) {
      code.append(part.text);
      continue;
    }
    const mark = document.createElement(row.kind === 'mine' ? 'del' : 'ins');
    mark.textContent = part.text;
    code.append(mark);
  }
  element.append(code);
  return element;
}

/** The summary line, then the table in a scroll box the keyboard can scroll. */
export function renderDiff(file: string, rows: readonly DiffRow[], m: CompareMessages): HTMLElement {
  const view = document.createElement('div');
  view.className = 'compare-view';
  const { onlyMine, onlySolution } = summarize(rows);
  const summary = document.createElement('p');
  summary.className = 'diff-summary';
  summary.setAttribute('role', 'status');
  summary.textContent = m.summary(onlyMine, onlySolution);
  const scroller = document.createElement('div');
  scroller.className = 'diff-scroll';
  scroller.tabIndex = 0;
  scroller.setAttribute('role', 'region');
  scroller.setAttribute('aria-label', m.table(file));
  const table = document.createElement('table');
  table.className = 'diff-table';
  const caption = document.createElement('caption');
  caption.className = 'visually-hidden';
  caption.textContent = m.table(file);
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  headRow.append(cell('th', m.mineColumn), cell('th', m.solutionColumn), cell('th', m.changeColumn), cell('th', m.lineColumn));
  for (const th of headRow.children) th.setAttribute('scope', 'col');
  head.append(headRow);
  const body = document.createElement('tbody');
  for (const row of rows) {
    const tr = document.createElement('tr');
    tr.className = `diff-${row.kind}`;
    tr.append(cell('td', row.mine === undefined ? '' : String(row.mine), 'diff-number'), cell('td', row.solution === undefined ? '' : String(row.solution), 'diff-number'), signCell(row, m), textCell(row));
    body.append(tr);
  }
  table.append(caption, head, body);
  scroller.append(table);
  view.append(summary, scroller);
  return view;
}
