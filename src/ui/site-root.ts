/**
 * Where the site lives. On its own server that is "/". Inside the SCORM package an LMS serves it
 * from some folder of its own, so scripts/package-scorm.mjs marks every page with
 * <html data-site-root="../../"> (the way up to the package's root) and makes its links relative.
 */
export function packagedRoot(): string | null {
  return document.documentElement.dataset.siteRoot ?? null;
}

/** A site path ("/rules/x/") as a URL that works here; in the package a folder becomes its index.html (an LMS lists no folders). */
export function siteUrl(path: string): string {
  const root = packagedRoot();
  if (root === null || !path.startsWith('/') || path.startsWith('//')) return path;
  const cut = path.search(/[?#]/);
  const file = cut < 0 ? path : path.slice(0, cut);
  const rest = cut < 0 ? '' : path.slice(cut);
  const relative = `${file.slice(1)}${file.endsWith('/') ? 'index.html' : ''}`;
  return new URL(`${root}${relative}${rest}`, document.baseURI).href;
}

/** In the package, links made by scripts ("/rules/…", "/lessons/…#…") are mapped when followed. */
export function initPackagedLinks(): void {
  if (packagedRoot() === null) return;
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    const href = link?.getAttribute('href');
    if (link && href?.startsWith('/') && !href.startsWith('//')) link.setAttribute('href', siteUrl(href));
  }, true);
}
