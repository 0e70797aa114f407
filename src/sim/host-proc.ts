import { ALL_CAPABILITIES } from '../checker/run/capabilities';
import { DOCKER_GID, HOST_DEVICES, HOST_INTERFACES, HOST_LISTENERS, HOST_NAME, HOST_PROCESSES, HOST_USER } from './host';
import { learnerTasks } from './limits';
import type { NetworkView, Proc } from './process';
import { dir, FileTree } from './vfs/tree';
import { Vfs } from './vfs/vfs';

const ALL = new Set(ALL_CAPABILITIES);

function hostDev(): FileTree {
  const tree = new FileTree(new Map([['/', dir()]]));
  for (const [path, node] of Object.entries(HOST_DEVICES)) tree.set(path.slice('/dev'.length), { ...node });
  return tree;
}

function hostView(tree: FileTree): Vfs {
  const vfs = new Vfs([{ target: '/', tree, root: '/', readOnly: false, source: '/dev/sda1', fsType: 'ext4', options: 'relatime' }]);
  vfs.attach({ target: '/dev', tree: hostDev(), root: '/', readOnly: false, source: 'udev', fsType: 'devtmpfs', options: 'nosuid,relatime' });
  return vfs;
}

/** The learner's login shell on the host: an unprivileged user in the docker group. */
export function learnerProc(tree: FileTree, network: NetworkView = { mode: 'host', interfaces: HOST_INTERFACES, listeners: HOST_LISTENERS }): Proc {
  return {
    kind: 'host', vfs: hostView(tree),
    identity: { uid: HOST_USER.uid, gid: HOST_USER.gid, groups: [HOST_USER.gid, DOCKER_GID].sort((a, b) => a - b) },
    caps: { effective: new Set(), bounding: ALL }, apparmor: null, seccomp: null,
    network,
    hostname: HOST_NAME,
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: HOST_USER.home, USER: HOST_USER.name, SHELL: '/bin/bash' },
    cwd: HOST_USER.home, hostDevices: true, pidHost: true, processes: HOST_PROCESSES,
    busybox: false, tasks: learnerTasks(),
  };
}

/** Root on the host, as an escape through nsenter or a chroot into the host disk ends up. */
export function hostRootProc(tree: FileTree, network?: NetworkView): Proc {
  return {
    ...learnerProc(tree, network),
    identity: { uid: 0, gid: 0, groups: [0] },
    caps: { effective: ALL, bounding: ALL },
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/root', USER: 'root', SHELL: '/bin/bash' },
    cwd: '/root',
  };
}
