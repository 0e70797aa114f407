// Packs the built site into dist/shipshape-site.tar.gz, so a workshop can copy the whole course onto
// machines without network and serve it from any static file server.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { create } from 'tar';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const ARCHIVE = 'shipshape-site.tar.gz';

rmSync(`${dist}${ARCHIVE}`, { force: true });
// The LMS package is for administrators, not for a workshop's copy of the site.
const entries = readdirSync(dist).filter((name) => name !== ARCHIVE && !/^shipshape-scorm.*\.zip$/.test(name));
await create({ gzip: { level: 9 }, file: `${dist}${ARCHIVE}`, cwd: dist, prefix: 'shipshape-site', portable: true }, entries);
console.log(`${ARCHIVE}: ${(statSync(`${dist}${ARCHIVE}`).size / 1024 / 1024).toFixed(1)} MB`);
