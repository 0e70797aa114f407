import type { Check } from '../checker/grading/exercise';
import { t } from '../i18n';

const m = t.checks;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Escapes text and turns `backtick` spans into <code>, the way tasks, hints and messages are written. */
export function textWithCode(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/**
 * Rule titles name a problem ("The container runs as root") and goal titles name an aim, so the
 * state reads differently: a rule is avoided or found, a goal is done or not yet.
 */
function stateLabel(check: Check): string {
  if (check.source === 'rule') return check.pass ? m.avoided : m.found;
  return check.pass ? m.done : m.notYet;
}

function where(check: Check): string {
  const first = check.locations[0];
  return first ? m.where(check.file, first.line) : check.file;
}

/**
 * The "Checks" list items, as HTML. The same function renders the list at build time (so the page
 * shows the starter's checks before any script runs) and in the browser on every edit.
 */
export function renderChecksHtml(checks: readonly Check[]): string {
  return checks
    .map((check) => {
      const status = check.pass ? 'pass' : 'fail';
      const label = stateLabel(check);
      const rule = check.ruleId
        ? ` <a href="/rules/${escapeHtml(check.ruleId)}/">${escapeHtml(m.aboutRule)} <span class="visually-hidden">${escapeHtml(check.title)}</span></a>`
        : '';
      const first = check.locations[0];
      const location = check.pass
        ? ''
        : first
          ? `<button type="button" class="check-where" data-goto-file="${escapeHtml(check.file)}" data-goto-line="${first.line}" data-goto-column="${first.column}" aria-label="${escapeHtml(m.goToLine(where(check)))}">${escapeHtml(where(check))}</button>`
          : `<span class="check-where">${escapeHtml(where(check))}</span>`;
      const message = check.pass ? '' : `<p class="check-message">${textWithCode(check.message)}</p>`;
      return `<li class="check" data-status="${status}" data-check-id="${escapeHtml(check.id)}">`
        + `<span class="check-state"><span aria-hidden="true">${check.pass ? '✓' : '✗'}</span> ${escapeHtml(label)}</span> `
        + `<span class="check-title">${escapeHtml(check.title)}</span> ${location}${message}`
        + `<details class="check-why"><summary>${escapeHtml(m.whyItMatters)}</summary><p>${textWithCode(check.why)}${rule}</p></details>`
        + '</li>';
    })
    .join('');
}

export function summarise(checks: readonly Check[]): string {
  const passing = checks.filter((c) => c.pass).length;
  return m.summary(passing, checks.length);
}

/** What changed between two gradings, in words for the screen-reader announcement. */
export function describeChange(before: readonly Check[], after: readonly Check[]): string {
  const was = new Map(before.map((c) => [c.id, c.pass]));
  const changes: string[] = [];
  for (const check of after) {
    const previous = was.get(check.id);
    if (previous === undefined || previous === check.pass) continue;
    const change = check.source === 'rule' ? (check.pass ? m.fixed : m.foundAgain) : (check.pass ? m.goalDone : m.goalUndone);
    changes.push(m.changed(check.title, change));
  }
  if (changes.length === 0) return '';
  const total = after.length;
  const passing = after.filter((c) => c.pass).length;
  const done = passing === total ? m.allPass : m.passing(passing, total);
  return changes.join(' ') + done;
}
