// Writes dist/sw.js: the service worker of scripts/sw-worker.js with this build's manifest, so lessons,
// the editor, grading and search keep working offline after one visit (workshop Wi-Fi fails).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const worker = readFileSync(fileURLToPath(new URL('./sw-worker.js', import.meta.url)), 'utf8');

/** Built after this list (it contains sw.js), so it is cached when present but never required. */
export const ARCHIVE = 'shipshape-site.tar.gz';
/** For LMS administrators to download, and the package's launch pages: no learner needs them offline. */
export const NOT_CACHED = [/^sw\.js$/, /\.map$/, /^shipshape-scorm.*\.zip$/, /^(?:zh-cn\/)?scorm\//, new RegExp(`^${ARCHIVE.replace(/\./g, '\\.')}$`)];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function urlOf(rel) {
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/**
 * What install caches. Today: every page and asset, so the whole course works offline after the
 * first visit. To precache less (a shell plus the current page), filter this list: the worker
 * caches whatever else is fetched as it is visited.
 */
function precacheList(files) {
  return files.map(urlOf);
}

const version = createHash('sha256');
const files = [];
for (const file of walk(dist).sort()) {
  const rel = relative(dist, file).split(sep).join('/');
  if (NOT_CACHED.some((pattern) => pattern.test(rel))) continue;
  version.update(rel).update(readFileSync(file));
  files.push(rel);
}

const manifest = {
  version: `shipshape-${version.digest('hex').slice(0, 16)}`,
  precache: precacheList(files),
  // The archive is made from the other files, so their hash above already stands for it.
  optional: [`/${ARCHIVE}`],
};

writeFileSync(join(dist, 'sw.js'), `// Generated at build time by scripts/build-sw.mjs from scripts/sw-worker.js.\nconst MANIFEST = ${JSON.stringify(manifest)};\n${worker}`);
console.log(`sw.js: ${manifest.precache.length} files precached`);
