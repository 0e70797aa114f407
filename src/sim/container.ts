import type { SeccompModel } from '../checker/seccomp';
import { DOCKER_DEFAULT_FILTER, profileFilter } from './seccomp';
import type { RuntimeModel } from '../checker/run/model';
import { DOCKER_DEFAULT } from './apparmor';
import { familyOf } from './base-fs';
import { procStatusCapLines } from './capabilities';
import type { Engine } from './engine';
import { hexId, shortId } from './hash';
import { HOST_DEVICES, HOST_INTERFACES, HOST_NAME, HOST_PROCESSES } from './host';
import type { SimImage } from './image';
import { taskCounter } from './limits';
import { containerName } from './names';
import type { Confinement, Listener, NetworkView, Proc } from './process';
import { additionalGroups, resolveUser, userName, type Identity } from './users';
import { normalizePath } from './vfs/paths';
import { dir, file, FileTree, type FsNode } from './vfs/tree';
import { Vfs, type Mount } from './vfs/vfs';
import { idMapText, OVERFLOW_ID, type IdRange } from './userns';

export interface Container {
  id: string;
  name: string;
  image: SimImage;
  /** The image as the user typed it, for `docker ps`. */
  imageName: string;
  /** The main process: entrypoint plus command. */
  argv: string[];
  /** Pid 1 of the container's PID namespace (its own main process, or the one of the container it joined). */
  pidInit: string[];
  status: 'created' | 'running' | 'exited';
  exitCode: number;
  runtime: RuntimeModel;
  proc: Proc;
  autoRemove: boolean;
  logs: string;
  ports: string;
  /** Engine clock times (ms): when it was made, and when its main process ended. */
  createdAt?: number;
  finishedAt?: number;
  /** Labels set by whoever created it; Compose finds its containers by them. */
  labels?: Record<string, string>;
  /** The sockets the main process listens on while it runs. */
  servers: Listener[];
  /** The kernel's OOM killer ended the main process (State.OOMKilled). */
  oomKilled?: boolean;
}

/** stat(2) of an empty tmpfs directory reports 40 bytes, not a disk block. */
const TMPFS_EMPTY_DIR = 40;

function device(major: number, minor: number, gid = 0, mode = 0o666): FsNode {
  return { type: 'device', mode, uid: 0, gid, content: `${major},${minor}` };
}

/** /dev: runc's default nodes, plus every host device when privileged, or the ones --device names, at their container paths. */
function devTree(privileged: boolean, devices: readonly { host: string; container: string }[], remapped: boolean): FileTree {
  const tree = new FileTree(new Map([['/', dir(0o755)]]));
  tree.set('/null', device(1, 3));
  tree.set('/zero', device(1, 5));
  tree.set('/random', device(1, 8));
  tree.set('/urandom', device(1, 9));
  tree.set('/tty', device(5, 0));
  tree.set('/shm', dir(0o1777));
  tree.set('/pts', dir(0o755));
  const given = privileged ? Object.keys(HOST_DEVICES).map((path) => ({ host: path, container: path })) : devices;
  for (const { host, container } of given) {
    const node = HOST_DEVICES[host];
    // Host root owns the node; from a remapped namespace root is unmapped and shows as the overflow ID.
    if (node) tree.set(normalizePath(container).replace(/^\/dev(?=\/)/, ''), remapped ? { ...node, uid: OVERFLOW_ID, gid: OVERFLOW_ID } : { ...node });
  }
  return tree;
}

function statusText(name: string, identity: Identity, proc: Pick<Proc, 'caps' | 'seccomp'>, noNewPrivs: boolean): string {
  const ids = (value: number): string => `${value}\t${value}\t${value}\t${value}`;
  return [
    `Name:\t${name}`, 'Umask:\t0022', 'State:\tS (sleeping)', 'Tgid:\t1', 'Pid:\t1', 'PPid:\t0', 'TracerPid:\t0',
    `Uid:\t${ids(identity.uid)}`, `Gid:\t${ids(identity.gid)}`, `Groups:\t${identity.groups.join(' ')} `,
    ...procStatusCapLines(proc.caps),
    `NoNewPrivs:\t${noNewPrivs ? 1 : 0}`, `Seccomp:\t${proc.seccomp ? 2 : 0}`, `Seccomp_filters:\t${proc.seccomp ? 1 : 0}`, '',
  ].join('\n');
}

