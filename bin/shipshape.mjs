#!/usr/bin/env node
// Entry point of the installed `shipshape` command; the CLI itself is the bundle `npm run build:cli` writes.
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
