/* global self, caches, fetch, Response, URL */
// The site's service worker. scripts/build-sw.mjs prepends `const MANIFEST = {...}` (version and files).
//
// - Install caches a small shell (MANIFEST.precache: the home page, the 404 page and what they load).
// - Each page is cached with everything it can load (MANIFEST.pages → sets → assets) when it is visited,
//   and the page that registered the worker asks for its own the same way, so a visited lesson, its
//   editor and its terminal work offline; the home page's button caches every file (MANIFEST.all).
// - Pages come from the network first (with navigation preload, so the worker's start-up overlaps the
//   request) and from the cache only offline; hashed files come from the cache through a static
//   route, without the worker running, which is as fast as the HTTP cache and keeps working offline.
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

/**
 * Hashed files never change, so the browser serves them from this worker's caches (or any older
 * build's, for a tab open across a deploy) without starting the worker: a warm page then loads as
 * fast as from the HTTP cache. A miss goes to the network; the page's visit caches its files
 * (cacheNeeds). Browsers without static routes go through respondToFile below.
 */
const STATIC_ROUTES = [{ condition: { urlPattern: { pathname: '/_astro/*' }, requestMethod: 'GET' }, source: 'cache' }];

self.addEventListener('install', (event) => {
  if (typeof event.addRoutes === 'function') event.waitUntil(event.addRoutes(STATIC_ROUTES).catch(() => undefined));
  event.waitUntil((async () => {
    const cache = await caches.open(VERSION);
    await cache.addAll(MANIFEST.precache);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // The page request starts while the worker boots, so a page through the worker is no slower than without it.
    await self.registration.navigationPreload?.enable().catch(() => undefined);
    await self.clients.claim();
    await pruneOldCaches();
  })());
});

/** Caches the files not cached yet, a few at a time; reports each one done. Returns how many failed. */
async function cacheMissing(urls, onEach = () => undefined) {
  const cache = await caches.open(VERSION);
  const queue = [...new Set(urls)];
  let failed = 0;
  const next = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const key = cacheKey(url);
      try {
        if (!(await cache.match(key))) {
          const response = await fetch(url);
          if (!response.ok) throw new Error(`${response.status}`);
          await cache.put(key, response);
        }
      } catch {
        failed++;
      }
      onEach();
    }
  };
  await Promise.all(Array.from({ length: 4 }, next));
  return failed;
}

/** What a page can load (its scripts, their lazily loaded chunks, stylesheets), from the manifest. */
function needsOf(pathname) {
  const set = MANIFEST.pages[cacheKey(pathname)];
  return set === undefined ? [] : MANIFEST.sets[set].map((i) => MANIFEST.assets[i]);
}

self.addEventListener('message', (event) => {
  const data = event.data ?? {};
  if (data.type === 'cache-page' && typeof data.path === 'string') {
    // The page that registered the worker loaded before the worker could see it: cache it now.
    event.waitUntil(cacheMissing([cacheKey(data.path), ...needsOf(data.path)]).catch(() => undefined));
  } else if (data.type === 'cache-all' && event.ports[0]) {
    const port = event.ports[0];
    const urls = [...MANIFEST.all, ...MANIFEST.optional.map((url) => ({ url, optional: true }))];
    const total = MANIFEST.all.length;
    let done = 0;
    event.waitUntil((async () => {
      const failed = await cacheMissing(MANIFEST.all, () => {
        done++;
        if (done % 10 === 0 || done === total) port.postMessage({ type: 'progress', done, total });
      });
      // The archive may be missing (it is not inside itself): it never counts as a failure.
      await cacheMissing(urls.filter((u) => typeof u === 'object').map((u) => u.url));
      port.postMessage({ type: 'done', failed, total });
    })().catch(() => port.postMessage({ type: 'done', failed: total, total })));
  }
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

/**
 * Pages whose every file this worker has seen cached: later visits skip checking them again, one
 * cache lookup per file, which competed with the page's own loads on every navigation.
 */
const pagesComplete = new Set();

async function cacheNeeds(key) {
  if (pagesComplete.has(key)) return;
  if ((await cacheMissing(needsOf(key))) === 0) pagesComplete.add(key);
}

/**
 * How long the worker's own bookkeeping for a navigation (the page's offline copy, which build a
 * window uses) waits: past the time a lesson page takes to parse and run its scripts, which that
 * work would otherwise compete with for the CPU on a machine with few cores.
 */
const AFTER_LOAD_MS = 1500;
const afterLoad = (work) => new Promise((resolve) => setTimeout(resolve, AFTER_LOAD_MS)).then(work).catch(() => undefined);

/** Pages: the network first, so an online reader always gets the current page; the cache offline. */
async function respondToPage(event, key) {
  try {
    const response = (await event.preloadResponse) ?? (await fetch(event.request));
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      event.waitUntil(afterLoad(async () => {
        await (await caches.open(VERSION)).put(key, copy);
        await cacheNeeds(key);
      }));
    }
    return response;
  } catch (error) {
    const cache = await caches.open(VERSION);
    const cached = await cache.match(key, { ignoreSearch: true });
    if (cached) return cached;
    const notFound = await notFoundPage(cache, new URL(event.request.url).pathname);
    if (notFound) return notFound;
    throw error;
  }
}

/** Other files: hashed or rarely changed, so the cache first (this build's, then an older open tab's). */
async function respondToFile(event, key, url) {
  const cache = await caches.open(VERSION);
  const cached = (await cache.match(key, { ignoreSearch: true })) ?? (await fromOlderBuilds(key));
  if (cached) return cached;
  const response = await fetch(event.request);
  if (response.ok && response.type === 'basic' && !url.search) {
    const copy = response.clone();
    event.waitUntil(cache.put(key, copy).catch(() => undefined));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.waitUntil(afterLoad(() => rememberClient(event.resultingClientId).then(pruneOldCaches)));
  const key = cacheKey(url.pathname);
  event.respondWith(request.mode === 'navigate' ? respondToPage(event, key) : respondToFile(event, key, url));
});
