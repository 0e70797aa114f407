import { monaco } from '../components/editor/monaco';
import { loadLessonExercises } from '../course/load-exercises';
import { ExerciseController } from './exercise-controller';
import { loadProgress, onStoredProgressChange } from './progress-store';
import { nextInTrack } from './lesson-track';
import { activeExerciseId, onExerciseChange, setFilesProvider } from './workspace-state';
import { exerciseAnchor } from './exercise-anchor';
import { href, locale, t } from '../i18n/page';
import { loadLessonChecker } from './lesson-checker';

/** Started when the workspace first becomes visible: Monaco, the checker and the lesson's exercises load here. */
export async function startExercises(workspace: HTMLElement): Promise<void> {
  const lesson = workspace.dataset.lesson ?? '';
  const exercises = await loadLessonExercises(lesson, locale);
  const checker = await loadLessonChecker(exercises.flatMap((e) => e.files.map((f) => f.kind)), locale);
  const { progress, notice } = loadProgress();
  const controllers = new Map<string, ExerciseController>();
  const nextLesson = document.querySelector<HTMLAnchorElement>('[data-next-lesson]');

  exercises.forEach((exercise, i) => {
    const section = workspace.querySelector<HTMLElement>(`[data-exercise="${CSS.escape(exercise.id)}"]`);
    if (!section) return;
    const following = exercises[i + 1];
    // A learner following a workshop track goes on to the track's next exercise, not the course's.
    const inTrack = nextInTrack(exercise.id);
    const sameLesson = href(`/lessons/${encodeURIComponent(lesson)}/#`);
    const next = (inTrack?.href.startsWith(sameLesson) ? { ...inTrack, href: inTrack.href.slice(sameLesson.length - 1) } : inTrack) ?? (following
      ? { href: `#${exerciseAnchor(following.id)}`, label: t.exercise.next(following.title) }
      : nextLesson
        ? { href: nextLesson.href, label: t.exercise.nextLesson(nextLesson.dataset.nextLesson ?? '') }
        : null);
    const version = { courseVersion: section.dataset.courseVersion ?? 'unknown', definitionHash: section.dataset.definitionHash ?? 'unknown' };
    controllers.set(exercise.id, new ExerciseController(monaco, checker, exercise, section, progress.exercises.get(exercise.id), version, next));
  });

  // Another tab saved: show its work here too, so neither tab silently overwrites the other's.
  onStoredProgressChange((id) => {
    if (id === null) for (const controller of controllers.values()) controller.adoptStored();
    else controllers.get(id)?.adoptStored();
  });
  // The last keystrokes before a reload, a closed tab or a switch to another app are saved too.
  const flush = () => {
    for (const controller of controllers.values()) controller.flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });

  if (notice) {
    const box = workspace.querySelector<HTMLElement>('[data-exercise]:not([hidden]) [data-notice]');
    if (box) {
      box.hidden = false;
      box.textContent = notice;
    }
  }

  setFilesProvider((id) => controllers.get(id)?.files() ?? null);
  const mountActive = () => controllers.get(activeExerciseId() ?? '')?.mount();
  onExerciseChange(() => mountActive());
  mountActive();

  window.addEventListener('shipshape:presenter', () => {
    for (const controller of controllers.values()) controller.refreshFontSize();
  });
  window.addEventListener('shipshape:theme', (event) => {
    const theme = (event as CustomEvent<string>).detail;
    monaco.editor.setTheme(theme === 'dark' ? 'shipshape-dark' : 'shipshape-light');
  });

  // The "next exercise" link inside a completion message switches the workspace tab instead of navigating.
  workspace.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('[data-next-link] a[href^="#exercise-"]');
    if (!link) return;
    event.preventDefault();
    const target = exercises.find((e) => link.hash === `#${exerciseAnchor(e.id)}`);
    if (target) workspace.dispatchEvent(new CustomEvent('shipshape:open-exercise', { detail: target.id, bubbles: true }));
  });
}
