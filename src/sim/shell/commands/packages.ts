import { checkCreate } from '../../access';
import type { Proc } from '../../process';
import { file } from '../../vfs/tree';
import { fsErrorText } from '../fsops';
import { fail, ok, type Command } from '../types';

/** The programs a package installs, at the paths Alpine's package puts them (Debian's are under /usr: see debianPath). */
export const PACKAGE_PROGRAMS: Readonly<Record<string, readonly string[]>> = {
  curl: ['/usr/bin/curl'], wget: ['/usr/bin/wget'], bash: ['/bin/bash'], git: ['/usr/bin/git'],
  // Alpine: capsh is in libcap-utils, which the libcap package pulls in; Debian: libcap2-bin.
  libcap: ['/usr/sbin/capsh'], 'libcap-utils': ['/usr/sbin/capsh'], 'libcap2-bin': ['/usr/sbin/capsh'],
  iproute2: ['/sbin/ip', '/usr/sbin/ss'], procps: ['/usr/bin/ps'], 'net-tools': ['/bin/netstat'],
  'docker-cli': ['/usr/bin/docker'], 'docker.io': ['/usr/bin/docker'], 'util-linux': ['/sbin/fdisk', '/usr/bin/nsenter'],
  fdisk: ['/sbin/fdisk'], 'iputils-ping': ['/bin/ping'], nginx: ['/usr/sbin/nginx'], python3: ['/usr/bin/python3'], nodejs: ['/usr/bin/node'],
};

/** Alpine packages that pull in others, in the order apk installs them. */
const APK_DEPENDS: Record<string, string[]> = { libcap: ['libcap2', 'libcap-getcap', 'libcap-setcap', 'libcap-utils'] };

const VERSIONS: Record<string, string> = { curl: '8.9.1-r1', bash: '5.2.26-r0', 'docker-cli': '26.1.5-r0', git: '2.45.2-r0', libcap: '2.76-r0', libcap2: '2.76-r0', 'libcap-getcap': '2.76-r0', 'libcap-setcap': '2.76-r0', 'libcap-utils': '2.76-r0' };

/** Debian's merged /usr: a package's programs are in /usr/bin, administrators' tools in /usr/sbin. */
function debianPath(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return ['capsh', 'fdisk', 'nginx'].includes(name) ? `/usr/sbin/${name}` : `/usr/bin/${name}`;
}

function install(proc: Proc, names: string[], debian: boolean): string | null {
  for (const name of names) {
    for (const listed of PACKAGE_PROGRAMS[name] ?? []) {
      const path = debian ? debianPath(listed) : listed;
      const denied = checkCreate(proc, path);
      if (denied) return fsErrorText(denied);
      const { tree, inner } = proc.vfs.resolve(path);
      tree.set(inner, file(`\x7fELF ${path}`, 0o755, 0, 0, 250_000));
    }
  }
  return null;
}

function writable(proc: Proc, path: string): string | null {
  const denied = checkCreate(proc, path);
  return denied ? fsErrorText(denied) : null;
}

export const apk: Command = ({ proc, args }) => {
  const [verb = '', ...rest] = args;
  const names = rest.filter((a) => !a.startsWith('-'));
  if (verb === 'update') return ok('fetch https://dl-cdn.alpinelinux.org/alpine/v3.24/main/x86_64/APKINDEX.tar.gz\nfetch https://dl-cdn.alpinelinux.org/alpine/v3.24/community/x86_64/APKINDEX.tar.gz\nv3.24.1 [https://dl-cdn.alpinelinux.org/alpine/v3.24/main]\nOK: 24163 distinct packages available\n');
  if (verb !== 'add') return fail('apk: only add and update are available here\n');
  const lockError = writable(proc, '/lib/apk/db/lock');
  if (lockError) return fail(`ERROR: Unable to lock database: ${lockError}\nERROR: Failed to open apk database: ${lockError}\n`, 99);
  const error = install(proc, names, false);
  if (error) return fail(`ERROR: ${names.join(' ')}: ${error}\n`, 1);
  const installed = [...new Set(names.flatMap((name) => [...(APK_DEPENDS[name] ?? []), name]))];
  const lines = [
    'fetch https://dl-cdn.alpinelinux.org/alpine/v3.24/main/x86_64/APKINDEX.tar.gz',
    'fetch https://dl-cdn.alpinelinux.org/alpine/v3.24/community/x86_64/APKINDEX.tar.gz',
    ...installed.map((name, i) => `(${i + 1}/${installed.length}) Installing ${name} (${VERSIONS[name] ?? '1.0.0-r0'})`),
    'Executing busybox-1.36.1-r29.trigger',
    `OK: ${8 + installed.length * 3} MiB in ${14 + installed.length} packages`,
  ];
  return ok(args.includes('-q') || args.includes('--quiet') ? '' : `${lines.join('\n')}\n`);
};

export const aptGet: Command = ({ proc, args }) => {
  const [verb = '', ...rest] = args.filter((a) => !a.startsWith('-'));
  if (proc.identity.uid !== 0 || writable(proc, '/var/lib/dpkg/lock-frontend')) {
    const reason = writable(proc, '/var/lib/dpkg/lock-frontend') ?? 'Permission denied';
    const code = reason === 'Read-only file system' ? 30 : 13;
    return fail(`E: Could not open lock file /var/lib/dpkg/lock-frontend - open (${code}: ${reason})\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n`, 100);
  }
  if (verb === 'update') return ok('Get:1 http://deb.debian.org/debian trixie InRelease [151 kB]\nGet:2 http://deb.debian.org/debian trixie/main amd64 Packages [8792 kB]\nFetched 8943 kB in 1s (8943 kB/s)\nReading package lists... Done\n');
  if (verb !== 'install') return fail('E: only install and update are available here\n', 100);
  const error = install(proc, rest, true);
  if (error) return fail(`E: Could not install ${rest.join(' ')}: ${error}\n`, 100);
  return ok([
    'Reading package lists... Done',
    'Building dependency tree... Done',
    'The following NEW packages will be installed:',
    `  ${rest.join(' ')}`,
    `0 upgraded, ${rest.length} newly installed, 0 to remove and 0 not upgraded.`,
    ...rest.map((name) => `Setting up ${name} ...`),
    '',
  ].join('\n'));
};
