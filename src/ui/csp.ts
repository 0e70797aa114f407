import { createHash } from 'node:crypto';
import { PAGE_BOOT } from './page-boot';

/**
 * The site's Content-Security-Policy, built at build time. Scripts: our own files plus the one inline
 * boot script by hash; no eval ('wasm-unsafe-eval' only lets the search index's WebAssembly compile).
 * Styles allow inline attributes because syntax highlighting and the editor set colours that way.
 */
export function contentSecurityPolicy(): string {
  const bootHash = createHash('sha256').update(PAGE_BOOT).digest('base64');
  return [
    "default-src 'self'",
    `script-src 'self' 'sha256-${bootHash}' 'wasm-unsafe-eval'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
