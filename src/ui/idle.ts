/**
 * Runs `task` when the browser has nothing better to do, and at the latest after `timeoutMs`, so work
 * that can wait (saving, registering the service worker) never competes with typing or the first paint.
 * Browsers without requestIdleCallback (Safari before 18) get a plain timer.
 */
export function whenIdle(task: () => void, timeoutMs = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: timeoutMs });
  else setTimeout(task, Math.min(timeoutMs, 200));
}
