/**
 * How long to wait after a keystroke before grading: about twice what the last grading took, so a
 * quick checker answers within a frame or two while a slow one (a long file, a slow laptop) is not
 * run on every key of a burst. Clamped so that a single slow or instant grading cannot make the
 * editor feel either frozen or busy.
 */
export class AdaptiveDelay {
  private current: number;

  constructor(
    private readonly min = 15,
    private readonly max = 150,
    private readonly factor = 2,
  ) {
    this.current = min;
  }

  /** The wait to use for the next keystroke, in milliseconds. */
  get ms(): number {
    return this.current;
  }

  /** Records how long a grading kept the main thread busy. Non-finite or negative times are ignored. */
  record(costMs: number): void {
    if (!Number.isFinite(costMs) || costMs < 0) return;
    this.current = Math.min(this.max, Math.max(this.min, Math.round(costMs * this.factor)));
  }
}
