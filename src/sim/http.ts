import type { HttpResponse } from './process';

/** The lab's clock for Date headers: the simulator has no clock of its own, so transcripts stay the same. */
export const LAB_DATE = 'Thu, 03 Dec 2026 09:00:00 GMT';

const REASONS: Record<number, string> = { 200: 'OK', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed' };

export function reasonOf(status: number): string {
  return REASONS[status] ?? 'OK';
}

/** A plain response; Content-Length counts bytes, as servers send it. */
export function response(status: number, headers: [string, string][], body: string): HttpResponse {
  return { status, reason: reasonOf(status), headers, body };
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Status line and headers as curl -i and -I print them (HTTP/1.1 uses CRLF line ends). */
export function headerBlock(res: HttpResponse): string {
  return `HTTP/1.1 ${res.status} ${res.reason}\r\n${res.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
}
