#!/usr/bin/env node
// Entry point of the installed `shipshape` command; the CLI itself is the bundle `npm run build:cli` writes.
import module from 'node:module';

// Node keeps the compiled bundle on disk (in the system's temporary folder) and reuses it on the next
// run: a pre-commit hook starts the CLI once per commit, and compiling is most of its start-up.
// Node older than 22.1 has no compile cache; a cache that cannot be written only costs speed.
try {
  module.enableCompileCache?.();
} catch {
  // Start-up stays correct without the cache.
}

const bundle = new URL('../dist-cli/shipshape.mjs', import.meta.url);

try {
  await import(bundle.href);
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist-cli')) throw error;
  process.stderr.write(
    'shipshape: the command is not built yet. Run `npm run build:cli` in the Shipshape folder,\n'
    + 'or use `npm run shipshape -- lint FILE` to run it from source.\n',
  );
  process.exitCode = 2;
}
