import { LINUX_CAPABILITIES } from '../core/linux-capabilities';

/** Linux capability names as AppArmor spells them (capabilities(7), lower case, no CAP_ prefix). */
export const CAPABILITIES: ReadonlySet<string> = new Set(LINUX_CAPABILITIES.map((c) => c.toLowerCase()));

/** Address families accepted by `network` rules. */
export const NETWORK_DOMAINS: ReadonlySet<string> = new Set([
  'unix', 'inet', 'ax25', 'ipx', 'appletalk', 'netrom', 'bridge', 'atmpvc', 'x25', 'inet6', 'rose',
  'netbeui', 'security', 'key', 'netlink', 'packet', 'ash', 'econet', 'atmsvc', 'rds', 'sna', 'irda',
  'pppox', 'wanpipe', 'llc', 'ib', 'mpls', 'can', 'tipc', 'bluetooth', 'iucv', 'rxrpc', 'isdn',
  'phonet', 'ieee802154', 'caif', 'alg', 'nfc', 'vsock', 'kcm', 'qipcrtr', 'smc', 'xdp', 'mctp',
]);

export const NETWORK_TYPES: ReadonlySet<string> = new Set(['stream', 'dgram', 'seqpacket', 'rdm', 'raw', 'packet']);

export const NETWORK_PROTOCOLS: ReadonlySet<string> = new Set(['tcp', 'udp', 'icmp', 'icmpv6']);

/** The socket type a protocol name implies when a caller asks about `tcp`, `udp` or `icmp`. */
export const PROTOCOL_TYPE: Readonly<Record<string, string>> = { tcp: 'stream', udp: 'dgram', icmp: 'raw', icmpv6: 'raw' };

/** Profile flags apparmor_parser accepts (flags with `=value` are accepted by prefix). */
export const PROFILE_FLAGS: ReadonlySet<string> = new Set([
  'enforce', 'complain', 'kill', 'unconfined', 'prompt', 'default_allow', 'audit', 'debug',
  'mediate_deleted', 'delegate_deleted', 'attach_disconnected', 'no_attach_disconnected',
  'chroot_relative', 'namespace_relative', 'chroot_attach', 'chroot_no_attach', 'interruptible',
]);

/** Capabilities that hand a confined process (nearly) the keys to the host. */
export const DANGEROUS_CAPABILITIES: Readonly<Record<string, string>> = {
  sys_admin: 'mount filesystems, load BPF and much more; it is close to full root',
  sys_module: 'load kernel modules, which runs code in the host kernel',
  sys_ptrace: 'trace and inject code into other processes',
  sys_rawio: 'raw I/O to devices and ports, bypassing the filesystem',
  dac_read_search: 'bypass read permission checks on every file (the "shocker" escape uses it)',
  mac_admin: 'change the mandatory access control policy itself, AppArmor included',
  mac_override: 'override the mandatory access control policy',
  sys_boot: 'reboot the machine or load a new kernel',
  net_admin: 'reconfigure interfaces, routes and firewall rules',
  bpf: 'load BPF programs into the kernel',
};

/** Keywords that start a rule inside a profile (besides qualifiers and paths). */
export const RULE_KEYWORDS: ReadonlySet<string> = new Set([
  'file', 'link', 'capability', 'network', 'mount', 'remount', 'umount', 'unmount', 'pivot_root',
  'change_profile', 'signal', 'ptrace', 'unix', 'dbus', 'rlimit', 'set', 'userns', 'io_uring',
  'mqueue', 'all', 'profile', 'hat',
]);

export const QUALIFIERS: ReadonlySet<string> = new Set(['audit', 'deny', 'allow', 'owner', 'quiet']);
