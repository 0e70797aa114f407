/** A site path made absolute against the site's address, when there is one. */
export function absolute(path: string, homepage: string | undefined): string | undefined {
  if (!homepage) return undefined;
  try {
    return new URL(path.replace(/^\//, ''), homepage.endsWith('/') ? homepage : `${homepage}/`).href;
  } catch {
    return undefined;
  }
}
