import { capable } from '../../access';
import type { NetworkInterface, Proc } from '../../process';
import { fail, ok, type Command } from '../types';

function ipAddrBlock(iface: NetworkInterface, index: number): string {
  const name = iface.peerIndex === undefined ? iface.name : `${iface.name}@if${iface.peerIndex}`;
  const loopback = iface.name === 'lo';
  const lines = [
    `${index}: ${name}: <${iface.flags}> mtu ${iface.mtu} qdisc noqueue state ${loopback ? 'UNKNOWN' : 'UP'} qlen 1000`,
    `    link/${loopback ? 'loopback' : 'ether'} ${iface.mac} brd ${loopback ? '00:00:00:00:00:00' : 'ff:ff:ff:ff:ff:ff'}`,
  ];
  if (iface.cidr) {
    const [address = '', prefix = '32'] = iface.cidr.split('/');
    const brd = loopback ? '' : ` brd ${broadcast(address, Number(prefix))}`;
    lines.push(`    inet ${iface.cidr}${brd} scope ${loopback ? 'host' : 'global'} ${iface.name}`, '       valid_lft forever preferred_lft forever');
  }
  return lines.join('\n');
}

function broadcast(address: string, prefix: number): string {
  const value = address.split('.').reduce((acc, part) => (acc << 8) + Number(part), 0) >>> 0;
  const host = prefix >= 32 ? 0 : (2 ** (32 - prefix)) - 1;
  const b = (value | host) >>> 0;
  return [24, 16, 8, 0].map((shift) => (b >>> shift) & 255).join('.');
}

export const ip: Command = ({ proc, args }) => {
  const [object = ''] = args;
  if (!['a', 'addr', 'address'].includes(object)) return fail('Usage: ip addr\n');
  return ok(`${proc.network.interfaces.map((iface, i) => ipAddrBlock(iface, i + 1)).join('\n')}\n`);
};

export const ss: Command = ({ proc }) => {
  const locals = proc.network.listeners.map((l) => `${l.address}:${l.port}`);
  const width = Math.max('Local Address:Port'.length, ...locals.map((l) => l.length));
  const header = `State  Recv-Q Send-Q ${'Local Address:Port'.padStart(width)} Peer Address:Port Process`;
  const rows = locals.map((local) => `LISTEN 0      4096   ${local.padStart(width)}         0.0.0.0:*`);
  return ok(`${[header, ...rows].join('\n')}\n`);
};

