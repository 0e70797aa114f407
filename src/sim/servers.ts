import type { Container } from './container';
import { byteLength, LAB_DATE, response } from './http';
import { listenPorts, serveStatic } from './nginx';
import type { HttpRequest, HttpResponse, Listener, NetworkView } from './process';
import { portOf, programOf, type ServerSpec } from './programs';
import { follow } from './shell/fsops';
import { findProgram } from './shell/run';
import { EPERM, ERRNO_TEXT, filteredErrno } from './seccomp';

/** Go's ServeMux: the longest pattern that matches, a pattern ending in "/" matching its whole subtree. */
function goServe(spec: ServerSpec, request: HttpRequest): HttpResponse {
  const path = request.path.split('?')[0] ?? '/';
  const route = spec.routes
    .filter((r) => (r.pattern.endsWith('/') ? path.startsWith(r.pattern) : path === r.pattern))
    .sort((a, b) => b.pattern.length - a.pattern.length)[0];
  if (!route) {
    const body = '404 page not found\n';
    return response(404, [['Content-Type', 'text/plain; charset=utf-8'], ['X-Content-Type-Options', 'nosniff'], ['Date', LAB_DATE], ['Content-Length', String(byteLength(body))]], request.method === 'HEAD' ? '' : body);
  }
  return response(200, [['Date', LAB_DATE], ['Content-Length', String(byteLength(route.body))], ['Content-Type', route.contentType]], request.method === 'HEAD' ? '' : route.body);
}

/** What the main process does about the network once it runs: the sockets it opens, or how its listen fails. */
export type ServerStart = { listeners: Listener[] } | { error: string; code: number } | null;

/** Low ports need root or CAP_NET_BIND_SERVICE, except in a container's own namespace (Docker sets ip_unprivileged_port_start=0). */
function bindRefused(container: Container, port: number): boolean {
  const proc = container.proc;
  return port < 1024 && proc.network.mode === 'host' && !proc.caps.effective.has('NET_BIND_SERVICE');
}

function taken(view: NetworkView, address: string, port: number): boolean {
  return view.listeners.some((l) => l.port === port && (l.address === address || l.address === '0.0.0.0' || address === '0.0.0.0'));
}

/**
 * The sockets a container's main program listens on: nginx from its configuration, a program the
 * simulator built or downloaded from what it carries. null when the program is not a server the
 * simulator knows.
 */
export function startServer(container: Container, argv: readonly string[]): ServerStart {
  const [name = '', ...args] = argv;
  const proc = container.proc;
  const base = name.split('/').pop() ?? name;
  if (base === 'nginx') {
    if (args.some((a) => ['-t', '-T', '-v', '-V', '-h', '-?'].includes(a))) return null;
    const listeners = listenPorts(proc.vfs).map(({ address, port }): Listener => ({
      address, port, serve: (request) => serveStatic(proc.vfs, request), process: 'nginx', pid: 1, fd: 6, uid: proc.identity.uid, owner: container.id,
    }));
    return { listeners };
  }
  const path = findProgram(proc, name);
  const node = path ? follow(proc, path).node : null;
  const spec = node?.type === 'file' ? programOf(node.content) : null;
  if (!spec?.server) return null;
  const server = spec.server;
  const port = portOf(server.port, args, proc.env);
  const address = server.host === '' ? '0.0.0.0' : server.host === 'localhost' ? '127.0.0.1' : server.host;
  const shown = `${server.host}:${port}`;
  // Go's net.Listen makes these calls in this order and names the one that failed.
  const filtered = ['socket', 'setsockopt', 'bind', 'listen'].map((call) => ({ call, errno: filteredErrno(proc, call) })).find((c) => c.errno !== null);
  if (filtered) {
    const reason = (ERRNO_TEXT[filtered.errno ?? EPERM] ?? 'operation not permitted').toLowerCase();
    return server.fatal ? { error: `2026/12/03 09:00:00 listen tcp ${shown}: ${filtered.call}: ${reason}\n`, code: 1 } : { error: '', code: 0 };
  }
  const failure = bindRefused(container, port) ? 'permission denied' : taken(proc.network, address, port) ? 'address already in use' : null;
  if (failure) {
    // Go's net.Listen error; log.Fatal prints it with the date and exits 1, a plain call returns it and main ends with 0.
    return server.fatal ? { error: `2026/12/03 09:00:00 listen tcp ${shown}: bind: ${failure}\n`, code: 1 } : { error: '', code: 0 };
  }
  const comm = base.slice(0, 15);
  return { listeners: [{ address, port, serve: (request) => goServe(server, request), process: comm, pid: 1, fd: 3, uid: proc.identity.uid, owner: container.id }] };
}

/** The container's own address on the bridge, where docker-proxy connects. */
export function bridgeAddress(container: Container): string | null {
  const eth0 = container.proc.network.interfaces.find((i) => i.name === 'eth0');
  return container.proc.network.mode === 'bridge' ? eth0?.cidr?.split('/')[0] ?? null : null;
}

/**
 * docker-proxy on the host for each `-p [IP:]HOST:CONTAINER`: it accepts on the host address and
 * connects to the container's address; when nothing listens there it closes the connection at once,
 * which clients report as an empty reply.
 */
export function proxiesOf(container: Container, index: number): Listener[] {
  const target = bridgeAddress(container);
  if (!target || container.status !== 'running') return [];
  return container.runtime.ports.filter((p) => p.protocol === 'tcp').flatMap((p, i): Listener[] => {
    const hostPort = Number(p.hostPort ?? p.containerPort);
    const containerPort = Number(p.containerPort.split('/')[0]);
    if (!Number.isInteger(hostPort) || !Number.isInteger(containerPort)) return [];
    const serve = (request: HttpRequest): HttpResponse | null => {
      const backend = container.status === 'running'
        ? container.servers.find((l) => l.port === containerPort && (l.address === '0.0.0.0' || l.address === target))
        : undefined;
      return backend ? backend.serve(request) : null;
    };
    return [{ address: p.hostIp ?? '0.0.0.0', port: hostPort, serve, process: 'docker-proxy', pid: 5000 + index * 10 + i, fd: 4, uid: 0, owner: container.id }];
  });
}

/**
 * Why the daemon cannot publish the container's ports: a port another container has published
 * (the daemon's port allocator), or one a host process holds (docker-proxy's bind fails). The texts
 * follow moby's portallocator and libnetwork errors; this engine runs with bridge networking off, so
 * they could not be reproduced here.
 */
export function publishConflict(hostListeners: readonly Listener[], container: Container): string | null {
  for (const p of container.runtime.ports) {
    if (p.protocol !== 'tcp' || container.proc.network.mode !== 'bridge') continue;
    const address = p.hostIp ?? '0.0.0.0';
    const port = Number(p.hostPort ?? p.containerPort);
    const holder = hostListeners.find((l) => l.port === port && (l.address === address || l.address === '0.0.0.0' || address === '0.0.0.0'));
    if (!holder) continue;
    const endpoint = `driver failed programming external connectivity on endpoint ${container.name} (${container.id})`;
    return holder.process === 'docker-proxy'
      ? `${endpoint}: Bind for ${address}:${port} failed: port is already allocated`
      : `${endpoint}: Error starting userland proxy: listen tcp4 ${address}:${port}: bind: address already in use`;
  }
  return null;
}
