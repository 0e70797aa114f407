import { checkCreate } from '../../access';
import type { Proc } from '../../process';
import { file } from '../../vfs/tree';
import { fsErrorText } from '../fsops';
import { fail, ok, type Command } from '../types';

/** Programs a package puts on the PATH, for the packages lessons install. */
const PACKAGE_PROGRAMS: Record<string, string[]> = {
  curl: ['curl'], wget: ['wget'], bash: ['bash'], 'libcap-utils': ['capsh'], 'libcap2-bin': ['capsh'],
  'docker-cli': ['docker'], 'docker.io': ['docker'], 'iproute2': ['ip', 'ss'], 'util-linux': ['fdisk', 'nsenter'],
  'iputils-ping': ['ping'], nginx: ['nginx'], git: ['git'], python3: ['python3'], nodejs: ['node'],
};

const VERSIONS: Record<string, string> = { curl: '8.9.1-r1', bash: '5.2.26-r0', 'docker-cli': '26.1.5-r0', git: '2.45.2-r0' };

function install(proc: Proc, names: string[]): string | null {
  for (const name of names) {
    for (const program of PACKAGE_PROGRAMS[name] ?? []) {
      const path = `/usr/bin/${program}`;
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
  const error = install(proc, names);
  if (error) return fail(`ERROR: ${names.join(' ')}: ${error}\n`, 1);
  const lines = [
    'fetch https://dl-cdn.alpinelinux.org/alpine/v3.24/main/x86_64/APKINDEX.tar.gz',
    'fetch https://dl-cdn.alpinelinux.org/alpine/v3.24/community/x86_64/APKINDEX.tar.gz',
    ...names.map((name, i) => `(${i + 1}/${names.length}) Installing ${name} (${VERSIONS[name] ?? '1.0.0-r0'})`),
    'Executing busybox-1.36.1-r29.trigger',
    `OK: ${8 + names.length * 3} MiB in ${14 + names.length} packages`,
  ];
  return ok(`${lines.join('\n')}\n`);
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
  const error = install(proc, rest);
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
