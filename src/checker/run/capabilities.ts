import { LINUX_CAPABILITIES } from '../core/linux-capabilities';

/** Docker's default set (moby daemon/pkg/oci/caps/defaults.go): 14 capabilities. */
export const DOCKER_DEFAULT_CAPABILITIES: readonly string[] = [
  'CHOWN', 'DAC_OVERRIDE', 'FSETID', 'FOWNER', 'MKNOD', 'NET_RAW', 'SETGID', 'SETUID', 'SETFCAP',
  'SETPCAP', 'NET_BIND_SERVICE', 'SYS_CHROOT', 'KILL', 'AUDIT_WRITE',
];

/** What `privileged` or `--cap-add ALL` grants: every Linux capability, in kernel order. */
export const ALL_CAPABILITIES: readonly string[] = LINUX_CAPABILITIES;

const KNOWN = new Set([...ALL_CAPABILITIES, 'ALL']);

/** Docker accepts `net_admin`, `CAP_NET_ADMIN` and `NET_ADMIN` alike. */
export function normalizeCapability(raw: string): string {
  const upper = raw.trim().toUpperCase();
  return upper.startsWith('CAP_') ? upper.slice(4) : upper;
}

export function isKnownCapability(name: string): boolean {
  return KNOWN.has(name);
}

/** The effective set, following moby's TweakCapabilities: privileged wins, then add ALL, then drop ALL, then drop-and-add. */
export function effectiveCapabilities(privileged: boolean, adds: readonly string[], drops: readonly string[]): string[] {
  let caps: string[];
  if (privileged) caps = [...ALL_CAPABILITIES];
  else if (adds.includes('ALL')) caps = ALL_CAPABILITIES.filter((c) => !drops.includes(c));
  else if (drops.includes('ALL')) caps = adds.filter((c) => c !== 'ALL');
  else caps = [...DOCKER_DEFAULT_CAPABILITIES.filter((c) => !drops.includes(c)), ...adds];
  return [...new Set(caps.filter((c) => KNOWN.has(c) && c !== 'ALL'))].sort();
}
