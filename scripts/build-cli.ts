/**
 * Bundles the CLI into dist-cli/ for `bin/shipshape.mjs`, dependencies included, so the packed
 * tarball installs and runs with nothing else: no registry, no node_modules, no TypeScript.
 * The entry reads the command line before loading anything else; the CLI and the checker are
 * separate chunks loaded only by the commands that need them.
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { bundleInventory } from './bundle-inventory.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  plugins: [bundleInventory({ root, product: 'The shipshape command (dist-cli/)', inventory: true })],
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node22',
    // Minified, a one-file lint measured 1.08x dockerfile-utils' time against 1.12-1.13x unminified
    // (101 interleaved rounds, twice each), and the bundle is half the size.
    minify: true,
    sourcemap: false,
    rollupOptions: {
      external: nodeBuiltins,
      // `rules` and `explain` import the whole checker, lint only the kinds it found files of: the same
      // checker modules are imported both ways on purpose, and the per-kind chunks still come out apart.
      checks: { ineffectiveDynamicImport: false },
      output: {
        format: 'es',
        entryFileNames: 'shipshape.mjs',
        chunkFileNames: 'chunks/[name]-[hash].mjs',
        // A few chunks along the common paths instead of dozens: Node resolves, reads and links each file
        // it imports, which is a real part of a one-file lint. What only some commands need stays apart
        // (the whole checker, the configuration's schema, explain, every output format but text: GitLab's
        // fingerprints alone would load node:crypto, several milliseconds of every start). The entry stays out of every
        // group: a chunk that both imports the entry and is imported by it deadlocks its top-level await.
        codeSplitting: {
          groups: [
            { name: 'start', priority: 3, test: /src\/cli\/(?:args|lang|lang-tag|help|help\.zh-cn|messages\/[^/]+)\.ts$|src\/i18n\/locales\.ts$/ },
            { name: 'lint', priority: 2, test: /src\/cli\/(?!main\.ts|checker-api\.ts|config\.ts|explain-command|rules-command|format\/(?!index\.ts|text\.ts))|src\/checker\/(?:core\/(?!yaml-)|registry\/)/ },
            { name: 'dockerfile', priority: 1, test: /src\/checker\/dockerfile\/|node_modules\/(?:dockerfile-ast|vscode-languageserver-types|vscode-languageserver-textdocument)\// },
          ],
        },
      },
    },
  },
});
