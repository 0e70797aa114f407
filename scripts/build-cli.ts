/**
 * Bundles the CLI into dist-cli/ for `bin/shipshape.mjs`, dependencies included, so the packed
 * tarball installs and runs with nothing else: no registry, no node_modules, no TypeScript.
 * The entry reads the command line before loading anything else; the CLI and the checker are
 * separate chunks loaded only by the commands that need them.
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      external: nodeBuiltins,
      output: { format: 'es', entryFileNames: 'shipshape.mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
});
