import type { ExecMode, FilePermissions } from './model';

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
  problems: string[];
}

/** Reads a permission string such as `rw`, `mrwklx` or `Pix`; reports letters AppArmor rejects. */
export function parsePermissions(text: string, deny: boolean): ParsedPermissions {
  const permissions = emptyPermissions();
  const problems: string[] = [];
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
        problems.push(`"${text.slice(i, j)}" must be followed by "x" (exec modes are written like ix, px, cx)`);
        i = j;
        continue;
      }
      const mode = text.slice(i, j + 1);
      if (permissions.exec) problems.push(`"${text}" gives two exec modes; keep one`);
      else if (deny && mode !== 'x') problems.push(`deny rules take a plain "x", not "${mode}"`);
      else if (!deny && mode === 'x') problems.push('an allow rule needs an exec mode such as ix, px or cx, not a bare "x"');
      else if (mode !== 'x' && !EXEC_MODES.has(mode)) problems.push(`"${mode}" is not an exec mode AppArmor knows`);
      permissions.exec = mode as ExecMode; // validated against EXEC_MODES or reported just above
      i = j + 1;
      continue;
    } else problems.push(`"${c}" is not a file permission letter (valid: r w a l k m and the x modes)`);
    i++;
  }
  if (permissions.write && text.includes('a')) problems.push('"w" and "a" conflict: "w" already includes append');
  return { permissions, problems };
}

/** The permission a file access needs. */
export function grants(permissions: FilePermissions, access: 'read' | 'write' | 'append' | 'link' | 'lock' | 'mmap' | 'exec'): boolean {
  return access === 'exec' ? permissions.exec !== undefined : permissions[access];
}