function procTree(status: string, confinement: Confinement | null, network: NetworkView['mode'], init: readonly string[], userns?: IdRange): FileTree {
  const tree = new FileTree(new Map([['/', dir(0o555)]]));
  const attr = `${confinement ? `${confinement.name} (enforce)` : 'unconfined'}\n`;
  // Without a user namespace of its own the process has the initial namespace's identity map.
  const uidMap = userns ? idMapText(0, userns.uid, userns.count) : idMapText(0, 0, 4_294_967_295);
  const gidMap = userns ? idMapText(0, userns.gid, userns.count) : idMapText(0, 0, 4_294_967_295);
  for (const pid of ['/self', '/1']) {
    tree.set(pid, dir(0o555));
    tree.set(`${pid}/status`, file(status, 0o444));
    tree.set(`${pid}/attr/current`, file(attr, 0o666));
    tree.set(`${pid}/uid_map`, file(uidMap, 0o444));
    tree.set(`${pid}/gid_map`, file(gidMap, 0o444));
  }
  tree.set('/1/cmdline', file(`${init.join('\0')}\0`, 0o444));
  tree.set('/sysrq-trigger', file('', 0o200));
  tree.set('/sys/kernel/hostname', file('', 0o644));
  // Docker 20.10 and later set this sysctl to 0 in a container's own network namespace; the host's stays 1024.
  tree.set('/sys/net/ipv4/ip_unprivileged_port_start', file(network === 'host' ? '1024\n' : '0\n', 0o644));
  return tree;
}

/** Docker hands out the lowest free address of 172.17.0.0/16 (the gateway holds .1). */
function freeBridgeHost(engine: Engine): number {
  const used = new Set(engine.containers.filter((c) => c.status === 'running').flatMap((c) =>
    c.proc.network.mode === 'bridge' ? c.proc.network.interfaces.flatMap((i) => (i.name === 'eth0' && i.cidr ? [Number(i.cidr.split('/')[0]?.split('.')[3])] : [])) : []));
  let host = 2;
  while (used.has(host)) host++;
  return host;
}

/**
 * The container's network namespace. Its sockets are those of its main process while the container
 * runs; the host network is the engine's one view, so host-network containers and the host see the same sockets.
 */
function networkFor(engine: Engine, mode: string, counter: number, host: number, sockets: () => Listener[]): NetworkView {
  if (mode === 'host') return engine.hostNetwork;
  const lo = HOST_INTERFACES[0];
  const loopback = lo ? [lo] : [];
  if (mode === 'none') return { mode: 'none', interfaces: loopback, get listeners() { return sockets(); } };
  const mac = `02:42:ac:11:00:${host.toString(16).padStart(2, '0')}`;
  return {
    mode: 'bridge',
    interfaces: [...loopback, { name: 'eth0', cidr: `172.17.0.${host}/16`, mac, mtu: 1500, peerIndex: counter * 2 + 5, flags: 'BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN' }],
    get listeners() { return sockets(); },
    route: (address) => engine.namespaceOf(address),
  };
}

function hostSource(path: string): string {
  return normalizePath(path.replace(/^\/var\/run(?=\/|$)/, '/run'));
}

/**
 * The daemon's user namespace for this container, or its refusal (moby daemon_unix.go
 * verifyPlatformContainerSettings: checked before anything else of the host config).
 */
function remapFor(engine: Engine, runtime: RuntimeModel): IdRange | { error: string } | null {
  const remap = engine.usernsRemap;
  if (!remap || runtime.usernsMode?.value === 'host') return null;
  if (runtime.privileged?.value === true) return { error: 'privileged mode is incompatible with user namespaces.  You must run the container in the host namespace when running privileged mode' };
  if (runtime.networkMode?.value === 'host') return { error: 'cannot share the host\'s network namespace when user namespaces are enabled' };
  if (runtime.pidMode?.value === 'host') return { error: 'cannot share the host PID namespace when user namespaces are enabled' };
  return remap;
}

function shiftOwners(tree: FileTree, range: IdRange): void {
  for (const path of tree.walk('/')) {
    const node = tree.get(path);
    if (node) tree.set(path, { ...node, uid: node.uid + range.uid, gid: node.gid + range.gid });
  }
}

function mountsFor(engine: Engine, runtime: RuntimeModel, image: SimImage, remap?: IdRange): Mount[] {
  const mounts: Mount[] = [];
  for (const m of runtime.mounts) {
    const target = normalizePath(m.target);
    if (m.type === 'bind' && m.source) {
      const source = hostSource(m.source);
      if (!engine.hostTree.has(source)) engine.hostTree.mkdirs(source);
      mounts.push({ target, tree: engine.hostTree, root: source, readOnly: m.readOnly, source: '/dev/sda1', fsType: 'ext4', options: 'relatime', ...(remap ? { hostIds: remap } : {}) });
    } else if (m.type === 'tmpfs') {
      mounts.push({ target, tree: new FileTree(new Map([['/', { ...dir(0o1777), size: TMPFS_EMPTY_DIR }]])), root: '/', readOnly: false, source: 'tmpfs', fsType: 'tmpfs', options: 'nosuid,nodev,noexec,relatime' });
    } else if (m.type === 'volume') {
      const name = m.source ?? hexId(`volume:${target}:${engine.next()}`);
      let tree = engine.volumes.get(name);
      if (!tree) {
        tree = new FileTree();
        if (image.fs.has(target)) tree.graft(image.fs, target, '/');
        engine.volumes.set(name, tree);
      }
      mounts.push({ target, tree, root: '/', readOnly: m.readOnly, source: '/dev/sda1', fsType: 'ext4', options: 'relatime' });
    }
  }
  return mounts;
}

