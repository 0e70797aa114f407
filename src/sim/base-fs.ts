import type { BaseImageInfo } from '../checker/dockerfile/model';
import {
  ALPINE_GROUP, ALPINE_OS_RELEASE, ALPINE_PASSWD, DEBIAN_GROUP, DEBIAN_OS_RELEASE, DEBIAN_PASSWD,
  DISTROLESS_GROUP, DISTROLESS_OS_RELEASE, DISTROLESS_PASSWD,
} from './distro-files';
import { defaultConf, NGINX_INDEX } from './nginx';
import { dir, file, FileTree } from './vfs/tree';

export type Family = 'scratch' | 'alpine' | 'debian' | 'distroless';

/**
 * The BusyBox applets the simulator implements, at the paths BusyBox installs them (`busybox
 * --list-full`), as Alpine links them to /bin/busybox. Alpine's BusyBox has `ps`, `ip`, `netstat`
 * and `wget`, but no `ss` (iproute2), `capsh` (libcap) or `curl`.
 */
const BUSYBOX_APPLETS: Readonly<Record<string, string>> = {
  cat: '/bin', chmod: '/bin', chown: '/bin', chroot: '/usr/sbin', echo: '/bin', env: '/usr/bin', false: '/bin',
  fdisk: '/sbin', grep: '/bin', head: '/usr/bin', hostname: '/bin', id: '/usr/bin', ip: '/sbin', kill: '/bin',
  ls: '/bin', mkdir: '/bin', mount: '/bin', netstat: '/bin', nsenter: '/usr/bin', ping: '/bin', ps: '/bin',
  rm: '/bin', sleep: '/bin', su: '/bin', tail: '/usr/bin', touch: '/bin', true: '/bin', umount: '/bin',
  uname: '/bin', wc: '/usr/bin', wget: '/usr/bin', whoami: '/usr/bin', sha256sum: '/usr/bin',
  cp: '/bin', chgrp: '/bin', pwd: '/bin', tr: '/usr/bin', unshare: '/usr/bin',
};

/**
 * What a minimal Debian or Ubuntu image has of the programs the simulator implements: coreutils,
 * grep, hostname, mount and util-linux. No procps (`ps`, `kill`), iproute2 (`ip`, `ss`), iputils (`ping`),
 * fdisk, libcap2-bin (`capsh`), wget or curl: those come from packages, or from a richer image's tools.
 */
const DEBIAN_PROGRAMS = [
  'cat', 'chmod', 'chown', 'chroot', 'echo', 'env', 'false', 'grep', 'head', 'hostname', 'id', 'kill', 'ls',
  'mkdir', 'mount', 'nsenter', 'rm', 'sleep', 'su', 'tail', 'touch', 'true', 'umount', 'uname', 'wc', 'whoami', 'sha256sum',
  'cp', 'chgrp', 'pwd', 'tr', 'unshare',
];

/** The lab host is a full Ubuntu server: every program the simulator implements is installed there. */
export const HOST_PROGRAMS = [...new Set([...Object.keys(BUSYBOX_APPLETS), ...DEBIAN_PROGRAMS, 'ss', 'capsh', 'curl'])];

/** Where each extra tool of the catalogue lives. */
const TOOL_PATHS: Record<string, string> = {
  node: '/usr/local/bin/node', npm: '/usr/local/bin/npm', yarn: '/usr/local/bin/yarn',
  java: '/usr/bin/java', javac: '/usr/bin/javac', mvn: '/usr/bin/mvn', gradle: '/usr/bin/gradle',
  git: '/usr/bin/git', curl: '/usr/bin/curl', wget: '/usr/bin/wget', ps: '/usr/bin/ps', gcc: '/usr/bin/gcc', make: '/usr/bin/make',
  go: '/usr/local/go/bin/go', python: '/usr/local/bin/python', pip: '/usr/local/bin/pip', nginx: '/usr/sbin/nginx',
};

export function familyOf(info: BaseImageInfo): Family {
  if (info.id === 'scratch') return 'scratch';
  if (info.id.startsWith('distroless')) return 'distroless';
  if (info.libc === 'musl' || info.id === 'busybox') return 'alpine';
  return 'debian';
}

