import { t } from '../i18n/page';
import { scriptReady } from './page-boot';

/**
 * Knowledge checks. Choices are shuffled twice: once per build (so the page without script is not in
 * source order) and once per learner in the page (so two learners, or one learner and a screenshot of
 * someone else's answers, see different orders). The learner's order is seeded from a random id kept in
 * localStorage, so a reload keeps it. A wrong answer explains why that choice is wrong and leaves the
 * question open for another try; the full explanation comes with the right answer or on request.
 */

/** FNV-1a: a small, stable string hash, enough to seed an order (not a security measure). */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** mulberry32: a seeded generator in [0, 1). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** A permutation of 0..count-1 that depends only on `seed`: order[i] is the index shown at position i. */
export function choiceOrder(count: number, seed: string): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  const next = generator(hashText(seed));
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] ?? j, order[i] ?? i];
  }
  return order;
}

/** The seed of the order the build writes into the page, before any script runs. */
export const buildSeed = (quizId: string): string => `build:${quizId}`;

const SEED_KEY = 'shipshape:quiz-order-seed';

/** The learner's own random id, created once; a fresh one per page view when storage is unavailable. */
function learnerSeed(): string {
  const fresh = (): string => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random()));
  try {
    const stored = localStorage.getItem(SEED_KEY);
    if (stored) return stored;
    const seed = fresh();
    localStorage.setItem(SEED_KEY, seed);
    return seed;
  } catch {
    return fresh();
  }
}

function reorder(form: HTMLFormElement, seed: string): void {
  const list = form.querySelector<HTMLElement>('[data-choices]');
  if (!list) return;
  const items = [...list.querySelectorAll<HTMLElement>('[data-choice]')];
  const byIndex = new Map(items.map((item) => [Number(item.dataset.choice), item]));
  for (const index of choiceOrder(items.length, `${seed}:${form.dataset.quizId ?? ''}`)) {
    const item = byIndex.get(index);
    if (item) list.append(item);
  }
}

function show(feedback: HTMLElement, correct: boolean, text: string): void {
  feedback.dataset.correct = String(correct);
  feedback.textContent = text;
}

function initQuiz(form: HTMLFormElement, seed: string): void {
  reorder(form, seed);
  const feedback = form.querySelector<HTMLElement>('[data-feedback]');
  const reveal = form.querySelector<HTMLButtonElement>('[data-reveal]');
  const explanation = form.querySelector<HTMLTemplateElement>('[data-explanation]')?.content.textContent?.trim() ?? '';
  const answer = form.dataset.answer;
  if (!feedback || answer === undefined) return;

  const finish = (correct: boolean): void => {
    form.dataset.state = 'answered';
    const right = form.querySelector<HTMLElement>(`[data-choice="${answer}"]`);
    right?.classList.add('right');
    show(feedback, correct, correct ? `${t.lessonBlocks.correct} ${explanation}` : t.lessonBlocks.answerShown(right?.querySelector('span')?.textContent?.trim() ?? '', explanation));
    if (reveal) reveal.hidden = true;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (form.dataset.state === 'answered') return;
    const chosen = form.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    if (!chosen) {
      show(feedback, false, t.lessonBlocks.pickOne);
      return;
    }
    if (chosen.value === answer) {
      finish(true);
      return;
    }
    const item = chosen.closest<HTMLElement>('[data-choice]');
    item?.classList.add('tried');
    const why = item?.querySelector<HTMLTemplateElement>('[data-why]')?.content.textContent?.trim() ?? '';
    show(feedback, false, t.lessonBlocks.wrongChoice(why));
    if (reveal) reveal.hidden = false;
  });

  reveal?.addEventListener('click', () => finish(false));
  scriptReady(form, reveal);
}

export function initQuizzes(root: ParentNode): void {
  const forms = [...root.querySelectorAll<HTMLFormElement>('[data-quiz]')];
  if (forms.length === 0) return;
  const seed = learnerSeed();
  for (const form of forms) initQuiz(form, seed);
}
