import { t } from '../i18n/page';
import { scriptReady } from './page-boot';

const m = t.timer;

function format(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** An optional countdown per exercise for workshops; shown in presenter mode only (by CSS). */
export function initExerciseTimers(root: ParentNode): void {
  for (const timer of root.querySelectorAll<HTMLElement>('[data-timer]')) {
    const minutes = timer.querySelector<HTMLInputElement>('[data-timer-minutes]');
    const toggle = timer.querySelector<HTMLButtonElement>('[data-timer-toggle]');
    const display = timer.querySelector<HTMLElement>('[data-timer-display]');
    const status = timer.querySelector<HTMLElement>('[data-timer-status]');
    if (!minutes || !toggle || !display || !status) continue;
    let interval: ReturnType<typeof setInterval> | undefined;
    let left = 0;
    const stop = (message: string) => {
      clearInterval(interval);
      interval = undefined;
      toggle.textContent = m.start;
      status.textContent = message;
    };
    scriptReady(toggle);
    toggle.addEventListener('click', () => {
      if (interval) {
        stop(m.stopped);
        display.textContent = '';
        return;
      }
      left = Math.max(1, Math.min(120, Number(minutes.value) || 10)) * 60;
      display.textContent = format(left);
      toggle.textContent = m.stop;
      status.textContent = m.started(Math.round(left / 60));
      interval = setInterval(() => {
        left -= 1;
        display.textContent = format(Math.max(0, left));
        if (left === 60) status.textContent = m.oneMinute;
        if (left <= 0) {
          display.textContent = m.timeUp;
          stop(m.timeUpStatus);
        }
      }, 1000);
    });
  }
}
