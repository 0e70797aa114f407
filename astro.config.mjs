// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import lazyStylesheets from './scripts/lazy-stylesheets.mjs';
import { bundleInventory } from './scripts/bundle-inventory.mjs';

/**
 * Astro writes a 404 page outside the root as zh-cn/404/index.html; hosts look for zh-cn/404.html
 * (deploy/nginx.conf's error_page, the service worker offline), so it is moved there.
 */
/** @type {import('astro').AstroIntegration} */
const localizedNotFound = {
  name: 'shipshape-localized-404',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const folder = fileURLToPath(new URL('zh-cn/404/', dir));
      if (!existsSync(`${folder}index.html`)) return;
      renameSync(`${folder}index.html`, fileURLToPath(new URL('zh-cn/404.html', dir)));
      rmdirSync(folder);
    },
  },
};

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [mdx(), localizedNotFound, lazyStylesheets()],
  markdown: {
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: false },
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  prefetch: false,
  build: { inlineStylesheets: 'never' },
  vite: {
    // The licences of the code the site ships, as dist/THIRD-PARTY-NOTICES.txt; pagefind's search scripts
    // are copied into dist/pagefind/ after the build (package.json's build), not bundled.
    plugins: [bundleInventory({ root: fileURLToPath(new URL('.', import.meta.url)), product: 'The Shipshape site', environment: 'client', alsoShipped: ['node_modules/pagefind'] })],
    worker: { format: 'es' },
    build: { chunkSizeWarningLimit: 4096 },
    // Scripts and stylesheets find the files they load relative to themselves, not from "/": the same
    // build then also runs from a subfolder, as the SCORM package does inside an LMS.
    experimental: { renderBuiltUrl: (_file, { hostType }) => (hostType === 'html' ? undefined : { relative: true }) },
  },
});
