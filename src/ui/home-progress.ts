import { loadProgress, type Progress } from './progress-store';
import { isComplete } from './progress-schema';
import { setProgressBar } from './progress-bar';
import { exerciseAnchor } from './exercise-anchor';

function lastTouched(progress: Progress): string | null {
  let best: { id: string; at: string } | null = null;
  for (const [id, entry] of progress.exercises) {
    if (!best || entry.updatedAt > best.at) best = { id, at: entry.updatedAt };
  }
  return best?.id ?? null;
}

/** Fills the home page's progress bars and "Continue" link from what this browser has saved. */
export function initHomeProgress(): void {
  const { progress, notice } = loadProgress();
  const passed = (id: string) => isComplete(progress.exercises.get(id));
  let done = 0;
  let total = 0;
  const order: { id: string; href: string }[] = [];
  for (const card of document.querySelectorAll<HTMLElement>('[data-lesson-exercises]')) {
    const ids = JSON.parse(card.dataset.lessonExercises ?? '[]') as string[];
    const lessonDone = ids.filter(passed).length;
    done += lessonDone;
    total += ids.length;
    setProgressBar(card.querySelector<HTMLElement>('[role="progressbar"]'), lessonDone, ids.length);
    const href = card.querySelector('a')?.getAttribute('href') ?? '/';
    for (const id of ids) order.push({ id, href });
  }
  setProgressBar(document.querySelector<HTMLElement>('[data-overall-progress]'), done, total);

  const resume = document.querySelector<HTMLAnchorElement>('[data-continue]');
  const last = lastTouched(progress);
  if (resume && last) {
    // Continue where the learner left off: the exercise they last touched, or the next unfinished one after it.
    const from = order.findIndex((o) => o.id === last);
    const target = passed(last) ? order.slice(from + 1).find((o) => !passed(o.id)) ?? order[from] : order[from];
    if (target) {
      resume.href = `${target.href}#${exerciseAnchor(target.id)}`;
      resume.hidden = false;
    }
  }
  const box = document.querySelector<HTMLElement>('[data-progress-notice]');
  if (box && notice) {
    box.textContent = notice;
    box.hidden = false;
  }
}