function parseUrl(raw: string): { host: string; port: number; path: string } | null {
  const match = /^(?:(https?):\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/.exec(raw);
  if (!match) return null;
  const [, scheme = 'http', host = '', port, path = '/'] = match;
  return { host, port: port ? Number(port) : scheme === 'https' ? 443 : 80, path };
}

/** What a request from this process to host:port gets: the listener it reaches, or why not. */
function connect(proc: Proc, host: string, port: number): { http: string | null } | 'refused' | 'unresolved' {
  const loopbackNames = ['localhost', '127.0.0.1'];
  const addresses = proc.network.interfaces.flatMap((iface) => (iface.cidr ? [iface.cidr.split('/')[0] ?? ''] : []));
  if (!loopbackNames.includes(host) && !/^\d+\.\d+\.\d+\.\d+$/.test(host)) return 'unresolved';
  const target = host === 'localhost' ? '127.0.0.1' : host;
  const listener = proc.network.listeners.find((l) =>
    l.port === port && (l.address === target || (l.address === '0.0.0.0' && (addresses.includes(target) || target === '127.0.0.1'))));
  return listener ? { http: listener.http } : 'refused';
}

export const curl: Command = ({ proc, args }) => {
  const url = args.find((a) => !a.startsWith('-'));
  const parsed = url ? parseUrl(url) : null;
  if (!parsed) return fail('curl: try \'curl --help\' for more information\n', 2);
  const result = connect(proc, parsed.host, parsed.port);
  if (result === 'unresolved') return fail(`curl: (6) Could not resolve host: ${parsed.host}\n`, 6);
  if (result === 'refused') return fail(`curl: (7) Failed to connect to ${parsed.host} port ${parsed.port} after 0 ms: Couldn't connect to server\n`, 7);
  if (result.http === null) return fail('curl: (52) Empty reply from server\n', 52);
  return ok(result.http);
};

export const wget: Command = ({ proc, args }) => {
  const url = args.find((a) => !a.startsWith('-'));
  const parsed = url ? parseUrl(url) : null;
  if (!parsed) return fail('BusyBox v1.36.1 (2024-06-10 07:11:47 UTC) multi-call binary.\n\nUsage: wget [-q] [-O FILE] URL\n');
  const result = connect(proc, parsed.host, parsed.port);
  if (result === 'unresolved') return fail(`wget: bad address '${parsed.host}'\n`);
  const quiet = args.some((a) => /^-\w*q/.test(a));
  const connecting = quiet ? '' : `Connecting to ${parsed.host}:${parsed.port} (${parsed.host}:${parsed.port})\n`;
  if (result === 'refused') return fail(`${connecting}wget: can't connect to remote host (${parsed.host}): Connection refused\n`);
  if (result.http === null) return fail(`${connecting}wget: error getting response: Connection reset by peer\n`);
  return ok(result.http);
};

export const ping: Command = ({ proc, args }) => {
  const host = args.find((a) => !a.startsWith('-') && !/^\d+$/.test(a)) ?? '';
  const rawAllowed = capable(proc, 'NET_RAW') && (proc.apparmor?.allowsRawSockets() ?? true);
  // Docker sets ping_group_range for bridge networks, so unprivileged ICMP sockets also work there.
  const icmpSocket = proc.network.mode === 'bridge' && proc.kind === 'container';
  if (!rawAllowed && !icmpSocket) {
    return proc.busybox ? fail('ping: permission denied (are you root?)\n') : fail('ping: socktype: SOCK_RAW\nping: socket: Operation not permitted\n');
  }
  if (proc.network.mode === 'none' && host !== '127.0.0.1' && host !== 'localhost') return fail('ping: sendto: Network unreachable\n');
  const address = host === 'localhost' ? '127.0.0.1' : host;
  return ok(`PING ${host} (${address}): 56 data bytes\n64 bytes from ${address}: seq=0 ttl=64 time=0.071 ms\n\n--- ${host} ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\nround-trip min/avg/max = 0.071/0.071/0.071 ms\n`);
};

/** Port names of Alpine's /etc/services for the ports the lab listens on; others stay numbers. */
const SERVICE_NAMES: Record<number, string> = { 22: 'ssh', 53: 'domain', 80: 'http', 443: 'https', 5432: 'postgresql' };

/**
 * BusyBox `netstat` (networking/netstat.c): TCP listeners from the process's network namespace.
 * `-l` shows servers only, `-a` both, neither shows connections (the lab has none); `-n` keeps
 * numbers; `-t`/`-u`/`-x` choose the socket kinds, all of them when none is given.
 */
export const netstat: Command = ({ proc, args }) => {
  const letters = new Set(args.filter((a) => /^-[a-zA-Z]+$/.test(a)).flatMap((a) => [...a.slice(1)]));
  const numeric = letters.has('n');
  const servers = letters.has('l') || letters.has('a');
  const which = letters.has('a') ? 'servers and established' : letters.has('l') ? 'only servers' : 'w/o servers';
  const chosen = ['t', 'u', 'w', 'x'].filter((k) => letters.has(k));
  const inet = chosen.length === 0 || chosen.some((k) => k !== 'x');
  const unix = chosen.length === 0 || letters.has('x');
  const name = (address: string, port: number): string => {
    if (numeric) return `${address}:${port}`;
    return `${address === '127.0.0.1' ? 'localhost' : address}:${SERVICE_NAMES[port] ?? port}`;
  };
  const lines: string[] = [];
  if (inet) {
    lines.push(`Active Internet connections (${which})`, `Proto Recv-Q Send-Q ${'Local Address'.padEnd(23)} ${'Foreign Address'.padEnd(23)} ${'State'.padEnd(12)}`);
    const tcp = chosen.length === 0 || letters.has('t');
    if (servers && tcp) {
      for (const l of proc.network.listeners) lines.push(`tcp        0      0 ${name(l.address, l.port).padEnd(23)} ${'0.0.0.0:*'.padEnd(23)} ${'LISTEN'.padEnd(12)}`);
    }
  }
  if (unix) lines.push(`Active UNIX domain sockets (${which})`, 'Proto RefCnt Flags       Type       State         I-Node Path');
  return ok(`${lines.join('\n')}\n`);
};
