/**
 * Syntax colouring for AppArmor profiles in the editor. Pure data: only Monaco's types are
 * imported, so this module costs nothing until the editor itself loads.
 */
import type { languages } from 'monaco-editor';

export const apparmorLanguageId = 'apparmor';

const PATH_START = /(?:\/|@\{)/;

export const apparmorMonarch: languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.apparmor',
  qualifiers: ['deny', 'audit', 'owner', 'allow', 'quiet'],
  keywords: [
    'profile', 'hat', 'abi', 'alias', 'capability', 'network', 'mount', 'remount', 'umount', 'unmount',
    'pivot_root', 'signal', 'ptrace', 'change_profile', 'file', 'link', 'subset', 'unix', 'dbus',
    'set', 'rlimit', 'userns', 'io_uring', 'mqueue', 'all',
  ],
  capabilities: [
    'chown', 'dac_override', 'dac_read_search', 'fowner', 'fsetid', 'kill', 'setgid', 'setuid',
    'setpcap', 'linux_immutable', 'net_bind_service', 'net_broadcast', 'net_admin', 'net_raw',
    'ipc_lock', 'ipc_owner', 'sys_module', 'sys_rawio', 'sys_chroot', 'sys_ptrace', 'sys_pacct',
    'sys_admin', 'sys_boot', 'sys_nice', 'sys_resource', 'sys_time', 'sys_tty_config', 'mknod',
    'lease', 'audit_write', 'audit_control', 'setfcap', 'mac_override', 'mac_admin', 'syslog',
    'wake_alarm', 'block_suspend', 'audit_read', 'perfmon', 'bpf', 'checkpoint_restore',
  ],
  networkWords: [
    'inet', 'inet6', 'unix', 'netlink', 'packet', 'bluetooth', 'stream', 'dgram', 'seqpacket', 'rdm',
    'raw', 'tcp', 'udp', 'icmp', 'icmpv6',
  ],
  permissions: /[rwalkmixpcuPCU]+/,
  tokenizer: {
    root: [
      [/^(\s*)(#\s*include|include)((?:\s+if\s+exists)?)(\s*)(<[^>]*>|"[^"]*")/, ['', 'keyword', 'keyword', '', 'string']],
      [/#.*$/, 'comment'],
      [/^(\s*)(@\{[A-Za-z_]\w*\})(\s*)(\+?=)/, ['', 'variable', '', { token: 'operator', next: '@assignment' }]],
      [/(\^)([\w.-]+)/, ['operator', 'type']],
      [/(profile|hat)(\s+)([^\s{(]+)/, ['keyword', '', 'type']],
      [/(flags|xattrs)(\s*)(=)(\s*)(\()/, ['attribute.name', '', 'operator', '', { token: 'delimiter.parenthesis', next: '@flags' }]],
      [/<[^>\s]*>/, 'string'],
      [/"[^"]*"/, 'string'],
      [/->/, 'operator'],
      [/<=|\+=|=/, 'operator'],
      [/(@permissions)(?=\s*(?:,|->|$|#))/, 'tag'],
      [/(@permissions)(?=\s+(?:\/|@\{))/, 'tag'],
      [PATH_START, { token: '@rematch', next: '@path' }],
      [/[a-zA-Z_][\w-]*/, {
        cases: {
          '@qualifiers': 'keyword',
          '@keywords': 'keyword',
          '@capabilities': 'type',
          '@networkWords': 'type',
          '@default': 'identifier',
        },
      }],
      [/\d+[KMGT]?/, 'number'],
      [/[{}]/, 'delimiter.curly'],
      [/[()]/, 'delimiter.parenthesis'],
      [/,/, 'delimiter'],
    ],
    assignment: [
      [/#.*$/, 'comment', '@pop'],
      [/@\{[A-Za-z_]\w*\}/, 'variable'],
      [/"[^"]*"/, 'string'],
      [/[^\s#@"]+/, 'string'],
      [/@/, 'string'],
      [/$/, '', '@pop'],
    ],
    flags: [
      [/\)/, 'delimiter.parenthesis', '@pop'],
      [/,/, 'delimiter'],
      [/[\w.=/-]+/, 'attribute.value'],
    ],
    path: [
      [/@\{[A-Za-z_]\w*\}/, 'variable'],
      [/\*\*|\*|\?/, 'regexp'],
      [/\[\^?[^\]]*\]/, 'regexp'],
      [/\{/, 'regexp', '@glob'],
      [/[^\s,@*?[{}#]+/, 'string'],
      [/@/, 'string'],
      [/(?=[\s,}#]|$)/, '', '@pop'],
    ],
    glob: [
      [/\}/, 'regexp', '@pop'],
      [/,/, 'regexp'],
      [/@\{[A-Za-z_]\w*\}/, 'variable'],
      [/\*\*|\*|\?/, 'regexp'],
      [/\[\^?[^\]]*\]/, 'regexp'],
      [/\{/, 'regexp', '@glob'],
      [/[^\s,@*?[{}]+/, 'string'],
      [/@/, 'string'],
      [/(?=\s)|$/, '', '@popall'],
    ],
  },
};

export const apparmorConfiguration: languages.LanguageConfiguration = {
  comments: { lineComment: '#' },
  brackets: [['{', '}'], ['(', ')'], ['[', ']']],
  autoClosingPairs: [
    { open: '{', close: '}' },
    { open: '(', close: ')' },
    { open: '[', close: ']' },
    { open: '"', close: '"', notIn: ['string', 'comment'] },
  ],
  surroundingPairs: [
    { open: '{', close: '}' },
    { open: '(', close: ')' },
    { open: '[', close: ']' },
    { open: '"', close: '"' },
  ],
  folding: { markers: { start: /\{\s*(#.*)?$/, end: /^\s*\}/ } },
  wordPattern: /[\w@{}/.*^-]+/,
};
