import { monaco } from '../components/editor/monaco';
import { loadLessonExercises } from '../course/load-exercises';
import { ExerciseController } from './exercise-controller';
import { loadProgress } from './progress-store';
import { activeExerciseId, onExerciseChange, setFilesProvider } from './workspace-state';
import { exerciseAnchor } from './exercise-anchor';
import { t } from '../i18n';

/** Started when the workspace first becomes visible: Monaco, the checker and the lesson's exercises load here. */
export async function startExercises(workspace: HTMLElement): Promise<void> {
  const lesson = workspace.dataset.lesson ?? '';
  const exercises = await loadLessonExercises(lesson);
  const { progress, notice } = loadProgress();
  const controllers = new Map<string, ExerciseController>();
  const nextLesson = document.querySelector<HTMLAnchorElement>('[data-next-lesson]');

  exercises.forEach((exercise, i) => {
    const section = workspace.querySelector<HTMLElement>(`[data-exercise="${CSS.escape(exercise.id)}"]`);
    if (!section) return;
    const following = exercises[i + 1];
    const next = following
      ? { href: `#${exerciseAnchor(following.id)}`, label: t.exercise.next(following.title) }
      : nextLesson
        ? { href: nextLesson.href, label: t.exercise.nextLesson(nextLesson.dataset.nextLesson ?? '') }
        : null;
    controllers.set(exercise.id, new ExerciseController(monaco, exercise, section, progress, next));
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
