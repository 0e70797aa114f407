import { LoadedProfiles } from './apparmor';
import { frozenClock, type Clock } from './clock';
import type { Container } from './container';
import { hostFileSystem } from './host';
import { ImageStore } from './image-store';
import type { FileTree } from './vfs/tree';

/** Images a fresh lab host already has, so the first lessons run without pulling. */
const PRELOADED_IMAGES = ['alpine:3.24', 'debian:trixie-slim', 'nginx:1.30'];

/** The simulated Docker daemon and the kernel state around it. */
export class Engine {
  readonly images = new ImageStore(PRELOADED_IMAGES);
  readonly containers: Container[] = [];
  readonly apparmor = new LoadedProfiles();
  readonly hostTree: FileTree = hostFileSystem();
  readonly volumes = new Map<string, FileTree>();
  /** User-defined networks (Compose's `<project>_default`); bridge, host and none always exist. */
  readonly networks = new Set<string>();
  private counter = 0;

  /** The clock reads real time in the browser and a fixed time in tests, so ages stay deterministic there. */
  readonly bootedAt: number;

  constructor(readonly now: Clock = frozenClock) {
    this.bootedAt = now();
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
