import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built site once for all browser tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${dist}index.html`)) {
    throw new Error('The site is not built: run `npm run build` (or `npm test`, which builds first).');
  }
  const { server, url } = await serveStatic(dist.replace(/\/$/, ''));
  project.provide('baseUrl', url);
  return () => new Promise((resolve) => server.close(() => resolve()));
}
