import type { Listener, Proc } from '../../process';
import { ok, type Command } from '../types';

/** Who may see which process owns a socket: its owner, or root (ss reads /proc/PID/fd). */
export function visible(proc: Proc, listener: Listener): boolean {
  return proc.identity.uid === 0 || proc.identity.uid === listener.uid;
}

/** The sockets a process's namespace listens on; the kernel's hash order is not modelled, so they come in the order they opened. */
function sorted(proc: Proc): Listener[] {
  return [...proc.network.listeners];
}

function shortFlags(args: readonly string[]): Set<string> {
  const flags = new Set<string>();
  for (const arg of args) {
    if (/^-[a-zA-Z]+$/.test(arg)) for (const c of arg.slice(1)) flags.add(c);
    else if (arg === '--listening') flags.add('l');
    else if (arg === '--tcp') flags.add('t');
    else if (arg === '--numeric') flags.add('n');
    else if (arg === '--processes' || arg === '--programs') flags.add('p');
  }
  return flags;
}

/**
 * iproute2 ss: every column as wide as its widest cell; addresses right-aligned up to their colon,
 * ports left-aligned after it; the process column printed with a leading space.
 */
export const ss: Command = ({ proc, args }) => {
  const flags = shortFlags(args);
  const listeners = sorted(proc);
  const rows = listeners.map((l) => ({
    local: `${l.address}:`, port: String(l.port),
    process: flags.has('p') && visible(proc, l) ? ` users:(("${l.process}",pid=${l.pid},fd=${l.fd}))` : '',
  }));
  const localWidth = Math.max('Local Address:'.length, ...rows.map((r) => r.local.length));
  const portWidth = Math.max('Port'.length, ...rows.map((r) => r.port.length));
  const processWidth = Math.max('Process'.length, ...rows.map((r) => r.process.length));
  const line = (state: string, recv: string, send: string, local: string, port: string, peer: string, peerPort: string, process: string): string =>
    `${state.padEnd(6)} ${recv.padEnd(6)} ${send.padEnd(6)} ${local.padStart(localWidth)}${port.padEnd(portWidth)} ${peer.padStart(13)}${peerPort.padEnd(4)}${process.padEnd(processWidth)}`;
  const header = line('State', 'Recv-Q', 'Send-Q', 'Local Address:', 'Port', 'Peer Address:', 'Port', 'Process');
  const body = rows.map((r, i) => line('LISTEN', '0', String(listeners[i]?.process === 'nginx' ? 511 : 4096), r.local, r.port, '0.0.0.0:', '*', r.process));
  return ok(`${[header, ...body].join('\n')}\n`);
};
