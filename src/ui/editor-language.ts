import type { Kind } from '../checker/core/types';

/** Monaco language id for each kind of exercise file. */
export function editorLanguage(kind: Kind): string {
  switch (kind) {
    case 'dockerfile':
      return 'dockerfile';
    case 'run':
      return 'shell';
    case 'apparmor':
      return 'apparmor';
    case 'compose':
    case 'kubernetes':
      return 'yaml';
    case 'seccomp':
      return 'json';
  }
}
