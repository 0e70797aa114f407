import { whenIdle } from './idle';

/**
 * Registers the service worker once the page has loaded and the browser is idle, so installing it
 * (which downloads the shell) never competes with the lesson's own first load. A page the worker did
 * not serve (the very first visit) asks it to cache this page and what it loads.
 */
export function registerServiceWorker(): void {
  const start = () => whenIdle(() => void register(), 5000);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

async function register(): Promise<void> {
  try {
    const firstVisit = navigator.serviceWorker.controller === null;
    await navigator.serviceWorker.register('/sw.js');
    if (!firstVisit) return;
    const registration = await navigator.serviceWorker.ready;
    registration.active?.postMessage({ type: 'cache-page', path: location.pathname });
  } catch {
    // Offline use is a bonus: a browser that refuses service workers still gets the whole site online.
  }
}
