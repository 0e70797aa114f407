import type { Check } from '../checker/grading/exercise';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function where(check: Check): string {
  const first = check.locations[0];
  return first ? `${check.file}, line ${first.line}` : check.file;
}

/**
 * The "Checks" list items, as HTML. The same function renders the list at build time (so the page
 * shows the starter's checks before any script runs) and in the browser on every edit.
 */
export function renderChecksHtml(checks: readonly Check[]): string {
  return checks
    .map((check) => {
      const status = check.pass ? 'pass' : 'fail';
      const label = check.pass ? 'Passes' : 'Fails';
      const rule = check.ruleId
        ? ` <a href="/rules/${escapeHtml(check.ruleId)}/">About the rule <span class="visually-hidden">${escapeHtml(check.title)}</span></a>`
        : '';
      const location = check.pass ? '' : `<span class="check-where">${escapeHtml(where(check))}</span>`;
      const message = check.pass ? '' : `<p class="check-message">${escapeHtml(check.message)}</p>`;
      return `<li class="check" data-status="${status}" data-check-id="${escapeHtml(check.id)}">`
        + `<span class="check-state"><span aria-hidden="true">${check.pass ? '✓' : '✗'}</span> ${label}</span> `
        + `<span class="check-title">${escapeHtml(check.title)}</span> ${location}${message}`
        + `<details class="check-why"><summary>Why it matters</summary><p>${escapeHtml(check.why)}${rule}</p></details>`
        + '</li>';
    })
    .join('');
}

export function summarise(checks: readonly Check[]): string {
  const passing = checks.filter((c) => c.pass).length;
  return `${passing} of ${checks.length} checks pass`;
}