/** The standard directory layout of a Linux root file system. */
function skeleton(tree: FileTree): void {
  for (const path of ['/bin', '/dev', '/etc', '/home', '/lib', '/media', '/mnt', '/opt', '/proc', '/run', '/sbin', '/srv', '/sys', '/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/lib', '/var/log', '/var/cache']) {
    tree.mkdirs(path);
  }
  tree.set('/root', dir(0o700));
  tree.set('/tmp', dir(0o1777));
  tree.set('/var/run', { type: 'symlink', mode: 0o777, uid: 0, gid: 0, content: '', target: '/run' });
}

/**
 * /etc/passwd and /etc/group: the image's own when the catalogue has them, otherwise the
 * distribution's with the catalogue's extra users added. Users an image's build created (uid 1000 and
 * up) get their home; BusyBox adduser makes it setgid, Ubuntu's useradd 0750.
 */
function accounts(tree: FileTree, passwd: string, group: string, info: BaseImageInfo): void {
  if (info.accounts) {
    tree.set('/etc/passwd', file(info.accounts.passwd));
    tree.set('/etc/group', file(info.accounts.group));
    const mode = familyOf(info) === 'alpine' ? 0o2755 : info.accounts.passwd.includes('\nubuntu:') ? 0o750 : 0o755;
    for (const line of info.accounts.passwd.split('\n')) {
      const [name = '', , uid = '', gid = '', , home = ''] = line.split(':');
      if (Number(uid) >= 1000 && Number(uid) < 65534 && home.startsWith('/home/') && name) tree.mkdirs(home, mode, Number(uid), Number(gid));
    }
    return;
  }
  let passwdText = passwd;
  let groupText = group;
  for (const user of info.users) {
    if (!passwdText.split('\n').some((line) => line.startsWith(`${user.name}:`))) {
      const home = user.name === 'payara' ? '/opt/payara' : `/home/${user.name}`;
      passwdText += `${user.name}:x:${user.uid}:${user.gid}::${home}:/bin/sh\n`;
      tree.mkdirs(home, 0o755, user.uid, user.gid);
    }
    if (!groupText.split('\n').some((line) => line.startsWith(`${user.name}:`))) groupText += `${user.name}:x:${user.gid}:\n`;
  }
  tree.set('/etc/passwd', file(passwdText));
  tree.set('/etc/group', file(groupText));
}

function program(tree: FileTree, path: string, size: number): void {
  tree.set(path, file(`\x7fELF ${path}`, 0o755, 0, 0, size));
}

function link(tree: FileTree, path: string, target: string): void {
  tree.set(path, { type: 'symlink', mode: 0o777, uid: 0, gid: 0, content: '', target });
}

function alpine(tree: FileTree, info: BaseImageInfo): void {
  skeleton(tree);
  accounts(tree, ALPINE_PASSWD, ALPINE_GROUP, info);
  tree.set('/etc/shadow', file('root:*::0:::::\n', 0o640, 0, 42));
  tree.set('/etc/os-release', file(ALPINE_OS_RELEASE));
  program(tree, '/bin/busybox', 808_712);
  // The official busybox image installs every applet into /bin; Alpine uses BusyBox's own paths.
  const flat = info.id === 'busybox';
  link(tree, '/bin/sh', '/bin/busybox');
  link(tree, '/bin/ash', '/bin/busybox');
  for (const [name, where] of Object.entries(BUSYBOX_APPLETS)) link(tree, `${flat ? '/bin' : where}/${name}`, '/bin/busybox');
  if (info.packageManager === 'apk') {
    program(tree, '/sbin/apk', 68_120);
    tree.mkdirs('/lib/apk/db');
  }
}

