import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Runs Debian's nginx on loopback with deploy/nginx.conf (only its port, web root and include
 * directory pointed at this checkout) against the built site, and checks what it answers.
 */
const repo = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(repo, 'dist');
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`deploy/nginx.conf no longer contains "${from}"; update this test with it.`);
  return text.split(from).join(to);
}

const metaCsp = (() => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
})();

const first = (dir: string, pattern: RegExp) => {
  const name = readdirSync(join(dist, dir)).find((n) => pattern.test(n));
  if (!name) throw new Error(`no ${pattern} in dist/${dir}`);
  return `/${dir}/${name}`;
};

let work = '';
let port = 0;
let nginx: ChildProcess | undefined;
let log = '';

beforeAll(async () => {
  if (!existsSync(NGINX)) {
    throw new Error(`nginx not found at ${NGINX}. Install Debian's nginx (\`sudo apt-get install nginx\`) or set NGINX_PATH.`);
  }
  work = mkdtempSync(join(tmpdir(), 'shipshape-nginx-'));
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, dir));
  port = await freePort();
  let site = readFileSync(join(repo, 'deploy/nginx.conf'), 'utf8');
  site = replaceOnce(site, 'listen 8080;', `listen 127.0.0.1:${port};`);
  site = replaceOnce(site, 'root /usr/share/nginx/html;', `root ${dist};`);
  site = replaceOnce(site, '/etc/nginx/shipshape/', `${join(repo, 'deploy')}/`);
  writeFileSync(join(work, 'site.conf'), site);
  // The http block the image's own nginx.conf provides, written for a throwaway nginx in a temp dir.
  writeFileSync(join(work, 'nginx.conf'), `
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  include ${work}/site.conf;
}
`);
  nginx = spawn(NGINX, ['-e', join(work, 'error.log'), '-c', join(work, 'nginx.conf'), '-p', work, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stdout?.on('data', (d: Buffer) => { log += d.toString(); });
  nginx.stderr?.on('data', (d: Buffer) => { log += d.toString(); });
  for (let i = 0; i < 100; i++) {
    try {
      await get(port, '/');
      return;
    } catch {
      if (nginx.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not start: ${log}${existsSync(join(work, 'error.log')) ? readFileSync(join(work, 'error.log'), 'utf8') : ''}`);
});

afterAll(() => {
  nginx?.kill('SIGTERM');
  if (work) rmSync(work, { recursive: true, force: true });
});

const SECURITY = ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy', 'cross-origin-opener-policy', 'permissions-policy'];

describe('the site as deploy/nginx.conf serves it', () => {
  const kinds: [string, () => string, number, RegExp][] = [
    ['the home page', () => '/', 200, /^no-cache$/],
    ['a lesson', () => '/lessons/run-as-non-root/', 200, /^no-cache$/],
    ['a script chunk', () => first('_astro', /\.js$/), 200, /immutable/],
    ['a stylesheet', () => first('_astro', /\.css$/), 200, /immutable/],
    ['the service worker', () => '/sw.js', 200, /^no-cache$/],
    ['the search index', () => first('pagefind', /\.pf_meta$/), 200, /^no-cache$/],
    ['the site archive', () => '/shipshape-site.tar.gz', 200, /^no-cache$/],
    ['a missing page', () => '/no-such-page/', 404, /^no-cache$/],
    ['a missing chunk', () => '/_astro/gone.js', 404, /^no-cache$/],
  ];

  it.each(kinds)('sends every security header, and the right caching, for %s', async (_kind, path, status, cache) => {
    const answer = await get(port, path());
    expect(answer.status).toBe(status);
    for (const name of SECURITY) expect(answer.headers[name], name).toBeTruthy();
    expect(answer.headers['content-security-policy']).toBe(`${metaCsp}; frame-ancestors 'none'`);
    expect(answer.headers['x-frame-options']).toBe('DENY');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['cache-control']).toMatch(cache);
    expect(answer.headers.server).toBe('nginx');
  });

  it('answers a missing page with the site\'s 404 page and status 404', async () => {
    const answer = await get(port, '/no-such-page/');
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).toContain('<html');
  });

  it('answers a missing page under /zh-cn/ with the Chinese 404 page', async () => {
    const answer = await get(port, '/zh-cn/no-such-page/');
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).toContain('<html lang="zh-CN"');
    expect(answer.body.toString()).toContain('页面不存在');
  });

  it('redirects a path without its slash relatively, so a TLS proxy in front keeps its scheme and port', async () => {
    const answer = await get(port, '/lessons/run-as-non-root');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/lessons/run-as-non-root/');
    expect(answer.headers['content-security-policy']).toBeTruthy();
  });

  it('compresses pages, scripts and stylesheets', async () => {
    for (const path of ['/', first('_astro', /^exercise-runtime.*\.js$/), first('_astro', /\.css$/)]) {
      const answer = await get(port, path, { 'accept-encoding': 'gzip' });
      expect(answer.headers['content-encoding'], path).toBe('gzip');
    }
  });

  it('accepts a long workshop track link', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => `some-lesson-name/exercise-number-${i}`).join(',');
    const answer = await get(port, `/track/?t=Long&e=${ids}`);
    expect(answer.status).toBe(200);
  });
});
