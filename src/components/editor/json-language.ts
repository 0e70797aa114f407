/**
 * Syntax colouring for JSON files (seccomp profiles) in the editor. Monaco's own JSON support is a
 * language service with a worker of its own; the editor only needs colours, so a small grammar does.
 * Seccomp's action, architecture and operator constants get the keyword colour.
 */
import type { languages } from 'monaco-editor';

export const jsonLanguageId = 'json';

export const jsonMonarch: languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.json',
  tokenizer: {
    root: [
      [/\s+/, ''],
      [/"(?:[^"\\]|\\.)*"(?=\s*:)/, 'attribute.name'],
      [/"SCMP_(?:ACT|ARCH|CMP)_[A-Z0-9_]+"/, 'keyword'],
      [/"(?:[^"\\]|\\.)*"/, 'string'],
      [/-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/, 'number'],
      [/\b(?:true|false|null)\b/, 'keyword'],
      [/[{}]/, 'delimiter.curly'],
      [/[[\]]/, 'delimiter.square'],
      [/[,:]/, 'delimiter'],
    ],
  },
};

export const jsonConfiguration: languages.LanguageConfiguration = {
  brackets: [['{', '}'], ['[', ']']],
  autoClosingPairs: [{ open: '{', close: '}' }, { open: '[', close: ']' }, { open: '"', close: '"', notIn: ['string'] }],
  surroundingPairs: [{ open: '{', close: '}' }, { open: '[', close: ']' }, { open: '"', close: '"' }],
};
