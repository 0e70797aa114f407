// Writes dist/shipshape-scorm-1.2.zip: the course as a SCORM 1.2 package with one SCO per lesson.
// An LMS serves a package from a folder of its own (Moodle: /pluginfile.php/<id>/mod_scorm/content/<n>/)
// and lists no directories, so every page of the built site is rewritten to link relatively, to
// index.html files, and marked with its way back to the package root (<html data-site-root>).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8'));
export const PACKAGE = 'shipshape-scorm-1.2.zip';
const LEFT_OUT = [/^sw\.js$/, /\.map$/, /^shipshape-site\.tar\.gz$/, /^shipshape-scorm.*\.zip$/];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** "/lessons/x/#a" seen from a page `depth` folders deep -> "../../lessons/x/index.html#a". */
function relativeUrl(url, depth) {
  const cut = url.search(/[?#]/);
  const path = cut < 0 ? url : url.slice(0, cut);
  const rest = cut < 0 ? '' : url.slice(cut);
  const file = `${path.slice(1)}${path.endsWith('/') ? 'index.html' : ''}`;
  return `${'../'.repeat(depth)}${file}${rest}`;
}

function rewriteHtml(html, depth) {
  const root = depth === 0 ? './' : '../'.repeat(depth);
  const linked = html.replace(/\b(href|src|action)="(\/(?!\/)[^"]*)"/g, (_m, attr, url) => `${attr}="${relativeUrl(url, depth)}"`);
  if (!/<html[\s>]/.test(linked)) throw new Error('a page without <html>');
  return linked.replace(/<html(?=[\s>])/, `<html data-site-root="${root}"`);
}

const files = {};
const lessons = [];
for (const file of walk(dist).sort()) {
  const rel = relative(dist, file).split(sep).join('/');
  if (LEFT_OUT.some((pattern) => pattern.test(rel))) continue;
  let data = readFileSync(file);
  if (rel.endsWith('.html')) {
    const html = rewriteHtml(data.toString('utf8'), rel.split('/').length - 1);
    const launch = /^scorm\/([^/]+)\/index\.html$/.exec(rel);
    if (launch) {
      const info = /<script type="application\/json" id="scorm-lesson">([^<]*)<\/script>/.exec(html);
      if (!info?.[1]) throw new Error(`${rel} has no lesson data`);
      lessons.push({ ...JSON.parse(info[1]), href: rel });
    }
    data = Buffer.from(html);
  } else if (rel.startsWith('_astro/') && rel.endsWith('.css')) {
    data = Buffer.from(data.toString('utf8').replace(/url\(\/_astro\//g, 'url(./'));
  } else if (rel.startsWith('_astro/') && rel.endsWith('.js') && /["'`]\/_astro\//.test(data.toString('utf8'))) {
    // Scripts load their chunks relative to themselves (astro.config.mjs, renderBuiltUrl); one that
    // names "/_astro/..." would fail inside an LMS.
    throw new Error(`${rel} refers to /_astro/ by an absolute path`);
  }
  files[rel] = data;
}
if (lessons.length === 0) throw new Error('no launch pages under dist/scorm/');
lessons.sort((a, b) => a.order - b.order);

const escapeXml = (text) => String(text).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const site = Object.keys(files).filter((rel) => !rel.startsWith('scorm/'));
const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="shipshape-${escapeXml(pkg.version)}" version="${escapeXml(pkg.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="shipshape">
    <organization identifier="shipshape">
      <title>Shipshape: Docker security, hands-on</title>
${lessons.map((l) => `      <item identifier="item-${escapeXml(l.slug)}" identifierref="sco-${escapeXml(l.slug)}" isvisible="true">
        <title>${escapeXml(l.title)}</title>
      </item>`).join('\n')}
    </organization>
  </organizations>
  <resources>
${lessons.map((l) => `    <resource identifier="sco-${escapeXml(l.slug)}" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(l.href)}">
      <file href="${escapeXml(l.href)}"/>
      <dependency identifierref="site"/>
    </resource>`).join('\n')}
    <resource identifier="site" type="webcontent" adlcp:scormtype="asset">
${site.map((rel) => `      <file href="${escapeXml(rel)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
files['imsmanifest.xml'] = Buffer.from(manifest);

const zip = zipSync(Object.fromEntries(Object.entries(files).map(([rel, data]) => [rel, new Uint8Array(data)])), { level: 9 });
writeFileSync(join(dist, PACKAGE), zip);
console.log(`${PACKAGE}: ${lessons.length} lessons, ${(zip.length / 1024 / 1024).toFixed(1)} MB`);
