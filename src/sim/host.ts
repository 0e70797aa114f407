import { HOST_PROGRAMS } from './base-fs';
import { DEBIAN_GROUP } from './distro-files';
import type { Listener, NetworkInterface, ProcessEntry } from './process';
import { dir, file, FileTree, type FsNode } from './vfs/tree';
import { DOCKER_NGINX } from '../checker/apparmor/fixtures/docker-nginx';
import { byteLength, LAB_DATE, response } from './http';

/** The simulated machine the learner's terminal is logged into. */
export const HOST_NAME = 'lab-host';
export const HOST_USER = { name: 'learner', uid: 1000, gid: 1000, home: '/home/learner' };
export const DOCKER_GID = 988;

export const ADMIN_API_SECRET = '{"service":"lab-admin-api","role":"cluster-admin","token":"adm-7Qp2-Xk9v-LAB-ONLY-SECRET"}\n';

/** Services that listen on the host; bound to loopback, so only host processes (and host-network containers) reach them. */
export const HOST_LISTENERS: Listener[] = [
  { address: '127.0.0.53', port: 53, serve: () => null, process: 'systemd-resolve', pid: 388, fd: 15, uid: 991 },
  { address: '0.0.0.0', port: 22, serve: () => null, process: 'sshd', pid: 412, fd: 3, uid: 0 },
  { address: '127.0.0.1', port: 5432, serve: () => null, process: 'postgres', pid: 702, fd: 6, uid: 110 },
  {
    address: '127.0.0.1', port: 8500, process: 'lab-admin-api', pid: 745, fd: 3, uid: 0,
    serve: (request) => response(200, [['Content-Type', 'application/json'], ['Date', LAB_DATE], ['Content-Length', String(byteLength(ADMIN_API_SECRET))]], request.method === 'HEAD' ? '' : ADMIN_API_SECRET),
  },
];

export const HOST_INTERFACES: NetworkInterface[] = [
  { name: 'lo', cidr: '127.0.0.1/8', mac: '00:00:00:00:00:00', mtu: 65536, flags: 'LOOPBACK,UP,LOWER_UP' },
  { name: 'eth0', cidr: '10.0.2.15/24', mac: '52:54:00:12:34:56', mtu: 1500, flags: 'BROADCAST,MULTICAST,UP,LOWER_UP' },
  { name: 'docker0', cidr: '172.17.0.1/16', mac: '02:42:5c:8a:3e:01', mtu: 1500, flags: 'NO-CARRIER,BROADCAST,MULTICAST,UP' },
];

export const HOST_PROCESSES: ProcessEntry[] = [
  { pid: 1, user: 'root', command: '/sbin/init' },
  { pid: 412, user: 'root', command: '/usr/sbin/sshd -D' },
  { pid: 530, user: 'root', command: '/usr/bin/containerd' },
  { pid: 611, user: 'root', command: '/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock' },
  { pid: 702, user: 'postgres', command: '/usr/lib/postgresql/16/bin/postgres -D /var/lib/postgresql/16/main' },
  { pid: 745, user: 'root', command: '/usr/local/bin/lab-admin-api --listen 127.0.0.1:8500' },
  { pid: 1201, user: 'learner', command: '-bash' },
];

const device = (major: number, minor: number, gid: number, mode: number): FsNode => ({ type: 'device', mode, uid: 0, gid, content: `${major},${minor}` });

/**
 * The host's device nodes, as a privileged container sees them and --device hands one over (with
 * the host's owner and mode): the disk (group disk) and a USB serial adapter (group dialout).
 */
export const HOST_DEVICES: Readonly<Record<string, FsNode>> = {
  '/dev/null': device(1, 3, 0, 0o666), '/dev/zero': device(1, 5, 0, 0o666), '/dev/random': device(1, 8, 0, 0o666),
  '/dev/urandom': device(1, 9, 0, 0o666), '/dev/tty': device(5, 0, 5, 0o666),
  '/dev/sda': device(8, 0, 6, 0o660), '/dev/sda1': device(8, 1, 6, 0o660), '/dev/sda2': device(8, 2, 6, 0o660),
  '/dev/ttyUSB0': device(188, 0, 20, 0o660),
};

