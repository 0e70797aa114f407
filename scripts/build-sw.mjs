// Writes dist/sw.js: the service worker of scripts/sw-worker.js with this build's manifest. A first visit
// caches a small shell and what the visited page needs; each page visited later is cached with what it
// needs; the home page's "available offline" button caches the whole course for workshops.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const worker = readFileSync(fileURLToPath(new URL('./sw-worker.js', import.meta.url)), 'utf8');

/** Built after this list (it contains sw.js), so it is cached when present but never required. */
export const ARCHIVE = 'shipshape-site.tar.gz';
/** For LMS administrators to download, and the package's launch pages: no learner needs them offline. */
export const NOT_CACHED = [/^sw\.js$/, /\.map$/, /^shipshape-scorm.*\.zip$/, /^(?:zh-cn\/)?scorm\//, new RegExp(`^${ARCHIVE.replace(/\./g, '\\.')}$`)];
/** Pages every visitor may need offline whatever they visited first: the home page and the offline 404 page. */
const SHELL_PAGES = ['index.html', '404.html', 'zh-cn/404.html'];
/** Where the home page's button carries the size of the whole course, filled in here once it is known. */
const SIZE_PLACEHOLDER = 'data-offline-bytes="0"';
/**
 * Chunks named for a language (a page's string table, the Chinese rule texts): pages load the one of
 * their own language only.
 */
const LANGUAGE_CHUNK = /^_astro\/(en|zh-cn)[.-][\w.-]*\.m?js$/;
/** Files a server compresses (the shipped nginx.conf's gzip_types): their size on the wire is their gzip size. */
const COMPRESSED = /\.(html|css|js|mjs|json|svg|txt|xml|wasm|webmanifest)$/;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function urlOf(rel) {
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

function resolveRef(ref, from) {
  const clean = ref.split(/[?#]/)[0];
  return posix.normalize(clean.startsWith('/') ? clean.slice(1) : posix.join(posix.dirname(from), clean));
}

/** The files of a script's preload list (Vite's `m.f`), which its dynamic imports name by index. */
function preloadList(text, from) {
  return /m\.f=\[([^\]]*)\]/.exec(text)?.[1].match(/["'`][^"'`]+["'`]/g)?.map((q) => resolveRef(q.slice(1, -1), from)) ?? [];
}

/** A script's dynamic imports, each with the files of its preload list. */
function dynamicImports(text, from) {
  const list = preloadList(text, from);
  return [...text.matchAll(/import\(["'`]([^"'`]+)["'`]\)(?:,__vite__mapDeps\(\[([\d,]*)\]\))?/g)].map((m) => ({
    file: resolveRef(m[1], from),
    deps: (m[2] ?? '').split(',').filter(Boolean).map((i) => list[Number(i)]).filter(Boolean),
  }));
}

function isForeignLanguage(file, language) {
  const chunkLanguage = LANGUAGE_CHUNK.exec(file)?.[1];
  return chunkLanguage !== undefined && chunkLanguage !== language;
}

/**
 * Chunks a script loads for one lesson only: Vite turns `import.meta.glob` over content/lessons into
 * entries `"../../content/lessons/SLUG/…": () => import("./chunk.js")`, with the chunk's own
 * dependencies as indexes into the file's preload list. Returns each chunk with its slug, its
 * dependencies and whether it is a Chinese translation.
 */
export function lessonScopedChunks(text, from) {
  const list = preloadList(text, from);
  const scoped = [];
  const entry = /["'`]\.\.\/\.\.\/content\/lessons\/([^/"'`]+)\/([^"'`]*)["'`]:\(\)=>[\w$]+\(\(\)=>import\(["'`]([^"'`]+)["'`]\)(?:,__vite__mapDeps\(\[([\d,]*)\]\))?/g;
  for (const m of text.matchAll(entry)) {
    const deps = (m[4] ?? '').split(',').filter(Boolean).map((i) => list[Number(i)]).filter(Boolean);
    scoped.push({ slug: m[1], zh: /\.zh-cn\.ts$/.test(m[2]), file: resolveRef(m[3], from), deps });
  }
  return scoped;
}

/**
 * The files a page or script names, as paths inside dist, resolved from `from` (a path inside dist).
 * `page` ({ slug, zh }) keeps, of the lesson-scoped chunks, only those of that lesson and language.
 */
export function referencedFiles(text, from, isHtml, page = { slug: null, zh: false }) {
  const found = new Set();
  const add = (ref) => {
    if (!/^(?:[a-z]+:|\/\/|#|data:)/i.test(ref)) found.add(resolveRef(ref, from));
  };
  if (isHtml) {
    for (const m of text.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|mjs|css|svg))"/g)) add(m[1]);
    for (const m of text.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
      for (const imp of m[1].matchAll(/["']([^"']+\.js)["']/g)) add(imp[1]);
    }
    return found;
  }
  // Static and dynamic imports, Vite's preload lists (which name the stylesheets) and worker URLs.
  for (const m of text.matchAll(/["'`]((?:\.{1,2}\/|\/_astro\/)[\w./-]+\.(?:js|mjs|css))["'`]/g)) add(m[1]);
  for (const m of text.matchAll(/new URL\(["'`]([\w./-]+\.m?js)["'`],\s*import\.meta\.url/g)) add(m[1]);
  // Another lesson's exercises and another language's chunks, with their preload lists, are left out.
  const scoped = lessonScopedChunks(text, from);
  const scopedFiles = new Set(scoped.map((chunk) => chunk.file));
  const language = page.zh ? 'zh-cn' : 'en';
  const imports = dynamicImports(text, from);
  const left = imports.filter((i) => scopedFiles.has(i.file) || isForeignLanguage(i.file, language));
  if (left.length > 0) {
    for (const chunk of left) for (const file of [chunk.file, ...chunk.deps]) found.delete(file);
    const kept = [
      ...scoped.filter((chunk) => chunk.slug === page.slug && (!chunk.zh || page.zh)),
      ...imports.filter((i) => !left.includes(i)),
    ];
    for (const chunk of kept) for (const file of [chunk.file, ...chunk.deps]) found.add(file);
    // Static imports of the script itself always stay.
    for (const m of text.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g)) add(m[1]);
  }
  return found;
}

/** A page and everything it can load: its scripts and stylesheets, and theirs, lazily loaded chunks included. */
export function needsOf(page, read) {
  const scope = { slug: /(?:^|\/)lessons\/([^/]+)\/index\.html$/.exec(page)?.[1] ?? null, zh: page.startsWith('zh-cn/') };
  const language = scope.zh ? 'zh-cn' : 'en';
  const seen = new Set([page]);
  const queue = [...referencedFiles(read(page), page, true)];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    if (isForeignLanguage(file, language)) continue;
    const text = read(file);
    if (text === null) continue;
    seen.add(file);
    if (/\.m?js$/.test(file)) queue.push(...referencedFiles(text, file, false, scope));
  }
  return [...seen];
}

function wireSize(rel, bytes) {
  return COMPRESSED.test(rel) ? gzipSync(bytes, { level: 6 }).length : bytes.length;
}

function main() {
  const files = walk(dist)
    .map((file) => relative(dist, file).split(sep).join('/'))
    .filter((rel) => !NOT_CACHED.some((pattern) => pattern.test(rel)))
    .sort();
  const cacheable = new Set(files);
  const read = (rel) => (cacheable.has(rel) ? readFileSync(join(dist, rel), 'utf8') : null);

  let allBytes = 0;
  for (const rel of files) allBytes += wireSize(rel, readFileSync(join(dist, rel)));
  for (const rel of files.filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dist, rel), 'utf8');
    if (html.includes(SIZE_PLACEHOLDER)) writeFileSync(join(dist, rel), html.replaceAll(SIZE_PLACEHOLDER, `data-offline-bytes="${allBytes}"`));
  }

  // Each page's needs as indexes into one list of files, and pages with the same needs share one set.
  const assets = [];
  const assetIndex = new Map();
  const indexOf = (rel) => {
    if (!assetIndex.has(rel)) {
      assetIndex.set(rel, assets.length);
      assets.push(urlOf(rel));
    }
    return assetIndex.get(rel);
  };
  const sets = [];
  const setIndex = new Map();
  const pages = {};
  for (const page of files.filter((f) => f.endsWith('.html'))) {
    const needs = needsOf(page, read).filter((rel) => rel !== page).map(indexOf).sort((a, b) => a - b);
    const key = needs.join(',');
    if (!setIndex.has(key)) {
      setIndex.set(key, sets.length);
      sets.push(needs);
    }
    pages[urlOf(page)] = setIndex.get(key);
  }
  const shell = [...new Set(SHELL_PAGES.flatMap((page) => (cacheable.has(page) ? [urlOf(page), ...sets[pages[urlOf(page)]].map((i) => assets[i])] : [])))];

  const version = createHash('sha256');
  for (const rel of files) version.update(rel).update(readFileSync(join(dist, rel)));

  const manifest = {
    version: `shipshape-${version.digest('hex').slice(0, 16)}`,
    precache: shell,
    assets,
    sets,
    pages,
    all: files.map(urlOf),
    allBytes,
    // The archive is made from the other files, so their hash above already stands for it.
    optional: [`/${ARCHIVE}`],
  };
  writeFileSync(join(dist, 'sw.js'), `// Generated at build time by scripts/build-sw.mjs from scripts/sw-worker.js.\nconst MANIFEST = ${JSON.stringify(manifest)};\n${worker}`);
  console.log(`sw.js: ${shell.length} files precached, ${files.length} (${(allBytes / 1024 / 1024).toFixed(1)} MB) offered for offline use`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
