/* global self, caches, fetch, Response, URL */
// The site's service worker. scripts/build-sw.mjs prepends `const MANIFEST = {...}` (version and files).
//
// - Install precaches MANIFEST.precache (and, where present, MANIFEST.optional) into this version's cache.
// - Pages are served from the cache, so the course works offline after one visit; anything else that is
//   fetched successfully is cached as it is visited (the precache list can shrink without losing that).
// - A tab that is open across a deploy keeps its page's build: the previous versions' caches are kept
//   while a window that was loaded from them is open, so its hashed chunks still load.
// - Offline, an unknown page gets the 404 page with status 404.

const VERSION = MANIFEST.version;
const PREFIX = 'shipshape-';
const CLIENTS_CACHE = 'shipshape-meta';
const CLIENTS_URL = '/__shipshape/clients.json';
/** Older builds kept for open tabs; beyond this a very old tab falls back to its reload offer. */
const KEEP_OLD = 3;

/** The cache key of a path: directories end in "/", files keep their name (".pf_meta" counts: `_` is allowed). */
function cacheKey(pathname) {
  return pathname.endsWith('/') || /\.[\w-]+$/.test(pathname) ? pathname : `${pathname}/`;
}

async function readClients() {
  const cache = await caches.open(CLIENTS_CACHE);
  const response = await cache.match(CLIENTS_URL);
  if (!response) return {};
  try {
    const data = await response.json();
    return data && typeof data === 'object' ? data : {};
  } catch {
    return {};
  }
}

async function writeClients(map) {
  const cache = await caches.open(CLIENTS_CACHE);
  await cache.put(CLIENTS_URL, new Response(JSON.stringify(map), { headers: { 'content-type': 'application/json' } }));
}

/** Remembers which build a window was loaded from, so that build's cache stays while the window is open. */
async function rememberClient(clientId) {
  if (!clientId) return;
  const map = await readClients();
  map[clientId] = VERSION;
  await writeClients(map);
}

/**
 * Deletes the caches of older builds that no open window uses. A window this worker does not know
 * (loaded before any version recorded its windows) keeps every old cache, to be safe.
 */
async function pruneOldCaches() {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const map = await readClients();
  const live = {};
  for (const client of windows) if (map[client.id]) live[client.id] = map[client.id];
  await writeClients(live);
  const unknown = windows.some((client) => !map[client.id]);
  const inUse = new Set(Object.values(live));
  const old = (await caches.keys()).filter((key) => key.startsWith(PREFIX) && key !== VERSION && key !== CLIENTS_CACHE);
  // caches.keys() lists in creation order: the newest old builds are at the end.
  const keep = new Set(unknown ? old.slice(-KEEP_OLD) : old.filter((key) => inUse.has(key)).slice(-KEEP_OLD));
  await Promise.all(old.filter((key) => !keep.has(key)).map((key) => caches.delete(key)));
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(VERSION);
    await cache.addAll(MANIFEST.precache);
    // Optional files may be missing (the site archive is not inside itself): never fail the install for them.
    await Promise.all(MANIFEST.optional.map((url) => cache.add(url).catch(() => undefined)));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    await self.clients.claim();
    await pruneOldCaches();
  })());
});

async function fromOlderBuilds(key) {
  const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== VERSION && name !== CLIENTS_CACHE).reverse();
  for (const name of names) {
    const hit = await (await caches.open(name)).match(key, { ignoreSearch: true });
    if (hit) return hit;
  }
  return undefined;
}

/** The 404 page in the language of the address: /zh-cn/404.html under /zh-cn/, else /404.html (which has both). */
async function notFoundPage(cache, pathname) {
  const page = (pathname.startsWith('/zh-cn/') ? await cache.match('/zh-cn/404.html') : undefined) ?? (await cache.match('/404.html'));
  if (!page) return undefined;
  return new Response(await page.blob(), { status: 404, statusText: 'Not Found', headers: page.headers });
}

async function respond(event) {
  const request = event.request;
  const url = new URL(request.url);
  const key = cacheKey(url.pathname);
  const cache = await caches.open(VERSION);
  const navigate = request.mode === 'navigate';
  const cached = (await cache.match(key, { ignoreSearch: true })) ?? (navigate ? undefined : await fromOlderBuilds(key));
  if (cached) return cached;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic' && !url.search) {
      const copy = response.clone();
      event.waitUntil(cache.put(key, copy).catch(() => undefined));
    }
    return response;
  } catch (error) {
    const notFound = navigate ? await notFoundPage(cache, url.pathname) : undefined;
    if (notFound) return notFound;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.waitUntil(rememberClient(event.resultingClientId).then(pruneOldCaches).catch(() => undefined));
  event.respondWith(respond(event));
});
