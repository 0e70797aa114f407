// Loaded when the home page's offline button is pressed, not with every page.
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
