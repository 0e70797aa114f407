/**
 * Root file systems of the stand-in images, made from Debian's static BusyBox and the facts in
 * tests/engine/images.yaml. Only the entries listed here exist; owners and modes are the image's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accountFiles, HELPER_DIR, type StandIn, type StandIns } from './data';
import type { TarEntry } from './tar';

export interface BusyBox {
  binary: Buffer;
  /** Install paths of every applet, as `busybox --list-full` prints them (e.g. "usr/bin/awk"). */
  applets: string[];
}

const HELPER_INSTALLS: Record<string, { helper: string; paths: string[] }> = {
  'busybox-adduser': { helper: 'busybox-adduser', paths: ['/usr/sbin/adduser', '/usr/sbin/addgroup'] },
  'shadow-useradd': { helper: 'shadow-useradd', paths: ['/usr/sbin/useradd', '/usr/sbin/groupadd'] },
};

class Tree {
  private readonly entries = new Map<string, TarEntry>();

  /** Creates the directories above `path` that are missing, root-owned 755, leaving existing ones as they are. */
  private parents(path: string): void {
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const parent = `/${parts.slice(0, i).join('/')}`;
      if (!this.entries.has(parent)) this.entries.set(parent, { type: 'dir', path: parent, mode: 0o755, uid: 0, gid: 0 });
    }
  }

  dir(path: string, mode = 0o755, uid = 0, gid = 0): void {
    this.parents(path);
    this.entries.set(path, { type: 'dir', path, mode, uid, gid });
  }

  file(path: string, content: Buffer | string, mode = 0o644, uid = 0, gid = 0): void {
    this.parents(path);
    this.entries.set(path, { type: 'file', path, mode, uid, gid, content: typeof content === 'string' ? Buffer.from(content) : content });
  }

  link(path: string, target: string, hard = false): void {
    this.parents(path);
    this.entries.set(path, hard ? { type: 'hardlink', path, target } : { type: 'symlink', path, target });
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** By path (so parents come first and every run writes the same archive); hard links last, after what they point to. */
  list(): TarEntry[] {
    this.entries.delete('/');
    const byPath = (a: TarEntry, b: TarEntry): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    const all = [...this.entries.values()];
    return [...all.filter((e) => e.type !== 'hardlink').sort(byPath), ...all.filter((e) => e.type === 'hardlink').sort(byPath)];
  }
}

const FHS_DIRS = ['/dev', '/etc', '/home', '/media', '/mnt', '/opt', '/proc', '/run', '/srv', '/sys', '/usr/local/bin', '/usr/local/sbin', '/usr/share', '/var/cache', '/var/lib', '/var/log', '/var/spool'];

function baseDirs(tree: Tree): void {
  for (const dir of FHS_DIRS) tree.dir(dir);
  tree.dir('/root', 0o700);
  tree.dir('/tmp', 0o1777);
  tree.dir('/var/tmp', 0o1777);
  tree.link('/var/run', '/run');
}

function applets(tree: Tree, busybox: BusyBox, binary: string, place: (path: string) => string, hard: boolean): void {
  tree.file(binary, busybox.binary, 0o755);
  for (const applet of busybox.applets) {
    if (applet.endsWith('/busybox') || applet.endsWith('/')) continue;
    const path = place(applet);
    if (path !== binary && !tree.has(path)) tree.link(path, binary, hard);
  }
}

function layout(tree: Tree, image: StandIn, busybox: BusyBox): void {
  switch (image.layout) {
    case 'alpine':
      baseDirs(tree);
      for (const dir of ['/bin', '/sbin', '/lib', '/usr/bin', '/usr/sbin', '/usr/lib']) tree.dir(dir);
      tree.dir('/var/empty', 0o555);
      applets(tree, busybox, '/bin/busybox', (applet) => `/${applet}`, false);
      break;
    case 'busybox':
      for (const dir of ['/bin', '/dev', '/etc', '/etc/network/if-up.d', '/etc/network/if-pre-up.d', '/etc/network/if-down.d', '/etc/network/if-post-down.d', '/lib', '/usr', '/var']) tree.dir(dir);
      tree.dir('/root', 0o700);
      tree.dir('/tmp', 0o1777);
      applets(tree, busybox, '/bin/busybox', (applet) => `/bin/${applet.slice(applet.lastIndexOf('/') + 1)}`, true);
      tree.link('/usr/bin/env', '../../bin/env');
      break;
    case 'debian':
      baseDirs(tree);
      for (const dir of ['/usr/bin', '/usr/sbin', '/usr/lib', '/usr/lib64']) tree.dir(dir);
      for (const top of ['bin', 'sbin', 'lib', 'lib64']) tree.link(`/${top}`, `usr/${top}`);
      applets(tree, busybox, '/usr/bin/busybox', (applet) => `/usr/${applet.replace(/^usr\//, '')}`, false);
      break;
    case 'distroless':
    case 'distroless-debug':
      for (const dir of ['/etc', '/home', '/var/lib', '/usr/share/zoneinfo', '/etc/ssl/certs']) tree.dir(dir);
      tree.dir('/root', 0o700);
      tree.dir('/tmp', 0o1777);
      tree.file('/etc/nsswitch.conf', 'passwd:         compat\ngroup:          compat\nshadow:         compat\n');
      tree.file('/etc/ssl/certs/ca-certificates.crt', '');
      if (image.layout === 'distroless-debug') applets(tree, busybox, '/busybox/busybox', (applet) => `/busybox/${applet.slice(applet.lastIndexOf('/') + 1)}`, false);
      break;
  }
}

function shadowFile(passwd: string): string {
  return passwd.split('\n').filter(Boolean).map((line) => {
    const name = line.slice(0, line.indexOf(':'));
    return name === 'root' ? 'root:*::0:::::' : `${name}:!::0:::::`;
  }).join('\n') + '\n';
}

/** The shadow file facts of an account set, or of the set it extends. */
function shadowOf(standIns: StandIns, name: string | undefined): StandIns['accounts'][string]['shadow'] {
  const set = name === undefined ? undefined : standIns.accounts[name];
  return set?.shadow ?? (set?.extends ? shadowOf(standIns, set.extends) : undefined);
}

/** Every entry of a stand-in's root file system. */
export function rootFileSystem(standIns: StandIns, image: StandIn, busybox: BusyBox): TarEntry[] {
  const tree = new Tree();
  layout(tree, image, busybox);
  const { passwd, group } = accountFiles(standIns, image);
  tree.file('/etc/passwd', passwd);
  tree.file('/etc/group', group);
  const shadow = shadowOf(standIns, image.accounts);
  if (shadow) tree.file('/etc/shadow', shadowFile(passwd), Number.parseInt(shadow.mode, 8), 0, shadow.gid);
  for (const name of image.helpers) {
    const install = HELPER_INSTALLS[name];
    if (!install) throw new Error(`${image.id}: unknown helper ${name}`);
    const [first, ...others] = install.paths;
    if (!first) continue;
    tree.file(first, readFileSync(join(HELPER_DIR, install.helper)), 0o755);
    for (const other of others) tree.link(other, first, true);
  }
  for (const dir of image.dirs) tree.dir(dir.path, Number.parseInt(dir.mode, 8), dir.uid, dir.gid);
  for (const f of image.files) tree.file(f.path, readFileSync(join(HELPER_DIR, f.helper)), Number.parseInt(f.mode, 8));
  return tree.list();
}
