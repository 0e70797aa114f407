import type { CapabilitySets } from './capabilities';
import type { Identity } from './users';
import type { Vfs } from './vfs/vfs';

export type FileAccessKind = 'read' | 'write' | 'link' | 'exec';

/** A mandatory access control profile as the kernel enforces it on a process. */
export interface Confinement {
  /** The profile name, as /proc/self/attr/current and aa-status show it. */
  name: string;
  allowsFile(path: string, access: FileAccessKind, isDirectory: boolean): boolean;
  allowsCapability(capability: string): boolean;
  allowsMount(): boolean;
  allowsRawSockets(): boolean;
}

export interface NetworkInterface {
  name: string;
  /** e.g. "10.0.2.15/24"; null for an interface without IPv4. */
  cidr: string | null;
  mac: string;
  mtu: number;
  /** Peer interface index for a veth pair ("eth0@if7"). */
  peerIndex?: number;
  flags: string;
}

/** A TCP listener reachable from some network namespace. */
export interface Listener {
  address: string;
  port: number;
  /** What answers: an HTTP body, or null for a non-HTTP service that closes the connection. */
  http: string | null;
  process: string;
}

export interface NetworkView {
  mode: 'host' | 'bridge' | 'none';
  interfaces: NetworkInterface[];
  listeners: Listener[];
}

export interface ProcessEntry {
  pid: number;
  user: string;
  command: string;
}

/** Everything a shell command needs to know about the process running it. */
export interface Proc {
  kind: 'host' | 'container';
  vfs: Vfs;
  identity: Identity;
  caps: CapabilitySets;
  /** AppArmor profile in force; null when unconfined. */
  apparmor: Confinement | null;
  /** Docker's default seccomp filter (blocks mount, unshare, setns...) is in force. */
  seccomp: boolean;
  network: NetworkView;
  hostname: string;
  env: Record<string, string>;
  cwd: string;
  /** The host's block devices are visible (privileged or --device). */
  hostDevices: boolean;
  /** Sharing the host's PID namespace. */
  pidHost: boolean;
  processes: ProcessEntry[];
  /** BusyBox tools print their own formats and messages. */
  busybox: boolean;
  /** Container id, for the prompt and `docker` from inside. */
  containerId?: string;
}
