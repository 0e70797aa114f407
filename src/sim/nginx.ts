import { byteLength, LAB_DATE, response } from './http';
import type { HttpRequest, HttpResponse } from './process';
import type { Vfs } from './vfs/vfs';
import { normalizePath } from './vfs/paths';

/** The release the course's nginx:1.30 tags stand for. */
export const NGINX_VERSION = '1.30.0';

/** /usr/share/nginx/html/index.html as the nginx packages ship it (615 bytes). */
export const NGINX_INDEX = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

/** /etc/nginx/conf.d/default.conf of the image, before the entrypoint's IPv6 script edits it. */
export function defaultConf(port: number): string {
  return `server {\n    listen       ${port};\n    server_name  localhost;\n\n    location / {\n        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n\n    error_page   500 502 503 504  /50x.html;\n    location = /50x.html {\n        root   /usr/share/nginx/html;\n    }\n}\n`;
}

/** When the packaged index.html was written, for Last-Modified and the ETag nginx derives from it. */
const INDEX_MTIME = Date.UTC(2026, 3, 14, 15, 27, 18) / 1000;

function errorPage(status: number, reason: string): HttpResponse {
  const body = `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx/${NGINX_VERSION}</center>\r\n</body>\r\n</html>\r\n`;
  return response(status, [['Server', `nginx/${NGINX_VERSION}`], ['Date', LAB_DATE], ['Content-Type', 'text/html'], ['Content-Length', String(byteLength(body))], ['Connection', 'keep-alive']], body);
}

/** The ports the configuration's `listen` directives name (conf.d/*.conf, as nginx.conf includes them). */
export function listenPorts(vfs: Vfs): { address: string; port: number }[] {
  const dir = '/etc/nginx/conf.d';
  const names = vfs.stat(dir)?.type === 'dir' ? vfs.list(dir).filter((n) => n.endsWith('.conf')) : [];
  const found: { address: string; port: number }[] = [];
  for (const name of names) {
    const text = vfs.stat(`${dir}/${name}`)?.content ?? '';
    for (const match of text.replace(/#.*$/gm, '').matchAll(/\blisten\s+([^\s;]+)[^;]*;/g)) {
      const value = match[1] ?? '';
      const ipv4 = /^(?:(\d+\.\d+\.\d+\.\d+):)?(\d+)$/.exec(value);
      // nginx turns `listen [::]:80` into an IPv6-only socket; the course's clients speak IPv4.
      if (ipv4) found.push({ address: ipv4[1] ?? '0.0.0.0', port: Number(ipv4[2]) });
    }
  }
  return found;
}

/** What nginx's default server answers: files under /usr/share/nginx/html of the container, or its error pages. */
export function serveStatic(vfs: Vfs, request: HttpRequest): HttpResponse {
  const clean = normalizePath(decodeURIComponent(request.path.split('?')[0] ?? '/'));
  const root = '/usr/share/nginx/html';
  let path = normalizePath(`${root}${clean}`);
  if (vfs.stat(path)?.type === 'dir') path = normalizePath(`${path}/index.html`);
  const node = vfs.stat(path);
  if (!node || node.type !== 'file') return errorPage(404, 'Not Found');
  if ((node.mode & 0o004) === 0) return errorPage(403, 'Forbidden');
  const length = byteLength(node.content);
  const res = response(200, [
    ['Server', `nginx/${NGINX_VERSION}`], ['Date', LAB_DATE], ['Content-Type', path.endsWith('.html') ? 'text/html' : 'application/octet-stream'],
    ['Content-Length', String(length)], ['Last-Modified', new Date(INDEX_MTIME * 1000).toUTCString()], ['Connection', 'keep-alive'],
    ['ETag', `"${INDEX_MTIME.toString(16)}-${length.toString(16)}"`], ['Accept-Ranges', 'bytes'],
  ], request.method === 'HEAD' ? '' : node.content);
  return res;
}
