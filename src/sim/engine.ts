import { LoadedProfiles } from './apparmor';
import { frozenClock, type Clock } from './clock';
import type { Container } from './container';
import { HOST_INTERFACES, HOST_LISTENERS, hostFileSystem } from './host';
import type { Listener, NetworkView, ProcessEntry } from './process';
import { bridgeAddress, proxiesOf } from './servers';
import { ImageStore } from './image-store';
import { Cluster } from './kubectl/cluster';
import type { FileTree } from './vfs/tree';
import { startDaemonConfig, type IdRange } from './userns';

/** Images a fresh lab host already has, so the first lessons run without pulling. */
const PRELOADED_IMAGES = ['alpine:3.24', 'debian:trixie-slim', 'nginx:1.30'];

/** The simulated Docker daemon and the kernel state around it. */
export class Engine {
  private store = new ImageStore(PRELOADED_IMAGES);
  readonly containers: Container[] = [];
  /** The daemon's `userns-remap` range, read from /etc/docker/daemon.json when it (re)starts; null without remapping. */
  usernsRemap: IdRange | null = null;
  /** With remapping the daemon keeps its images and containers in /var/lib/docker/<uid>.<gid>/, so each root has its own. */
  private readonly roots = new Map<string, { store: ImageStore; containers: Container[] }>();
  readonly apparmor = new LoadedProfiles();
  readonly hostTree: FileTree = hostFileSystem();
  readonly volumes = new Map<string, FileTree>();
  /** User-defined networks (Compose's `<project>_default`); bridge, host and none always exist. */
  readonly networks = new Set<string>();
  private counter = 0;
  /** The host's network namespace, as the learner's shell and host-network containers see it. */
  readonly hostNetwork: NetworkView;

  /** The clock reads real time in the browser and a fixed time in tests, so ages stay deterministic there. */
  readonly bootedAt: number;
  /** The one-node Kubernetes cluster the host's kubectl talks to. */
  readonly cluster: Cluster;

  constructor(readonly now: Clock = frozenClock) {
    this.bootedAt = now();
    this.cluster = new Cluster(now);
    const engine = this;
    this.hostNetwork = {
      mode: 'host',
      interfaces: HOST_INTERFACES,
      get listeners() { return engine.hostListeners(); },
      route: (address) => engine.namespaceOf(address),
    };
  }

  /** The host's own services, docker-proxy for each published port, and the servers of host-network containers. */
  hostListeners(): Listener[] {
    return [...HOST_LISTENERS, ...this.containers.filter((c) => c.status === 'running').flatMap((c, i) =>
      (c.proc.network.mode === 'host' ? c.servers.map((l) => ({ ...l, pid: 3000 + i })) : proxiesOf(c, i)))];
  }

  /** docker-proxy as ps shows it on the host: one process for each published port, with the addresses it joins. */
  proxyProcesses(): ProcessEntry[] {
    return this.containers.filter((c) => c.status === 'running').flatMap((c, i) => {
      const target = bridgeAddress(c);
      return target ? proxiesOf(c, i).map((l, k) => ({
        pid: l.pid, user: 'root',
        command: `/usr/bin/docker-proxy -proto tcp -host-ip ${l.address} -host-port ${l.port} -container-ip ${target} -container-port ${c.runtime.ports.filter((p) => p.protocol === 'tcp')[k]?.containerPort.split('/')[0] ?? ''}`,
      })) : [];
    });
  }

  /** Which namespace holds a non-loopback address: the host's own addresses, or a running container's on the bridge. */
  namespaceOf(address: string): NetworkView | null {
    if (HOST_INTERFACES.some((i) => i.name !== 'lo' && i.cidr?.split('/')[0] === address)) return this.hostNetwork;
    const container = this.containers.find((c) => c.status === 'running' && bridgeAddress(c) === address);
    return container ? container.proc.network : null;
  }

  get images(): ImageStore {
    return this.store;
  }

  /** The data root's directory under /var/lib/docker: empty without remapping, `<uid>.<gid>` with it. */
  rootKey(): string {
    return this.usernsRemap ? `${this.usernsRemap.uid}.${this.usernsRemap.gid}` : '';
  }

  /**
   * `systemctl restart docker`: running containers stop (no live-restore) and the daemon reads
   * daemon.json again. A different remap range switches to that root's images and containers, so a
   * freshly remapped daemon starts with none, as the Docker docs warn.
   */
  restartDaemon(): { error: string } | null {
    const config = startDaemonConfig(this.hostTree);
    if ('error' in config) return config;
    for (const container of [...this.containers]) {
      if (container.status !== 'running') continue;
      if (container.autoRemove) this.removeContainer(container);
      else Object.assign(container, { status: 'exited', exitCode: 137, finishedAt: this.now() });
    }
    const before = this.rootKey();
    this.usernsRemap = config.remap;
    const after = this.rootKey();
    if (before !== after) {
      this.roots.set(before, { store: this.store, containers: this.containers.splice(0) });
      const next = this.roots.get(after) ?? { store: new ImageStore([]), containers: [] };
      this.store = next.store;
      this.containers.push(...next.containers);
    }
    return null;
  }

  /** Increases with every container and build, so ids and addresses are derived, never random. */
  next(): number {
    this.counter += 1;
    return this.counter;
  }

  findContainer(ref: string): Container | undefined {
    return this.containers.find((c) => c.name === ref || c.name === `/${ref}`)
      ?? (ref.length >= 2 ? this.containers.find((c) => c.id.startsWith(ref)) : undefined);
  }

  removeContainer(container: Container): void {
    const index = this.containers.indexOf(container);
    if (index >= 0) this.containers.splice(index, 1);
  }
}
