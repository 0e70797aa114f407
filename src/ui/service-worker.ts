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

export type CacheAllProgress = { type: 'progress'; done: number; total: number } | { type: 'done'; failed: number; total: number };

/** Asks the active worker to cache every file of the course, reporting progress; resolves when it has finished. */
export async function cacheWholeCourse(onProgress: (message: CacheAllProgress) => void): Promise<{ failed: number; total: number }> {
  const registration = await navigator.serviceWorker.register('/sw.js').then(() => navigator.serviceWorker.ready);
  const worker = registration.active;
  if (!worker) throw new Error('no active service worker');
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<CacheAllProgress>) => {
      onProgress(event.data);
      if (event.data.type === 'done') {
        channel.port1.close();
        resolve({ failed: event.data.failed, total: event.data.total });
      }
    };
    worker.postMessage({ type: 'cache-all' }, [channel.port2]);
  });
}