function debian(tree: FileTree, info: BaseImageInfo): void {
  skeleton(tree);
  accounts(tree, DEBIAN_PASSWD, DEBIAN_GROUP, info);
  tree.set('/etc/shadow', file('root:*:19800:0:99999:7:::\n', 0o640, 0, 42));
  tree.set('/etc/os-release', file(DEBIAN_OS_RELEASE));
  program(tree, '/bin/bash', 1_265_648);
  program(tree, '/bin/dash', 125_560);
  link(tree, '/bin/sh', 'dash');
  for (const name of DEBIAN_PROGRAMS) program(tree, `/usr/bin/${name}`, 68_000);
  if (info.packageManager === 'apt') {
    program(tree, '/usr/bin/apt-get', 51_400);
    program(tree, '/usr/bin/apt', 18_800);
    tree.mkdirs('/var/lib/dpkg');
  }
}

function distroless(tree: FileTree, info: BaseImageInfo): void {
  for (const path of ['/etc', '/home', '/var/lib', '/usr/share/zoneinfo', '/etc/ssl/certs']) tree.mkdirs(path);
  tree.set('/root', dir(0o700));
  tree.set('/tmp', dir(0o1777));
  tree.mkdirs('/home/nonroot', 0o700, 65532, 65532);
  accounts(tree, DISTROLESS_PASSWD, DISTROLESS_GROUP, info);
  tree.set('/etc/os-release', file(DISTROLESS_OS_RELEASE));
  tree.set('/etc/ssl/certs/ca-certificates.crt', file('-----BEGIN CERTIFICATE-----\n', 0o644, 0, 0, 213_777));
  if (info.shell) {
    program(tree, '/busybox/busybox', 1_131_168);
    for (const name of ['sh', ...Object.keys(BUSYBOX_APPLETS)]) link(tree, `/busybox/${name}`, '/busybox/busybox');
  }
}

/** The root file system of a catalogue image. */
export function baseFileSystem(info: BaseImageInfo): FileTree {
  const tree = new FileTree();
  const family = familyOf(info);
  if (family === 'alpine') alpine(tree, info);
  else if (family === 'debian') debian(tree, info);
  else if (family === 'distroless') distroless(tree, info);
  for (const tool of info.tools) {
    const path = TOOL_PATHS[tool];
    if (path && !tree.has(path)) program(tree, path, 1_000_000);
  }
  if (info.tools.includes('nginx')) {
    // The unprivileged variant listens on 8080, since its master process is not root, and gives its user /etc/nginx.
    const unprivileged = info.id.startsWith('nginx-unprivileged');
    tree.mkdirs('/etc/nginx', 0o755, unprivileged ? 101 : 0, 0);
    tree.set('/etc/nginx/conf.d/default.conf', file(defaultConf(unprivileged ? 8080 : 80)));
    tree.set('/usr/share/nginx/html/index.html', file(NGINX_INDEX));
  }
  const { entrypoint } = defaultCommand(info);
  const wrapper = entrypoint?.[0];
  if (wrapper?.endsWith('docker-entrypoint.sh')) {
    tree.set(wrapper.startsWith('/') ? wrapper : `/usr/local/bin/${wrapper}`, file('#!/bin/sh\nset -e\nexec "$@"\n', 0o755));
  }
  return tree;
}

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The PATH an image's config sets (distroless debug adds /busybox). */
export function defaultPath(info: BaseImageInfo): string {
  return familyOf(info) === 'distroless' && info.shell ? `${DEFAULT_PATH}:/busybox` : DEFAULT_PATH;
}

/** The image's default command, as its Dockerfile sets it. */
export function defaultCommand(info: BaseImageInfo): { entrypoint: string[] | null; cmd: string[] | null } {
  if (info.tools.includes('nginx')) return { entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'] };
  if (info.id.startsWith('distroless-java')) return { entrypoint: ['/usr/bin/java', '-jar'], cmd: null };
  if (info.tools.includes('node')) return { entrypoint: ['docker-entrypoint.sh'], cmd: ['node'] };
  const family = familyOf(info);
  if (family === 'alpine') return { entrypoint: null, cmd: ['/bin/sh'] };
  if (family === 'debian') return { entrypoint: null, cmd: ['bash'] };
  if (family === 'distroless' && info.shell) return { entrypoint: ['/busybox/sh'], cmd: null };
  return { entrypoint: null, cmd: null };
}
