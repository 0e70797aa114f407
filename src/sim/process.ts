import type { SyscallFilter } from './seccomp';
import type { IdRange } from './userns';
import type { CapabilitySets } from './capabilities';
import type { TaskCounter } from './limits';
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

/** One HTTP request as a client sends it. */
export interface HttpRequest {
  method: 'GET' | 'HEAD';
  path: string;
  /** The Host header: the name or address the client was given. */
  host: string;
}

export interface HttpResponse {
  status: number;
  reason: string;
  headers: [string, string][];
  body: string;
}

/** A listening TCP socket in some network namespace. */
export interface Listener {
  /** The bound address: "0.0.0.0" for every IPv4 address of the namespace. */
  address: string;
  port: number;
  /** What the server answers a request with; null for a service that closes the connection without an HTTP reply. */
  serve: (request: HttpRequest) => HttpResponse | null;
  process: string;
  pid: number;
  fd: number;
  /** Owner of the socket: `ss -p` names the process only to its owner and root. */
  uid: number;
  /** The container whose process (or docker-proxy) holds the socket. */
  owner?: string;
}

export interface NetworkView {
  mode: 'host' | 'bridge' | 'none';
  interfaces: NetworkInterface[];
  /** The sockets listening in this namespace now (they follow the containers that started and stopped). */
  readonly listeners: Listener[];
  /** The namespace that owns an address outside this one, when it can be routed to (the host, other containers). */
  route?: (address: string) => NetworkView | null;
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
  /** The seccomp filter in force (Docker's default blocks mount, unshare, setns...); null when unconfined. */
  seccomp: SyscallFilter | null;
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
  /** The host IDs its user namespace maps 0.. to (daemon userns-remap); absent in the host's user namespace. */
  userns?: IdRange;
  /** The container's pids cgroup, shared by all its processes; forks count against it. */
  tasks?: TaskCounter;
}
