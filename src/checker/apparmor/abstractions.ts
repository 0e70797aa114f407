import type { FileRule, Include, NetworkRule } from './model';
import { parsePermissions } from './permissions';

/**
 * A deliberately small approximation of the stock abstractions, enough for the simulator to
 * answer "can a program still start and resolve names?". The real files grant much more (locale
 * data, terminfo, /proc/self entries...); nothing here should be read as their full content.
 */
const ABSTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  'abstractions/base': [
    '/etc/ld.so.cache mr',
    '/etc/ld.so.conf r',
    '/etc/ld.so.conf.d/{,*} r',
    '/etc/ld.so.preload r',
    '/{usr/,}lib{,32,64}/** mr',
    '/etc/locale.alias r',
    '/usr/share/locale/** r',
    '/usr/lib/locale/** mr',
    '/dev/null rw',
    '/dev/zero rw',
    '/dev/full rw',
    '/dev/random r',
    '/dev/urandom r',
    '/dev/log w',
    '/proc/sys/kernel/version r',
    '/proc/sys/kernel/ngroups_max r',
    '/proc/meminfo r',
    '/proc/stat r',
    '/proc/cpuinfo r',
    '/sys/devices/system/cpu/online r',
  ],
  'abstractions/nameservice': [
    '/etc/passwd r',
    '/etc/group r',
    '/etc/shadow r',
    '/etc/nsswitch.conf r',
    '/etc/hosts r',
    '/etc/host.conf r',
    '/etc/resolv.conf r',
    '/etc/services r',
    '/etc/protocols r',
  ],
};

const ABSTRACTION_NETWORK: Readonly<Record<string, readonly { domain: string }[]>> = {
  'abstractions/nameservice': [{ domain: 'inet' }, { domain: 'inet6' }],
};

/** The approximate file rules an include brings in, positioned on the include line. */
export function abstractionFileRules(include: Include): FileRule[] {
  const entries = ABSTRACTIONS[include.path] ?? [];
  return entries.map((entry) => {
    const [path = '', letters = ''] = entry.split(' ');
    return {
      kind: 'file', line: include.line, column: 1, endLine: include.line, endColumn: 1,
      text: `${path} ${letters}, (from #include <${include.path}>)`,
      audit: false, deny: false, owner: false, path, glob: path,
      permissions: parsePermissions(letters, false).permissions, permissionText: letters,
    };
  });
}

export function abstractionNetworkRules(include: Include): NetworkRule[] {
  return (ABSTRACTION_NETWORK[include.path] ?? []).map(({ domain }) => ({
    kind: 'network', line: include.line, column: 1, endLine: include.line, endColumn: 1,
    text: `network ${domain}, (from #include <${include.path}>)`, audit: false, deny: false, domain,
  }));
}

/** Whether this include is one we approximate (the simulator may say so to the learner). */
export function isApproximated(include: Include): boolean {
  return include.path in ABSTRACTIONS;
}
