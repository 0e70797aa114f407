import { initThemeToggle } from './theme';
import { initPresenterMode } from './presenter';
import { initShortcuts } from './shortcuts';
import { loadChunk, offerReload } from './stale-build';
import { initPackagedLinks, packagedRoot } from './site-root';
import { initLanguageSwitch } from './language';
import { registerServiceWorker } from './service-worker';
import { scriptReady } from './page-boot';

/** Everything the header needs on every page; heavier tools (search) load on first use. */
export function initSiteChrome(): void {
  initThemeToggle();
  initLanguageSwitch();
  initPresenterMode();
  initShortcuts({
    search: () => void loadChunk(() => import('./search')).then((m) => m?.openSearch()),
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-search-open]')) {
    button.addEventListener('click', () => void loadChunk(() => import('./search')).then((m) => m?.openSearch()));
    scriptReady(button);
  }
  // A chunk's CSS or JavaScript failed to preload: the build this page came from is gone.
  window.addEventListener('vite:preloadError', (event) => {
    event.preventDefault();
    offerReload();
  });
  initPackagedLinks();
  // Inside an LMS (the SCORM package) the LMS serves the files: no service worker of ours there.
  if ('serviceWorker' in navigator && location.protocol !== 'file:' && packagedRoot() === null) registerServiceWorker();
}
