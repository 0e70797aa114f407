import { loadProgress, type Progress } from './progress-store';

function setBar(bar: HTMLElement, done: number, total: number): void {
  bar.setAttribute('aria-valuenow', String(done));
  bar.setAttribute('aria-valuemax', String(total));
  bar.setAttribute('aria-valuetext', `${done} of ${total} exercises complete`);
  bar.style.setProperty('--done', total === 0 ? '0' : String(done / total));
  const label = bar.parentElement?.querySelector<HTMLElement>('[data-progress-label]');
  if (label) label.textContent = `${done} of ${total} done`;
}

function lastTouched(progress: Progress): string | null {
  let best: { id: string; at: string } | null = null;
  for (const [id, entry] of Object.entries(progress.exercises)) {
    if (!best || entry.updatedAt > best.at) best = { id, at: entry.updatedAt };
  }
  return best?.id ?? null;
}

/** Fills the home page's progress bars and "Continue" link from what this browser has saved. */
export function initHomeProgress(): void {
  const { progress, notice } = loadProgress();
  const passed = (id: string) => progress.exercises[id]?.status === 'passed';
  let done = 0;
  let total = 0;
  const order: { id: string; href: string }[] = [];
  for (const card of document.querySelectorAll<HTMLElement>('[data-lesson-exercises]')) {
    const ids = JSON.parse(card.dataset.lessonExercises ?? '[]') as string[];
    const lessonDone = ids.filter(passed).length;
    done += lessonDone;
    total += ids.length;
    const bar = card.querySelector<HTMLElement>('[role="progressbar"]');
    if (bar) setBar(bar, lessonDone, ids.length);
    const href = card.querySelector('a')?.getAttribute('href') ?? '/';
    for (const id of ids) order.push({ id, href });
  }
  const overall = document.querySelector<HTMLElement>('[data-overall-progress]');
  if (overall) setBar(overall, done, total);

  const resume = document.querySelector<HTMLAnchorElement>('[data-continue]');
  const last = lastTouched(progress);
  if (resume && last) {
    // Continue where the learner left off: the exercise they last touched, or the next unfinished one after it.
    const from = order.findIndex((o) => o.id === last);
    const target = passed(last) ? order.slice(from + 1).find((o) => !passed(o.id)) ?? order[from] : order[from];
    if (target) {
      resume.href = `${target.href}#exercise-${target.id.replace(/[^a-z0-9-]/gi, '-')}`;
      resume.hidden = false;
    }
  }
  const box = document.querySelector<HTMLElement>('[data-progress-notice]');
  if (box && notice) {
    box.textContent = notice;
    box.hidden = false;
  }
}
