import { t } from '../i18n/page';
import { packagedRoot } from './site-root';

/**
 * The home page's "make the whole course available offline" button, for workshops whose Wi-Fi may
 * fail: it shows the download size, and a status line announces progress and the outcome.
 */
export function initOfflineCourse(root: ParentNode = document): void {
  const button = root.querySelector<HTMLButtonElement>('[data-offline-course]');
  const status = root.querySelector<HTMLElement>('[data-offline-status]');
  if (!button || !status) return;
  const bytes = Number(button.dataset.offlineBytes);
  // A copy served from a folder or inside an LMS has no worker of ours; the archive link stays the way offline.
  if (!('serviceWorker' in navigator) || location.protocol === 'file:' || packagedRoot() !== null || !(bytes > 0)) return;
  button.textContent = t.offline.button(t.offline.size(bytes));
  button.hidden = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = t.offline.saving(0, 1);
    try {
      const { cacheWholeCourse } = await import('./offline-cache');
      const { failed } = await cacheWholeCourse((message) => {
        if (message.type === 'progress') status.textContent = t.offline.saving(message.done, message.total);
      });
      status.textContent = failed === 0 ? t.offline.saved : t.offline.partly(failed);
    } catch {
      status.textContent = t.offline.unsupported;
    } finally {
      button.disabled = false;
    }
  });
}
