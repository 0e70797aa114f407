import { t } from '../i18n/page';

/** Fills a <ProgressBar>: its ARIA values, the width of the filled part and the "n of m done" text beside it. */
export function setProgressBar(bar: HTMLElement | null, done: number, total: number): void {
  if (!bar) return;
  bar.setAttribute('aria-valuenow', String(done));
  bar.setAttribute('aria-valuemax', String(total));
  bar.setAttribute('aria-valuetext', t.progressBar.valueText(done, total));
  bar.style.setProperty('--done', total === 0 ? '0' : String(done / total));
  const label = bar.parentElement?.querySelector<HTMLElement>('[data-bar-label]');
  if (label) label.textContent = t.progressBar.done(done, total);
}