/** The host's disk: what `fdisk -l` shows to a process that can see host devices. */
export const HOST_DISK = {
  device: '/dev/sda',
  bytes: 21_474_836_480,
  sectors: 41_943_040,
  identifier: '0x3b1d6a4e',
  partitions: [
    { device: '/dev/sda1', boot: true, start: 2048, end: 39_942_143, size: '19G', id: '83', type: 'Linux' },
    { device: '/dev/sda2', boot: false, start: 39_942_144, end: 41_940_991, size: '976M', id: '82', type: 'Linux swap / Solaris' },
  ],
};

const HOST_PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
systemd-resolve:x:991:991:systemd Resolver:/:/usr/sbin/nologin
sshd:x:106:65534::/run/sshd:/usr/sbin/nologin
postgres:x:110:112:PostgreSQL administrator:/var/lib/postgresql:/bin/bash
learner:x:1000:1000:Lab learner:/home/learner:/bin/bash
`;

const HOST_SHADOW = `root:$y$j9T$Lq3vXh0cVh2m8rN1aZ0eT.$k3Jb7wq9mB0sFz2yH4cR5dG6eV8nP1uQ3tX7aS9bW0D:19900:0:99999:7:::
daemon:*:19900:0:99999:7:::
bin:*:19900:0:99999:7:::
sys:*:19900:0:99999:7:::
www-data:*:19900:0:99999:7:::
nobody:*:19900:0:99999:7:::
postgres:!:19900::::::
learner:$y$j9T$9pZ2sK4dQ7fL1mX3vB6nC.$Hq8wE2rT5yU7iO9pA1sD3fG5hJ7kL9zX1cV3bN5mQ7W:19900:0:99999:7:::
`;

/** The host's root file system (what /dev/sda1 holds). */
export function hostFileSystem(): FileTree {
  const tree = new FileTree();
  for (const path of ['/bin', '/boot', '/dev', '/etc/apparmor.d', '/etc/docker', '/home', '/lib', '/mnt', '/opt', '/proc', '/run/docker', '/sbin', '/srv', '/sys', '/usr/bin', '/usr/sbin', '/var/lib/docker', '/var/lib/postgresql', '/var/log']) {
    tree.mkdirs(path);
  }
  tree.set('/root', dir(0o700));
  tree.set('/etc/apparmor.d/containers/docker-nginx', file(DOCKER_NGINX, 0o644));
  tree.set('/root/.bash_history', file('apparmor_parser -r -W /etc/apparmor.d/containers/docker-nginx\n', 0o600));
  tree.set('/tmp', dir(0o1777));
  tree.set('/home/learner', dir(0o750, 1000, 1000));
  tree.set('/etc/hostname', file(`${HOST_NAME}\n`));
  tree.set('/etc/passwd', file(HOST_PASSWD));
  tree.set('/etc/group', file(`${DEBIAN_GROUP}systemd-resolve:x:991:\npostgres:x:112:\ndocker:x:${DOCKER_GID}:learner\nlearner:x:1000:\n`));
  tree.set('/etc/shadow', file(HOST_SHADOW, 0o640, 0, 42));
  tree.set('/etc/os-release', file('PRETTY_NAME="Ubuntu 24.04.1 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\n'));
  tree.set('/etc/lab-admin/token', file(ADMIN_API_SECRET, 0o600));
  tree.set('/var/run', { type: 'symlink', mode: 0o777, uid: 0, gid: 0, content: '', target: '/run' });
  tree.set('/run/docker.sock', { type: 'socket', mode: 0o660, uid: 0, gid: DOCKER_GID, content: '' });
  tree.set('/bin/bash', file('\x7fELF /bin/bash', 0o755, 0, 0, 1_446_024));
  tree.set('/bin/sh', { type: 'symlink', mode: 0o777, uid: 0, gid: 0, content: '', target: 'dash' });
  tree.set('/usr/bin/docker', file('\x7fELF /usr/bin/docker', 0o755, 0, 0, 39_584_768));
  for (const name of [...HOST_PROGRAMS, 'apparmor_parser', 'aa-status', 'sudo', 'apt-get', 'kubectl', 'systemctl', 'cosign']) {
    if (!tree.has(`/usr/bin/${name}`)) tree.set(`/usr/bin/${name}`, file(`\x7fELF /usr/bin/${name}`, 0o755, 0, 0, 68_000));
  }
  return tree;
}
