// @ts-check
/**
 * A bundler plugin that writes, beside a bundle, what went into it: THIRD-PARTY-NOTICES.txt (each
 * bundled package's name, version, licence and licence text, which the MIT, ISC and BSD licences
 * require to travel with copies of the code) and, when asked, bundled.json (each chunk's source
 * modules, by path from the project's root).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

/** @typedef {{ name: string, version: string, license: string, text: string }} PackageInfo */

/**
 * The package folder a module file belongs to: the innermost node_modules/<name> (or <@scope/name>).
 * @param {string} file
 * @returns {string | null}
 */
export function packageDirOf(file) {
  const parts = file.split(sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return null;
  const scoped = parts[at + 1]?.startsWith('@');
  return parts.slice(0, at + (scoped ? 3 : 2)).join(sep);
}

/** @param {string} dir @returns {PackageInfo} */
function packageInfo(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const files = readdirSync(dir).filter((name) => statSync(join(dir, name)).isFile());
  const isLicence = (/** @type {string} */ name) => /^(?:licen[cs]e|copying)(?:[.-][\w.-]+)?$/i.test(name);
  // pagefind keeps its licence in a folder of that name: LICENSE/LICENSE.
  const licenceFile = files.find(isLicence) ?? (existsSync(join(dir, 'LICENSE', 'LICENSE')) ? join('LICENSE', 'LICENSE') : undefined);
  if (!licenceFile) throw new Error(`${manifest.name ?? dir} has no licence file to copy into the notices`);
  // A package that bundles others' code itself (Monaco carries VS Code's dependencies) lists them here.
  const notices = files.find((name) => /^third[-_]?party[-_]?notices(?:\.(?:md|txt))?$/i.test(name));
  const texts = [licenceFile, ...(notices ? [notices] : [])].map((name) => readFileSync(join(dir, name), 'utf8').trim());
  return {
    name: manifest.name ?? basename(dir),
    version: manifest.version ?? '?',
    license: manifest.license ?? 'see below',
    text: texts.join('\n\n'),
  };
}

/** @param {readonly PackageInfo[]} packages @param {string} product */
export function noticesText(packages, product) {
  const rule = '='.repeat(72);
  const head = `${product} bundles the following packages. Their licences follow.\n`;
  return [head, ...packages.map((p) => `${rule}\n${p.name} ${p.version} (${p.license})\n${rule}\n\n${p.text}\n`)].join('\n');
}

/**
 * @param {{ root: string, product: string, inventory?: boolean, environment?: string, alsoShipped?: string[] }} options
 * `environment`: only that build (Astro runs a server build too, whose code is never shipped).
 * `alsoShipped`: package folders whose code reaches the output some other way.
 * @returns {import('vite').Plugin}
 */
export function bundleInventory({ root, product, inventory = false, environment, alsoShipped = [] }) {
  return {
    name: 'shipshape-bundle-inventory',
    applyToEnvironment: (env) => environment === undefined || env.name === environment,
    generateBundle(_options, bundle) {
      /** @type {Record<string, string[]>} */
      const chunks = {};
      const packageDirs = new Set(alsoShipped.map((dir) => join(root, dir)));
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const files = output.moduleIds.filter((id) => !id.startsWith('\0') && existsSync(id));
        chunks[output.fileName] = files.map((id) => relative(root, id).split(sep).join('/')).sort();
        for (const id of files) {
          const dir = packageDirOf(id);
          if (dir) packageDirs.add(dir);
        }
      }
      const packages = [...packageDirs].map(packageInfo).sort((a, b) => a.name.localeCompare(b.name));
      this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-NOTICES.txt', source: noticesText(packages, product) });
      if (inventory) this.emitFile({ type: 'asset', fileName: 'bundled.json', source: `${JSON.stringify({ chunks }, null, 1)}\n` });
    },
  };
}
