/**
 * Bundles the CLI into one ES module, dist-cli/shipshape.mjs, for `bin/shipshape.mjs`:
 * Node will not strip TypeScript types inside node_modules, so an installed package needs plain JS.
 * Runtime dependencies (dockerfile-ast, yaml, shell-quote) stay external and resolve from node_modules.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    sourcemap: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'shipshape.mjs' } },
  },
});
