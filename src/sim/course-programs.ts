import { checkAccess, checkCreate, type Denial } from './access';
import { byteLength, LAB_DATE, response } from './http';
import type { Listener, Proc } from './process';
import { EPERM, ERRNO_TEXT, filteredErrno } from './seccomp';
import { follow } from './shell/fsops';
import type { Command, Output } from './shell/types';
import { dir } from './vfs/tree';

/**
 * What the programs of the course's own images (course-images.ts) do when they start: check what
 * their lesson says they need, then keep running (a service) or exit with the error a Go program
 * prints. Each binary in an image is a marker file `\x7fELF course:KEY`, which the shell runs with the
 * command registered here under KEY.
 */

const MARKER = 'course:';

/** The content of the marker binary that runs COURSE_BINARIES[key]. */
export function courseBinary(key: string): string {
  return `\x7fELF ${MARKER}${key}`;
}

/** How Go's os package words each error. */
function goError(error: Denial | 'ENOENT' | 'ENOTDIR'): string {
  switch (error) {
    case 'ENOENT': return 'no such file or directory';
    case 'ENOTDIR': return 'not a directory';
    case 'EROFS': return 'read-only file system';
    case 'EPERM': return 'operation not permitted';
    default: return 'permission denied';
  }
}

function exits(message: string): Output {
  return { stdout: '', stderr: `${message}\n`, code: 1 };
}

/** A service that started: its log so far, and the port it now listens on in the container's network namespace. */
function serves(proc: Proc, log: string[], listener?: { port: number; http: string; process: string }): Output {
  // Go's net.Listen makes these calls in this order and names the one a seccomp filter refused.
  const refused = listener ? ['socket', 'setsockopt', 'bind', 'listen'].map((call) => ({ call, errno: filteredErrno(proc, call) })).find((c) => c.errno !== null) : undefined;
  if (listener && refused) {
    return exits(`${listener.process}: listen tcp :${listener.port}: ${refused.call}: ${(ERRNO_TEXT[refused.errno ?? EPERM] ?? ERRNO_TEXT[EPERM] ?? '').toLowerCase()}`);
  }
  const body = listener?.http ?? '';
  const type = body.startsWith('{') ? 'application/json' : 'text/html; charset=utf-8';
  const listening: Listener[] = listener ? [{
    address: '0.0.0.0', port: listener.port, process: listener.process, pid: 1, fd: 3, uid: proc.identity.uid,
    serve: (request) => response(200, [['Date', LAB_DATE], ['Content-Length', String(byteLength(body))], ['Content-Type', type]], request.method === 'HEAD' ? '' : body),
  }] : [];
  return { stdout: log.map((line) => `${line}\n`).join(''), stderr: '', code: 0, running: true, listening };
}

function option(args: readonly string[], name: string, fallback: string): string {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] ?? fallback : fallback;
}

/** Opens a file or directory for reading, as open(2) would judge it. */
function openForReading(proc: Proc, path: string): Denial | 'ENOENT' | null {
  const target = follow(proc, path);
  if (!target.node) return 'ENOENT';
  return checkAccess(proc, target.path, target.node, 'read');
}

/** Creates a private scratch directory, as os.MkdirAll(path, 0700) does. */
function makeScratch(proc: Proc, path: string): Denial | null {
  if (proc.vfs.stat(path)?.type === 'dir') return null;
  const denied = checkCreate(proc, path);
  if (denied) return denied;
  const { tree, inner } = proc.vfs.resolve(path);
  tree.set(inner, dir(0o700, proc.identity.uid, proc.identity.gid));
  return null;
}

const page = (title: string, text: string): string => `<!doctype html>\n<title>${title}</title>\n<p>${text}</p>\n`;

/** example/web:1.4 keeps temporary files under /tmp, so it stops at once on a read-only root without a tmpfs there. */
const exampleWeb: Command = ({ proc }) => {
  const denied = makeScratch(proc, '/tmp/web-cache');
  if (denied) return exits(`web: mkdir /tmp/web-cache: ${goError(denied)}`);
  return serves(proc, ['web 1.4: temporary files in /tmp/web-cache', 'web 1.4: listening on :8080'], { port: 8080, http: page('Example web', 'example/web 1.4 is up.'), process: 'web' });
};

