import type { Finding, Span } from '../core/types';
import type { ImageVerification } from './verify-steps';

/** A value together with the place in the source that set it, so findings can point at the flag or key. */
export interface Setting<T> {
  value: T;
  span: Span;
}

/** Where a container's settings came from; rules word their advice in that syntax. */
export type RuntimeSource = 'run' | 'compose';

/** Namespaces a container can share with the host instead of getting its own. */
export type HostNamespace = 'net' | 'pid' | 'ipc' | 'uts' | 'userns' | 'cgroupns';

export type MountType = 'bind' | 'volume' | 'tmpfs' | 'image' | 'npipe' | 'cluster';

export interface MountModel {
  type: MountType;
  /** Host path for binds, volume name for volumes, null for anonymous volumes and tmpfs. */
  source: string | null;
  target: string;
  readOnly: boolean;
  /** Extra options as written (e.g. "noexec,size=64m" for tmpfs, "z" or "nocopy" for volumes). */
  options: string;
  /** Set for `--mount`, whose bind mounts the daemon refuses when the source is missing (-v creates it). */
  mountFlag?: true;
  span: Span;
}

export interface PortModel {
  /** Host address the port binds to; null means every interface (0.0.0.0 and ::). */
  hostIp: string | null;
  /** Host port or range; null when Docker picks a random port. */
  hostPort: string | null;
  containerPort: string;
  protocol: string;
  raw: string;
  span: Span;
}

export interface DeviceModel {
  host: string;
  container: string;
  /** Some of "rwm"; "rwm" when not given. */
  permissions: string;
  span: Span;
}

export interface CapabilityChange {
  /** Upper case, without the CAP_ prefix; "ALL" for all capabilities. */
  name: string;
  span: Span;
}

/** A confinement profile: the runtime's default one, none at all, or a named/custom one. */
export interface ProfileState {
  state: 'default' | 'unconfined' | 'custom';
  /** The profile name or path when custom; null otherwise. */
  profile: string | null;
  /** Where it was chosen (the flag or key); null when left at the default or implied by privileged. */
  span: Span | null;
}

/** What one container will really run with, after defaults, drops, adds and `privileged` are applied. */
export interface RuntimeModel {
  source: RuntimeSource;
  /** The whole `docker run` command, or the service's key in a Compose file. */
  span: Span;
  /** Service name in Compose; `--name` for `docker run`. */
  name: Setting<string> | null;
  image: Setting<string> | null;

  privileged: Setting<boolean> | null;
  /** Effective capability set (upper case, no CAP_ prefix), sorted. */
  capabilities: string[];
  capAdd: CapabilityChange[];
  capDrop: CapabilityChange[];

  /** Namespaces shared with the host, each with the flag or key that shares it. */
  hostNamespaces: Partial<Record<HostNamespace, Span>>;
  /** Network mode as written: "bridge", "host", "none", "container:<id>", a network name; null = default bridge. */
  networkMode: Setting<string> | null;
  pidMode: Setting<string> | null;
  ipcMode: Setting<string> | null;
  utsMode: Setting<string> | null;
  /** --hostname: the container's own host name in its UTS namespace. */
  hostname: Setting<string> | null;
  usernsMode: Setting<string> | null;
  cgroupnsMode: Setting<string> | null;

  mounts: MountModel[];
  devices: DeviceModel[];
  /** The user override (`-u`, `user:`), as written; null keeps the image's USER. */
  user: Setting<string> | null;
  groupAdd: Setting<string>[];

  seccomp: ProfileState;
  apparmor: ProfileState;
  /** SELinux labelling: default, or "unconfined" when `label=disable` (or privileged) turns it off. */
  selinux: ProfileState;
  /** Every security option as written, for checks the fields above do not cover. */
  securityOpts: Setting<string>[];
  noNewPrivileges: Setting<boolean> | null;
  /** `systempaths=unconfined`: /proc and /sys paths are no longer masked or read-only. */
  systemPathsUnconfined: Span | null;
  readOnlyRootfs: Setting<boolean> | null;

  ports: PortModel[];
  publishAll: Setting<boolean> | null;

  memory: Setting<string> | null;
  /** --memory-swap / memswap_limit: memory plus swap; Docker's default is twice --memory. */
  memorySwap: Setting<string> | null;
  cpus: Setting<string> | null;
  pidsLimit: Setting<string> | null;
  /** --ulimit / Compose `ulimits`, as `name=soft[:hard]` (e.g. "nofile=1024:2048"); per process, and nproc per user. */
  ulimits: Setting<string>[];
  /** --restart / Compose `restart`: "no", "always", "unless-stopped", "on-failure[:N]". */
  restart: Setting<string> | null;
  sysctls: Setting<string>[];

  /** KEY=VALUE or bare KEY entries, in order. */
  env: Setting<string>[];
  workdir: Setting<string> | null;
  entrypoint: Setting<string> | null;
  runtime: Setting<string> | null;

  rm: boolean;
  detach: boolean;
  interactive: boolean;
  tty: boolean;
}

export type RunVerb = 'run' | 'create';

/** One `docker run` / `docker create` invocation found in a script. */
export interface RunCommand {
  verb: RunVerb;
  /** From the first word (`sudo`, `docker`, ...) to the last argument. */
  span: Span;
  image: Setting<string> | null;
  /** The container's command: every word after the image. */
  command: string[];
  /** The decoded words after `docker`, for display. */
  args: string[];
}

export interface RunScriptModel {
  commands: { command: RunCommand; runtime: RuntimeModel }[];
  /** `cosign verify` / `notation verify` steps and what each guards (verify-steps.ts). */
  verifications?: ImageVerification[];
  /** The script's plain variable assignments, for reading image references written as `$IMAGE`. */
  variables?: ReadonlyMap<string, string>;
  diagnostics: Finding[];
}
