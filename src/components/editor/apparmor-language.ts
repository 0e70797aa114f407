/**
 * Syntax colouring for AppArmor profiles in the editor: Monaco's types and the checker's own
 * vocabulary only, so the grammar and the parser agree on what a capability is.
 */
import type { languages } from 'monaco-editor';
import { CAPABILITIES } from '../../checker/apparmor/vocabulary';

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
  capabilities: [...CAPABILITIES],
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
