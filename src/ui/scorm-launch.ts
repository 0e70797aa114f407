import { z } from 'zod/mini';
import { isComplete, type ExerciseProgress } from './progress-schema';
import { onStoredProgressChange, restoreEntry, storedEntry } from './progress-store';
import { findScormApi, sessionTime, type Scorm12Api } from './scorm-api';
import { decodeSuspendData, encodeSuspendData } from './scorm-suspend';

/**
 * The launch page of one lesson's SCO in the SCORM package: it finds the LMS's API, shows the
 * lesson in a frame, and reports the lesson's exercises as the learner completes them.
 *
 * cmi.core.lesson_status: "passed" once every exercise of the lesson is completed without the
 * solution, "completed" once every one is completed but some only with the solution, "incomplete"
 * before. cmi.core.score.raw: the percentage completed without the solution (0–100).
 */
const lessonSchema = z.object({ slug: z.string(), title: z.string(), exercises: z.array(z.string()) });

export type LessonStatus = 'passed' | 'completed' | 'incomplete';

export function lessonResult(entries: readonly (ExerciseProgress | null | undefined)[]): { status: LessonStatus; score: number } {
  const total = entries.length;
  const alone = entries.filter((e) => e?.status === 'passed').length;
  const done = entries.filter((e) => isComplete(e ?? undefined)).length;
  const score = total === 0 ? 0 : Math.round((alone / total) * 100);
  if (total > 0 && alone === total) return { status: 'passed', score };
  if (total > 0 && done === total) return { status: 'completed', score };
  return { status: 'incomplete', score };
}

class ScormSession {
  private finished = false;
  private readonly started = Date.now();

  constructor(private readonly api: Scorm12Api, private readonly exercises: readonly string[]) {}

  start(): boolean {
    if (this.api.LMSInitialize('') !== 'true') return false;
    // A resume on another computer: what the LMS kept comes back into this browser.
    const kept = decodeSuspendData(this.api.LMSGetValue('cmi.suspend_data') ?? '', new Date().toISOString());
    for (const [id, entry] of kept) if (this.exercises.includes(id)) restoreEntry(id, entry);
    this.report();
    return true;
  }

  report(): LessonStatus {
    const entries = this.exercises.map((id) => storedEntry(id));
    const { status, score } = lessonResult(entries);
    this.api.LMSSetValue('cmi.core.lesson_status', status);
    this.api.LMSSetValue('cmi.core.score.min', '0');
    this.api.LMSSetValue('cmi.core.score.max', '100');
    this.api.LMSSetValue('cmi.core.score.raw', String(score));
    const present = this.exercises.flatMap((id, i): [string, ExerciseProgress][] => {
      const entry = entries[i];
      return entry ? [[id, entry]] : [];
    });
    this.api.LMSSetValue('cmi.suspend_data', encodeSuspendData(present));
    // "suspend" asks the LMS to keep suspend_data for the next launch while the lesson is unfinished.
    this.api.LMSSetValue('cmi.core.exit', status === 'incomplete' ? 'suspend' : '');
    this.api.LMSCommit('');
    return status;
  }

  finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.report();
    this.api.LMSSetValue('cmi.core.session_time', sessionTime(Date.now() - this.started));
    this.api.LMSCommit('');
    this.api.LMSFinish('');
  }
}

export function initScormLaunch(): void {
  const lesson = lessonSchema.safeParse(JSON.parse(document.getElementById('scorm-lesson')?.textContent ?? 'null'));
  const note = document.querySelector<HTMLElement>('[data-scorm-note]');
  if (!lesson.success) return;
  const api = findScormApi(window);
  if (!api) {
    if (note) note.hidden = false;
    return;
  }
  const session = new ScormSession(api, lesson.data.exercises);
  if (!session.start()) {
    if (note) note.hidden = false;
    return;
  }
  // The lesson in the frame saves to this browser's storage; each save is a storage event here.
  let pending: ReturnType<typeof setTimeout> | undefined;
  onStoredProgressChange(() => {
    clearTimeout(pending);
    pending = setTimeout(() => session.report(), 300);
  });
  const end = () => session.finish();
  window.addEventListener('pagehide', end);
  window.addEventListener('beforeunload', end);
}
