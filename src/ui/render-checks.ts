import type { Check } from '../checker/grading/exercise';
import type { Messages } from '../i18n/en';
import type { Locale } from '../i18n/locales';
import { locale as pageLocale, t } from '../i18n/page';
import { localizedPath } from '../i18n/locales';

type Words = Messages['checks'];

/** The words given (the build passes each page's), else this page's. */
function wordsOf(words: Words | undefined): Words {
  return words ?? t.checks;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Escapes text and turns `backtick` spans into <code>, the way tasks, hints and messages are written. */
export function textWithCode(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

export interface RenderOptions {
  /**
   * Whether failing checks show their exact fix. The fix is the answer, so the page shows it only
   * once the learner has asked for every hint.
   */
  showFixes: boolean;
  /** The language to render in, and its words; the page's own in the browser. The build passes each page's. */
  locale?: Locale;
  words?: Words;
}

/**
 * Rule titles name a problem ("The container runs as root") and goal titles name an aim, so the
 * state reads differently: a rule is avoided or found, a goal is done or not yet.
 */
function stateLabel(check: Check, m: Words): string {
  if (check.pending) return m.checking;
  if (check.source === 'rule') return check.pass ? m.avoided : m.found;
  return check.pass ? m.done : m.notYet;
}

function statusOf(check: Check): 'pass' | 'fail' | 'pending' {
  return check.pending ? 'pending' : check.pass ? 'pass' : 'fail';
}

const ICON = { pass: '✓', fail: '✗', pending: '…' } as const;

function where(check: Check, m: Words): string {
  const first = check.locations[0];
  return first ? m.where(first.file ?? check.file, first.line) : check.file;
}

function ruleLinks(check: Check, m: Words, locale: Locale): string {
  const [only, ...more] = check.rules;
  if (!only) return '';
  if (more.length === 0) {
    return ` <a href="${escapeHtml(localizedPath(`/rules/${only.id}/`, locale))}">${escapeHtml(m.aboutRule)} <span class="visually-hidden">${escapeHtml(only.title)}</span></a>`;
  }
  const links = check.rules.map((r) => `<a href="${escapeHtml(localizedPath(`/rules/${r.id}/`, locale))}">${escapeHtml(r.title)}</a>`).join(', ');
  return ` <span class="check-rules">${escapeHtml(m.rulesBehind)} ${links}</span>`;
}

/**
 * The "Checks" list items, as HTML. The same function renders the list at build time (so the page
 * shows the starter's checks before any script runs) and in the browser on every edit.
 */
export function renderChecksHtml(checks: readonly Check[], options: RenderOptions = { showFixes: false }): string {
  const locale = options.locale ?? pageLocale;
  const m = wordsOf(options.words);
  return checks
    .map((check) => {
      const status = statusOf(check);
      const first = check.locations[0];
      const location = status !== 'fail'
        ? ''
        : first
          ? `<button type="button" class="check-where" data-goto-file="${escapeHtml(first.file ?? check.file)}" data-goto-line="${first.line}" data-goto-column="${first.column}" aria-label="${escapeHtml(m.goToLine(where(check, m)))}">${escapeHtml(where(check, m))}</button>`
          : `<span class="check-where">${escapeHtml(where(check, m))}</span>`;
      const message = check.message ? `<p class="check-message">${textWithCode(check.message)}</p>` : '';
      const fix = options.showFixes && status === 'fail' && check.fix
        ? `<p class="check-fix"><strong>${escapeHtml(m.howToFix)}</strong> ${textWithCode(check.fix)}</p>`
        : '';
      return `<li class="check" data-status="${status}" data-check-id="${escapeHtml(check.id)}">`
        + `<span class="check-state"><span aria-hidden="true">${ICON[status]}</span> ${escapeHtml(stateLabel(check, m))}</span> `
        + `<span class="check-title">${textWithCode(check.title)}</span> ${location}${message}${fix}`
        + `<details class="check-why"><summary>${escapeHtml(m.whyItMatters)}</summary><p>${textWithCode(check.why)}${ruleLinks(check, m, locale)}</p></details>`
        + '</li>';
    })
    .join('');
}

export function summarise(checks: readonly Check[], words?: Words): string {
  const m = wordsOf(words);
  const passing = checks.filter((c) => c.pass && !c.pending).length;
  return checks.some((c) => c.pending) ? m.pendingSummary(passing, checks.length) : m.summary(passing, checks.length);
}

/** What changed between two gradings, in words for the screen-reader announcement. */
export function describeChange(before: readonly Check[], after: readonly Check[], words?: Words): string {
  const m = wordsOf(words);
  const was = new Map(before.map((c) => [c.id, c.pass]));
  const changes: string[] = [];
  for (const check of after) {
    if (check.pending) continue;
    const previous = was.get(check.id);
    if (previous === undefined || previous === check.pass) continue;
    const change = check.source === 'rule' ? (check.pass ? m.fixed : m.foundAgain) : (check.pass ? m.goalDone : m.goalUndone);
    changes.push(m.changed(check.title.replace(/`/g, ''), change));
  }
  if (changes.length === 0) return '';
  const total = after.length;
  const passing = after.filter((c) => c.pass && !c.pending).length;
  const done = passing === total ? m.allPass : m.passing(passing, total);
  return changes.join(' ') + done;
}
