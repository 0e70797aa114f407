import { sha256Hex } from './hash';
import { byteLength, LAB_DATE, response } from './http';
import type { HttpRequest, HttpResponse } from './process';
import { programBinary } from './programs';

/**
 * The files the course's Dockerfiles download, as the (fictional) publishers serve them. The lab has
 * no other internet: any other host does not resolve, as in a build without network.
 */
export interface Download {
  content: string;
  contentType: string;
  /** Files a script writes when it is run (`sh install.sh`, or piped into sh), for builds that run it. */
  installs?: Record<string, { content: string; mode: number }>;
}

const COLLECTOR = '#!/bin/sh\necho "collector 2.1.0: collecting host metrics every 10s"\n';

/** The metrics collector's installer, version 2.1.0 (what the unversioned install.sh serves today). */
export const COLLECTOR_INSTALLER = `#!/bin/sh
# Metrics collector 2.1.0 installer
set -eu
mkdir -p /usr/local/bin
cat > /usr/local/bin/collector <<'EOF'
${COLLECTOR}EOF
chmod 755 /usr/local/bin/collector
echo "collector 2.1.0 installed in /usr/local/bin/collector"
`;

/** The reporter: a statically linked linux/amd64 program that sends its report and exits. */
export const REPORTER_BINARY = programBinary('reporter 1.4.2', {
  stdout: 'reporter 1.4.2: no report targets configured, nothing to send\n',
  exitCode: 0,
  server: null,
});

const TOOL_ARCHIVE = '\x1f tool-1.4.2 release archive (tar.gz)\n';

const installer: Download = {
  content: COLLECTOR_INSTALLER,
  contentType: 'text/x-sh',
  installs: { '/usr/local/bin/collector': { content: COLLECTOR, mode: 0o755 } },
};

function withChecksum(table: Record<string, Download>, url: string, entry: Download): void {
  table[url] = entry;
  const name = url.slice(url.lastIndexOf('/') + 1);
  table[`${url}.sha256`] = { content: `${sha256Hex(entry.content)}  ${name}\n`, contentType: 'text/plain' };
}

function courseDownloads(): Record<string, Download> {
  const table: Record<string, Download> = {};
  withChecksum(table, 'https://downloads.example.com/reporter/1.4.2/reporter-linux-amd64', { content: REPORTER_BINARY, contentType: 'application/octet-stream' });
  withChecksum(table, 'https://get.example.com/collector/install-2.1.0.sh', installer);
  withChecksum(table, 'https://get.example.com/collector/install.sh', installer);
  withChecksum(table, 'https://get.example.com/install-2.1.0.sh', installer);
  withChecksum(table, 'https://get.example.com/install.sh', installer);
  withChecksum(table, 'https://example.com/tool-1.4.2.tar.gz', { content: TOOL_ARCHIVE, contentType: 'application/gzip' });
  return table;
}

export const DOWNLOADS: Readonly<Record<string, Download>> = courseDownloads();

/** Hosts that serve the downloads: they resolve, and answer 404 for any other path. */
export const DOWNLOAD_HOSTS: ReadonlySet<string> = new Set(Object.keys(DOWNLOADS).map((url) => new URL(url).hostname));

export function findDownload(url: string): Download | null {
  const clean = url.replace(/^http:/, 'https:').replace(/#.*$/, '');
  return DOWNLOADS[clean] ?? null;
}

/** The publisher's web server: the file, or its 404 page. */
export function serveDownload(scheme: string, host: string, request: HttpRequest): HttpResponse {
  const found = findDownload(`${scheme}://${host}${request.path}`);
  if (!found) {
    const body = '<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>\n';
    return response(404, [['Date', LAB_DATE], ['Content-Type', 'text/html'], ['Content-Length', String(byteLength(body))]], request.method === 'HEAD' ? '' : body);
  }
  return response(200, [['Date', LAB_DATE], ['Content-Type', found.contentType], ['Content-Length', String(byteLength(found.content))]], request.method === 'HEAD' ? '' : found.content);
}
