import { t } from '../i18n';

/** Knowledge checks: the answer is checked in the page and the explanation is announced. */
export function initQuizzes(root: ParentNode): void {
  for (const form of root.querySelectorAll<HTMLFormElement>('[data-quiz]')) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = form.querySelector<HTMLInputElement>('input[type="radio"]:checked');
      const feedback = form.querySelector<HTMLElement>('[data-feedback]');
      const explanation = form.querySelector<HTMLTemplateElement>('[data-explanation]')?.content.textContent ?? '';
      if (!chosen || !feedback) return;
      const correct = chosen.value === form.dataset.answer;
      feedback.dataset.correct = String(correct);
      feedback.textContent = `${correct ? t.lessonBlocks.correct : t.lessonBlocks.notQuite} ${explanation}`;
    });
  }
}
