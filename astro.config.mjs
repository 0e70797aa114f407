// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import lazyStylesheets from './scripts/lazy-stylesheets.mjs';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [mdx(), lazyStylesheets()],
  markdown: {
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: false },
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  prefetch: false,
  build: { inlineStylesheets: 'never' },
  vite: {
    worker: { format: 'es' },
    build: { chunkSizeWarningLimit: 4096 },
    // Scripts and stylesheets find the files they load relative to themselves, not from "/": the same
    // build then also runs from a subfolder, as the SCORM package does inside an LMS.
    experimental: { renderBuiltUrl: (_file, { hostType }) => (hostType === 'html' ? undefined : { relative: true }) },
  },
});
