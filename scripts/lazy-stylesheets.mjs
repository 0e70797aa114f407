// Astro links every stylesheet a page's scripts can reach from the page's <head>, including those of
// chunks a script loads only later with import(): Monaco's 140 KB stylesheet would block the first
// paint of every lesson although the editor loads when the workspace scrolls into view. Vite's loader
// already fetches a lazy chunk's stylesheet together with the chunk (and waits for it before running
// it), so this integration removes from the built pages the links to stylesheets that only lazily
// loaded chunks import. A stylesheet that any page script needs at once stays in the head.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The stylesheets of `start` and every chunk it imports statically. */
function closureCss(bundle, start) {
  const css = new Set();
  const seen = new Set();
  const stack = [start];
  while (stack.length > 0) {
    const name = stack.pop();
    if (seen.has(name)) continue;
    seen.add(name);
    const chunk = bundle[name];
    if (chunk?.type !== 'chunk') continue;
    for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
    stack.push(...chunk.imports);
  }
  return css;
}

/** Stylesheets reachable only through dynamic imports, by file name without folders. */
export function lazyOnlyCss(bundle) {
  const eager = new Set();
  const lazy = new Set();
  for (const [name, chunk] of Object.entries(bundle)) {
    if (chunk.type !== 'chunk') continue;
    if (chunk.isEntry) for (const file of closureCss(bundle, name)) eager.add(file);
    if (chunk.isDynamicEntry) for (const file of closureCss(bundle, name)) lazy.add(file);
  }
  return new Set([...lazy].filter((file) => !eager.has(file)).map((file) => file.split('/').pop()));
}

/** The page without <link rel="stylesheet"> elements whose file is one of `names`. */
export function withoutStylesheets(html, names) {
  return html.replace(/<link rel="stylesheet" href="([^"]*)"\s*\/?>/g, (link, href) => (names.has(href.split('/').pop()) ? '' : link));
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

export default function lazyStylesheets() {
  const lazy = new Set();
  return {
    name: 'shipshape:lazy-stylesheets',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [{
              name: 'shipshape:lazy-stylesheets',
              apply: 'build',
              generateBundle(_options, bundle) {
                // The server build imports pages lazily too; only the browser's chunks say what loads late.
                if (this.environment?.config.consumer !== 'client') return;
                for (const name of lazyOnlyCss(bundle)) lazy.add(name);
              },
            }],
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (lazy.size === 0) return;
        let pages = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const stripped = withoutStylesheets(html, lazy);
          if (stripped === html) continue;
          writeFileSync(file, stripped);
          pages++;
        }
        logger.info(`stylesheets loaded with their chunks, not in the head: ${[...lazy].sort().join(', ')} (${pages} pages)`);
      },
    },
  };
}
