import type { MessageData } from '../core/types';
import type { ExecMode, FilePermissions } from './model';

export interface PermissionProblem {
  id: 'execNeedsX' | 'twoExecModes' | 'denyPlainX' | 'allowNeedsExecMode' | 'unknownExecMode' | 'unknownPermission' | 'writeAndAppend';
  data?: MessageData;
}

const EXEC_MODES: ReadonlySet<string> = new Set([
  'ix', 'px', 'Px', 'cx', 'Cx', 'ux', 'Ux', 'pix', 'Pix', 'cix', 'Cix', 'pux', 'PUx', 'cux', 'CUx',
]);

const EXEC_MODIFIERS = 'ipcuPCU';

/** Modes that run the new program with no AppArmor confinement at all (directly or as fallback). */
export const UNCONFINED_EXEC_MODES: ReadonlySet<ExecMode> = new Set(['ux', 'Ux', 'pux', 'PUx', 'cux', 'CUx']);

/** Could this word be a permission string (as opposed to a path or keyword)? */
export function looksLikePermissions(word: string): boolean {
  return /^[rwalkmxipcuPCU]+$/.test(word);
}

export function emptyPermissions(): FilePermissions {
  return { read: false, write: false, append: false, link: false, lock: false, mmap: false };
}

export interface ParsedPermissions {
  permissions: FilePermissions;
  /** Each names its sentence in the `apparmor-syntax` catalogue, which adds the permission text itself. */
  problems: PermissionProblem[];
}

/** Reads a permission string such as `rw`, `mrwklx` or `Pix`; reports letters AppArmor rejects. */
export function parsePermissions(text: string, deny: boolean): ParsedPermissions {
  const permissions = emptyPermissions();
  const problems: PermissionProblem[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === 'r') permissions.read = true;
    else if (c === 'w') { permissions.write = true; permissions.append = true; }
    else if (c === 'a') permissions.append = true;
    else if (c === 'l') permissions.link = true;
    else if (c === 'k') permissions.lock = true;
    else if (c === 'm') permissions.mmap = true;
    else if (c === 'x' || EXEC_MODIFIERS.includes(c)) {
      let j = i;
      while (j < text.length && EXEC_MODIFIERS.includes(text[j] ?? '')) j++;
      if (text[j] !== 'x') {
        problems.push({ id: 'execNeedsX', data: { mode: text.slice(i, j) } });
        i = j;
        continue;
      }
      const mode = text.slice(i, j + 1);
      if (permissions.exec) problems.push({ id: 'twoExecModes' });
      else if (deny && mode !== 'x') problems.push({ id: 'denyPlainX', data: { mode } });
      else if (!deny && mode === 'x') problems.push({ id: 'allowNeedsExecMode' });
      else if (mode !== 'x' && !EXEC_MODES.has(mode)) problems.push({ id: 'unknownExecMode', data: { mode } });
      permissions.exec = mode as ExecMode; // validated against EXEC_MODES or reported just above
      i = j + 1;
      continue;
    } else problems.push({ id: 'unknownPermission', data: { letter: c } });
    i++;
  }
  if (permissions.write && text.includes('a')) problems.push({ id: 'writeAndAppend' });
  return { permissions, problems };
}

/** The permission a file access needs. */
export function grants(permissions: FilePermissions, access: 'read' | 'write' | 'append' | 'link' | 'lock' | 'mmap' | 'exec'): boolean {
  return access === 'exec' ? permissions.exec !== undefined : permissions[access];
}