/**
 * The view of a further process in the container (docker exec): the same mounts, and a /proc whose
 * `self` is that process, with its own user and capability sets.
 */
export function execView(container: Container, program: string, identity: Identity, caps: Proc['caps']): Vfs {
  const status = statusText(program.split('/').pop() ?? program, identity, { caps, seccomp: container.proc.seccomp }, container.runtime.noNewPrivileges?.value === true);
  return new Vfs(container.proc.vfs.mounts.map((m) => (m.target === '/proc' ? { ...m, tree: procTree(status, container.proc.apparmor, container.proc.network.mode, container.pidInit, container.proc.userns) } : m)));
}

export interface ContainerRequest {
  runtime: RuntimeModel;
  image: SimImage;
  imageName: string;
  argv: string[];
  /** The profile `--security-opt seccomp=FILE` named, as the client read it. */
  seccompProfile?: SeccompModel;
}

/** Creates a container the way the daemon would, or says why the daemon refuses. */
export function createContainer(engine: Engine, request: ContainerRequest): Container | { error: string } {
  const { runtime, image } = request;
  const counter = engine.next();
  const id = hexId(`container:${image.id}:${request.argv.join(' ')}:${runtime.span.endColumn}:${counter}`);
  const name = runtime.name?.value.replace(/^\//, '') ?? containerName(counter);
  if (engine.containers.some((c) => c.name === name)) {
    const other = engine.containers.find((c) => c.name === name);
    return { error: `Conflict. The container name "/${name}" is already in use by container "${other?.id ?? ''}". You have to remove (or rename) that container to be able to reuse that name.` };
  }
  const missingBind = runtime.mounts.find((m) => m.type === 'bind' && m.mountFlag && m.source && !engine.hostTree.has(hostSource(m.source)));
  if (missingBind) return { error: `invalid mount config for type "bind": bind source path does not exist: ${missingBind.source ?? ''}` };
  const userns = remapFor(engine, runtime);
  if (userns && 'error' in userns) return userns;
  const remap = userns ?? undefined;
  const privileged = runtime.privileged?.value === true;
  const netMode = runtime.networkMode?.value ?? 'bridge';
  let confinement: Confinement | null = null;
  if (runtime.apparmor.state === 'custom') {
    confinement = engine.apparmor.get(runtime.apparmor.profile ?? '');
    if (!confinement) {
      return { error: 'failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: unable to apply apparmor profile: apparmor failed to apply profile: write /proc/thread-self/attr/apparmor/exec: no such file or directory: unknown' };
    }
  } else if (runtime.apparmor.state === 'default' && !privileged) confinement = DOCKER_DEFAULT;
  // An explicit profile applies even to a privileged container; the default one does not (moby WithSeccomp).
  const seccomp = runtime.seccomp.state === 'custom'
    ? (request.seccompProfile ? profileFilter(request.seccompProfile) : DOCKER_DEFAULT_FILTER)
    : runtime.seccomp.state === 'default' && !privileged ? DOCKER_DEFAULT_FILTER : null;

  const rootfs = image.fs.clone();
  // The remapped daemon stores image layers chowned into its range; a container that opts out with
  // --userns=host sees those host owners (the Docker docs' warning about sudo and setuid binaries).
  if (engine.usernsRemap && !remap) shiftOwners(rootfs, engine.usernsRemap);
  const hostname = runtime.hostname?.value ?? (netMode === 'host' || runtime.utsMode?.value === 'host' ? HOST_NAME : shortId(id));
  // The daemon writes these three files into every container.
  rootfs.set('/etc/hostname', file(`${hostname}\n`));
  rootfs.set('/etc/hosts', file(`127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n`));
  rootfs.set('/etc/resolv.conf', file('nameserver 10.0.2.3\n'));
  // The lab gives containers that hold the daemon's socket a docker client, so the socket's power can be tried.
  if (runtime.mounts.some((m) => /^\/(var\/)?run\/docker\.sock$/.test(normalizePath(m.target)))) {
    rootfs.set('/usr/local/bin/docker', file('\x7fELF docker client', 0o755, 0, 0, 39_584_768));
  }
  const missingDevice = runtime.devices.find((d) => !HOST_DEVICES[normalizePath(d.host)]);
  if (missingDevice) return { error: `error gathering device information while adding custom device "${missingDevice.host}": no such file or directory` };
  const hostDevices = privileged || runtime.devices.some((d) => d.host.startsWith('/dev/sd'));
  const vfs = new Vfs([{ target: '/', tree: rootfs, root: '/', readOnly: runtime.readOnlyRootfs?.value === true, source: 'overlay', fsType: 'overlay', options: 'relatime,lowerdir=/var/lib/docker/overlay2/l/base' }]);
  const userSpec = runtime.user?.value ?? image.config.user;
  const resolved = resolveUser(userSpec === '' ? '0' : userSpec, vfs);
  if ('error' in resolved) return { error: resolved.error };
  const extraGroups = additionalGroups(runtime.groupAdd.map((g) => g.value), vfs);
  if ('error' in extraGroups) return { error: extraGroups.error };
  const identity: Identity = { ...resolved, groups: [...new Set([...resolved.groups, ...extraGroups])].sort((a, b) => a - b) };
  const bounding = new Set(runtime.capabilities);
  const caps = { bounding, effective: identity.uid === 0 ? bounding : new Set<string>() };

  // --pid container:NAME joins that container's PID namespace: its processes, and its init as pid 1.
  const joined = /^container:(.+)$/.exec(runtime.pidMode?.value ?? '')?.[1];
  const pidTarget = joined === undefined ? undefined : engine.findContainer(joined);
  if (joined !== undefined && pidTarget?.status !== 'running') return { error: `cannot join PID of a non running container: ${joined}` };
  const pidInit = pidTarget?.pidInit ?? request.argv;
  const holder: { container: Container | null } = { container: null };
  const sockets = (): Listener[] => (holder.container?.status === 'running' ? holder.container.servers : []);
  const network = networkFor(engine, netMode === 'host' ? 'host' : netMode === 'none' ? 'none' : 'bridge', counter, freeBridgeHost(engine), sockets);
  const status = statusText(request.argv[0]?.split('/').pop() ?? 'sh', identity, { caps, seccomp }, runtime.noNewPrivileges?.value === true);
  vfs.attach({ target: '/proc', tree: procTree(status, confinement, network.mode, pidInit, remap), root: '/', readOnly: false, source: 'proc', fsType: 'proc', options: 'nosuid,nodev,noexec,relatime' });
  vfs.attach({ target: '/dev', tree: devTree(privileged, runtime.devices, remap !== undefined), root: '/', readOnly: false, source: 'tmpfs', fsType: 'tmpfs', options: 'nosuid,size=65536k,mode=755' });
  vfs.attach({ target: '/sys', tree: new FileTree(new Map([['/', dir(0o555)], ['/fs', dir(0o755)], ['/fs/cgroup', dir(0o755)], ['/kernel', dir(0o755)]])), root: '/', readOnly: !privileged, source: 'sysfs', fsType: 'sysfs', options: 'nosuid,nodev,noexec,relatime' });
  for (const mount of mountsFor(engine, runtime, image, remap)) vfs.attach(mount);

  const userLabel = userName(vfs, identity.uid) ?? String(identity.uid);
  const main = { pid: 1, user: userLabel, command: request.argv.join(' ') };
  const pidHost = runtime.pidMode?.value === 'host';
  const env: Record<string, string> = {};
  for (const entry of [...image.config.env, `HOSTNAME=${hostname}`, ...runtime.env.map((e) => e.value)]) {
    const [key = '', ...rest] = entry.split('=');
    env[key] = rest.join('=');
  }
  const home = identity.uid === 0 ? '/root' : '/';
  env.HOME = env.HOME ?? home;
  const base = image.base;
  const proc: Proc = {
    kind: 'container', vfs, identity, caps, apparmor: confinement, seccomp, network, hostname, env,
    cwd: normalizePath(runtime.workdir?.value ?? image.config.workingDir ?? '/'),
    hostDevices, pidHost,
    processes: pidHost ? [...HOST_PROCESSES, { ...main, pid: 4000 + counter }]
      : pidTarget ? [...pidTarget.proc.processes, { ...main, pid: Math.max(...pidTarget.proc.processes.map((p) => p.pid)) + 1 }] : [main],
    busybox: base ? familyOf(base) === 'alpine' || familyOf(base) === 'distroless' : true,
    containerId: id,
    ...(remap ? { userns: remap } : {}),
    tasks: taskCounter(runtime),
  };
  const publishes = netMode !== 'host' ? runtime.ports.map((p) => `${p.hostIp ?? '0.0.0.0'}:${p.hostPort ?? p.containerPort}->${p.containerPort}/${p.protocol}`) : [];
  const container: Container = {
    id, name, image, imageName: request.imageName, argv: request.argv, pidInit, status: 'running', exitCode: 0, runtime, proc,
    autoRemove: runtime.rm, logs: '', ports: publishes.join(', '), createdAt: engine.now(), servers: [],
  };
  holder.container = container;
  return container;
}
