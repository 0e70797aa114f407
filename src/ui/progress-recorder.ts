import { isComplete, mergeEntries, newEntry, type ExerciseProgress } from './progress-schema';
import { saveEntry, storedEntry } from './progress-store';
import { whenIdle } from './idle';

/** Which course and which version of the exercise the page was built from (set at build time). */
export interface ExerciseVersion {
  courseVersion: string;
  definitionHash: string;
}

/** The longest an attempts count grows: past this it says "many" as well as any number would. */
const MAX_ATTEMPTS = 100_000;

/**
 * The saved record of one exercise in this tab: what the grader, the hint button and the solution
 * dialog did, saved to this exercise's own key, merged with what other tabs saved.
 * Completing after the solution was revealed records "assisted", never "passed".
 *
 * Keystrokes are saved when the browser is idle (serialising and writing storage on every grading
 * costs milliseconds per key on a slow laptop); completions, hints and the solution are saved at
 * once, and the page calls flush() when it is hidden or left, so no work is lost.
 */
export class ProgressRecorder {
  private current: ExerciseProgress | undefined;
  private lastOutcome: string | null = null;
  private pending = false;

  constructor(
    private readonly id: string,
    private readonly version: ExerciseVersion,
    initial: ExerciseProgress | undefined,
    /** Shows (or clears, with null) the message about saving for this exercise. */
    private readonly notice: (message: string | null) => void,
    /** When a deferred save runs: at idle time in the page, at a moment of the test's choosing in tests. */
    private readonly defer: (save: () => void) => void = whenIdle,
  ) {
    this.current = initial;
  }

  get entry(): ExerciseProgress | undefined {
    return this.current;
  }

  /** Whether an edit is recorded here but not yet written to storage. */
  get unsaved(): boolean {
    return this.pending;
  }

  /** Writes a deferred edit now (the page is being hidden or left). */
  flush(): void {
    if (this.pending) this.save();
  }

  private save(): void {
    this.pending = false;
    if (!this.current) return;
    const result = saveEntry(this.id, this.current);
    this.current = result.entry;
    this.notice(result.ok ? null : result.message);
  }

  private change(update: (entry: ExerciseProgress, now: string) => void, when: 'now' | 'idle' = 'now'): void {
    const now = new Date().toISOString();
    const entry: ExerciseProgress = this.current ? { ...this.current } : newEntry(now);
    update(entry, now);
    entry.updatedAt = now;
    this.current = entry;
    if (when === 'now') {
      this.save();
      return;
    }
    if (this.pending) return;
    this.pending = true;
    this.defer(() => this.flush());
  }

  /** The first grading of the page: remembered so that only later changes count as attempts. */
  baseline(failing: readonly string[]): void {
    this.lastOutcome = failing.join('\n');
  }

  /** An edit, saved before its grading has finished, so a closed tab keeps the last keystrokes. */
  edited(files: Record<string, string>): void {
    this.change((entry) => {
      entry.code = files;
    }, 'idle');
  }

  /** After each grading of an edit: the code, whether every check passes, and which ones fail. */
  graded(files: Record<string, string>, failing: readonly string[]): void {
    const outcome = failing.join('\n');
    const changed = this.lastOutcome !== null && outcome !== this.lastOutcome;
    this.lastOutcome = outcome;
    // Finishing is saved at once: it is the moment a learner is most likely to close the tab.
    const completes = failing.length === 0 && !(this.current && isComplete(this.current));
    this.change((entry, now) => {
      entry.code = files;
      if (changed && !isComplete(entry)) entry.attempts = Math.min(MAX_ATTEMPTS, entry.attempts + 1);
      if (failing.length === 0 && !isComplete(entry)) {
        entry.status = entry.solutionSeenAt ? 'assisted' : 'passed';
        entry.completedAt = now;
        entry.completedIn = { ...this.version };
      }
    }, completes ? 'now' : 'idle');
  }

  hintShown(count: number, files: Record<string, string>): void {
    this.change((entry) => {
      entry.hintsUsed = Math.max(entry.hintsUsed, count);
      entry.code = files;
    });
  }

  /** The solution was shown in the diff: finishing after this is finishing with help. */
  solutionSeen(files: Record<string, string>): void {
    this.change((entry, now) => {
      entry.solutionSeenAt ??= now;
      entry.code = files;
    });
  }

  /** Keeps the learner's code before the solution or the starter replaces it. */
  keepPrevious(files: Record<string, string>, solutionApplied: boolean): void {
    this.change((entry, now) => {
      entry.previous = files;
      entry.code = files;
      if (solutionApplied) {
        entry.solutionSeenAt ??= now;
        entry.solutionAppliedAt ??= now;
      }
    });
  }

  /**
   * Another tab saved this exercise: adopt its status and hints, and return its code when it
   * differs from ours (the caller decides whether to show it). Null when there is nothing to adopt.
   */
  adoptStored(): ExerciseProgress | null {
    const stored = storedEntry(this.id);
    if (!stored) return null;
    this.current = this.current ? mergeEntries(this.current, stored, 'b') : stored;
    return stored;
  }
}
