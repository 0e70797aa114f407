import { DOWNLOAD_HOSTS, serveDownload } from './downloads';
import type { HttpRequest, HttpResponse, Listener, NetworkView, Proc } from './process';

export interface Url {
  scheme: 'http' | 'https';
  host: string;
  port: number;
  path: string;
  /** host[:port] as the URL spells it. */
  authority: string;
}

export function parseUrl(raw: string): Url | null {
  const match = /^(?:(https?):\/\/)?([^/:?#\s]+)(?::(\d+))?([/?][^\s#]*)?(?:#.*)?$/i.exec(raw);
  if (!match) return null;
  const [, scheme = 'http', host = '', port, rest = '/'] = match;
  const lower = scheme.toLowerCase() === 'https' ? 'https' : 'http';
  return { scheme: lower, host: host.toLowerCase(), port: port ? Number(port) : lower === 'https' ? 443 : 80, path: rest.startsWith('/') ? rest : `/${rest}`, authority: port ? `${host}:${port}` : host };
}

/** The documentation address (RFC 5737) the lab's DNS gives the course's download hosts. */
export const DOWNLOAD_ADDRESS = '203.0.113.10';

/** How a TCP connection from a process ends: a server that answers, or the error the client reports. */
export type Connection =
  | { kind: 'open'; address: string; answer: (request: HttpRequest) => HttpResponse | null }
  | { kind: 'unresolved' }
  | { kind: 'refused'; address: string }
  | { kind: 'unreachable'; address: string };

function ipv4(text: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(text);
}

function localAddresses(view: NetworkView): string[] {
  return view.interfaces.flatMap((i) => (i.cidr ? [i.cidr.split('/')[0] ?? ''] : []));
}

/** A socket bound to this address, or to the wildcard, on this port. */
function listenerFor(view: NetworkView, address: string, port: number): Listener | undefined {
  return view.listeners.find((l) => l.port === port && (l.address === address || l.address === '0.0.0.0'));
}

/**
 * Connects the way the kernel routes: loopback and the namespace's own addresses stay inside it;
 * another address reaches the namespace that holds it (the host, a container on the bridge), where a
 * socket bound to 127.0.0.1 is out of reach; anything else has no route.
 */
export function connect(proc: Proc, url: Url): Connection {
  const view = proc.network;
  const name = url.host === 'localhost' ? '127.0.0.1' : url.host;
  if (!ipv4(name)) {
    if (view.mode !== 'none' && DOWNLOAD_HOSTS.has(name)) return { kind: 'open', address: DOWNLOAD_ADDRESS, answer: (request) => serveDownload(url.scheme, name, request) };
    return { kind: 'unresolved' };
  }
  const local = name.startsWith('127.') || localAddresses(view).includes(name);
  const target = local ? view : view.mode === 'none' ? null : view.route?.(name) ?? null;
  if (!target) return { kind: 'unreachable', address: name };
  const listener = listenerFor(target, name, url.port);
  return listener ? { kind: 'open', address: name, answer: listener.serve } : { kind: 'refused', address: name };
}
