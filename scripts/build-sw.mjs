// Writes dist/sw.js: a service worker that precaches every file of the built site, so lessons, the
// editor, grading and search keep working offline after one visit (workshop Wi-Fi fails).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const version = createHash('sha256');
const urls = [];
for (const file of walk(dist).sort()) {
  const rel = relative(dist, file).split(sep).join('/');
  if (rel === 'sw.js' || rel.endsWith('.map')) continue;
  version.update(rel).update(readFileSync(file));
  urls.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
}

const source = `// Generated at build time by scripts/build-sw.mjs.
const VERSION = 'shipshape-${version.digest('hex').slice(0, 16)}';
const FILES = ${JSON.stringify(urls)};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('shipshape-') && k !== VERSION).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const path = url.pathname.endsWith('/') || /\\.[a-z0-9]+$/i.test(url.pathname) ? url.pathname : url.pathname + '/';
  event.respondWith(
    caches.open(VERSION).then(async (cache) => {
      const cached = await cache.match(path, { ignoreSearch: true });
      if (cached) return cached;
      try {
        return await fetch(request);
      } catch (error) {
        const notFound = request.mode === 'navigate' ? await cache.match('/404.html') : undefined;
        if (notFound) return notFound;
        throw error;
      }
    }),
  );
});
`;
writeFileSync(join(dist, 'sw.js'), source);
console.log(`sw.js: ${urls.length} files precached`);
