import { t } from '../i18n/page';

let shown = false;

/**
 * A part of the page could not load: almost always because the site was updated while this tab was
 * open and the old build's files are gone. Offers a reload (saved work survives it) instead of
 * leaving a dead editor or terminal with no word said.
 */
export function offerReload(): void {
  if (shown) return;
  shown = true;
  const box = document.createElement('div');
  box.className = 'notice stale-build';
  box.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = t.site.staleBuild;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button primary';
  button.textContent = t.site.reload;
  button.addEventListener('click', () => location.reload());
  box.append(text, button);
  (document.querySelector('main') ?? document.body).prepend(box);
}

/** Loads a chunk; if it cannot be fetched, offers the reload and resolves to null. */
export async function loadChunk<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch {
    offerReload();
    return null;
  }
}
