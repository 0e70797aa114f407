// Writes dist/shipshape-scorm-1.2.zip (English) and dist/shipshape-scorm-1.2-zh-cn.zip (Simplified
// Chinese): the course as a SCORM 1.2 package with one SCO per lesson, in that language. Both hold the
// whole site (its language switch keeps working); they differ in their launch pages and manifest titles.
// An LMS serves a package from a folder of its own (Moodle: /pluginfile.php/<id>/mod_scorm/content/<n>/)
// and lists no directories, so every page of the built site is rewritten to link relatively, to
// index.html files, and marked with its way back to the package root (<html data-site-root>).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8'));
/** Per language: the package's file, the folder of its launch pages, and its organization's title. */
export const PACKAGES = [
  { file: 'shipshape-scorm-1.2.zip', lang: 'en', launch: 'scorm/', title: 'Shipshape: Docker security, hands-on' },
  { file: 'shipshape-scorm-1.2-zh-cn.zip', lang: 'zh-CN', launch: 'zh-cn/scorm/', title: 'Shipshape：动手学 Docker 安全' },
];
export const PACKAGE = PACKAGES[0].file;
const LAUNCH_PAGES = /^(?:zh-cn\/)?scorm\//;
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
const lessons = new Map(PACKAGES.map((p) => [p.launch, []]));
for (const file of walk(dist).sort()) {
  const rel = relative(dist, file).split(sep).join('/');
  if (LEFT_OUT.some((pattern) => pattern.test(rel))) continue;
  let data = readFileSync(file);
  if (rel.endsWith('.html')) {
    const html = rewriteHtml(data.toString('utf8'), rel.split('/').length - 1);
    const launch = /^((?:zh-cn\/)?scorm\/)[^/]+\/index\.html$/.exec(rel);
    if (launch) {
      const info = /<script type="application\/json" id="scorm-lesson">([^<]*)<\/script>/.exec(html);
      if (!info?.[1]) throw new Error(`${rel} has no lesson data`);
      lessons.get(launch[1] ?? '')?.push({ ...JSON.parse(info[1]), href: rel });
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

const escapeXml = (text) => String(text).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const site = Object.keys(files).filter((rel) => !LAUNCH_PAGES.test(rel));

function manifestOf(pack, lessons) {
  return `<?xml version="1.0" encoding="UTF-8"?>
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
      <title>${escapeXml(pack.title)}</title>
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
}

for (const pack of PACKAGES) {
  const own = (lessons.get(pack.launch) ?? []).sort((a, b) => a.order - b.order);
  if (own.length === 0) throw new Error(`no launch pages under dist/${pack.launch}`);
  const wrong = own.find((l) => l.lang !== pack.lang);
  if (wrong) throw new Error(`${wrong.href} is in ${wrong.lang}, not ${pack.lang}`);
  const contents = { ...Object.fromEntries(site.map((rel) => [rel, files[rel]])), ...Object.fromEntries(own.map((l) => [l.href, files[l.href]])) };
  contents['imsmanifest.xml'] = Buffer.from(manifestOf(pack, own));
  const zip = zipSync(Object.fromEntries(Object.entries(contents).map(([rel, data]) => [rel, new Uint8Array(data)])), { level: 9 });
  writeFileSync(join(dist, pack.file), zip);
  console.log(`${pack.file}: ${own.length} lessons, ${(zip.length / 1024 / 1024).toFixed(1)} MB`);
}