/** web:2.3 only listens on 8080. */
const web: Command = ({ proc }) =>
  serves(proc, ['web 2.3: listening on :8080'], { port: 8080, http: page('web 2.3', 'web 2.3 is up.'), process: 'web' });

/** sensor-reader:1.4 opens its serial device for reading, and keeps reading from it. */
const sensorReader: Command = ({ proc, args }) => {
  const device = option(args, '--device', '/dev/ttyUSB0');
  const node = follow(proc, device).node;
  if (node && node.type !== 'device') return exits(`sensor-reader: ${device} is not a serial device`);
  const error = openForReading(proc, device);
  if (error) return exits(`sensor-reader: open ${device}: ${goError(error)}`);
  return serves(proc, [`sensor-reader 1.4: reading ${device} at 9600 baud`, 'sensor-reader 1.4: 21.4 °C, 48 % RH']);
};

/** example/container-dashboard:2.4 renders the dashboards in its directory; without one it has nothing to serve. */
const containerDashboard: Command = ({ proc, args }) => {
  const directory = option(args, '--dir', '/etc/dashboard');
  const target = follow(proc, directory);
  const error = openForReading(proc, directory) ?? (target.node?.type === 'dir' ? null : 'ENOTDIR');
  if (error) return exits(`dashboard: open ${directory}: ${goError(error)}`);
  const files = proc.vfs.list(target.path).filter((name) => name.endsWith('.json')).sort();
  if (files.length === 0) return exits(`dashboard: no dashboards (*.json) in ${directory}`);
  const listen = option(args, '--listen', ':3000');
  return serves(proc, [`dashboard 2.4: rendering ${files.join(', ')} from ${directory}`, `dashboard 2.4: listening on ${listen}`], {
    port: Number(listen.split(':').pop()) || 3000, http: page('Dashboards', files.map((f) => f.replace(/\.json$/, '')).join(', ')), process: 'dashboard',
  });
};

/** registry.example.com/api:1.8.2 caches responses under /tmp, which the Deployment mounts as an emptyDir. */
const api: Command = ({ proc }) => {
  const denied = makeScratch(proc, '/tmp/api-cache');
  if (denied) return exits(`api: mkdir /tmp/api-cache: ${goError(denied)}`);
  return serves(proc, ['api 1.8.2: cache in /tmp/api-cache', 'api 1.8.2: listening on :8080'], { port: 8080, http: '{"status":"ok","version":"1.8.2"}\n', process: 'api' });
};

/** registry.example.com/log-shipper:0.9.3 tails the node's pod logs; it uses containerd's socket only when one is mounted. */
const logShipper: Command = ({ proc, args }) => {
  const pods = option(args, '--pods', '/var/log/pods');
  const target = follow(proc, pods);
  const error = openForReading(proc, pods) ?? (target.node?.type === 'dir' ? null : 'ENOTDIR');
  if (error) return exits(`log-shipper: open ${pods}: ${goError(error)}`);
  const socket = '/run/containerd/containerd.sock';
  const names = proc.vfs.stat(socket) ? `container names from ${socket}` : 'container names from the log file paths';
  return serves(proc, [`log-shipper 0.9.3: watching ${pods} (${proc.vfs.list(target.path).length} pod directories)`, `log-shipper 0.9.3: ${names}`]);
};

/** shop-web:3.1 reads its configuration at start; it writes to /tmp only when it stores a session. */
const shopWeb: Command = ({ proc, args }) => {
  const config = option(args, '--config', '/etc/shop-web/config.yaml');
  const error = openForReading(proc, config);
  if (error) return exits(`shop-web: open ${config}: ${goError(error)}`);
  return serves(proc, [`shop-web 3.1: configuration from ${config}`, 'shop-web 3.1: listening on :8080'], { port: 8080, http: page('Shop', 'shop-web 3.1'), process: 'shop-web' });
};

/** The programs of the course images, by the key their marker binary names. */
export const COURSE_BINARIES: Readonly<Record<string, Command>> = Object.fromEntries(Object.entries({
  'example-web': exampleWeb, web, 'sensor-reader': sensorReader, 'container-dashboard': containerDashboard,
  api, 'log-shipper': logShipper, 'shop-web': shopWeb,
}).map(([key, command]) => [`${MARKER}${key}`, command]));
