import { normalizePosixPath } from '../../../../src/checker/core/posix-path';
import type { KnownUser, Stage } from '../../../../src/checker/dockerfile/model';

/** Owner and mode of one path in a stage's image, as far as the Dockerfile lets us tell. */
export interface FileState {
  uid: number | null;
  gid: number | null;
  /** null when the mode is inherited from the build context, which the Dockerfile does not show. */
  mode: number | null;
  /** The last instruction that set the owner or mode. */
  line: number;
}

function workdirAt(stage: Stage, line: number): string {
  let dir = '/';
  for (const w of stage.workdirs) if (w.line < line) dir = normalizePosixPath(w.path, dir);
  return dir;
}

function covers(target: string, path: string, recursive: boolean): boolean {
  return target === path || (recursive && (target === '/' || path.startsWith(`${target}/`)));
}

function resolveId(value: string | undefined, users: KnownUser[], pick: 'uid' | 'gid'): number | null {
  if (value === undefined || value === '') return null;
  if (/^\d+$/.test(value)) return Number(value);
  const user = users.find((u) => u.name === value);
  return user ? user[pick] : null;
}

/** Parses `chown` owners: "10001", "10001:10001", "app:app"; with only a user, the group is left unchanged. */
function parseOwner(value: string, users: KnownUser[], current: { uid: number | null; gid: number | null }): { uid: number | null; gid: number | null } {
  const [user, group] = value.split(/[:.]/);
  const uid = resolveId(user, users, 'uid');
  return { uid, gid: group === undefined ? current.gid : resolveId(group, users, 'gid') ?? resolveId(group, users, 'uid') };
}

const WHO_BITS: Record<string, number> = { u: 0o700, g: 0o070, o: 0o007, a: 0o777 };
const PERM_BITS: Record<string, number> = { r: 0o444, w: 0o222, x: 0o111, X: 0o111 };

/** Applies an octal or simple symbolic chmod ("777", "o+w", "go-w,u=rx") to a mode; null when it cannot tell. */
export function applyChmod(value: string, mode: number | null): number | null {
  if (/^[0-7]{3,4}$/.test(value)) return parseInt(value, 8) & 0o7777;
  let result = mode;
  for (const clause of value.split(',')) {
    const match = /^([ugoa]*)([+=-])([rwxX]*)$/.exec(clause);
    if (!match) return null;
    const [, who = '', op, perms = ''] = match;
    const whoMask = (who === '' ? 'a' : who).split('').reduce((m, w) => m | (WHO_BITS[w] ?? 0), 0);
    const bits = perms.split('').reduce((m, p) => m | (PERM_BITS[p] ?? 0), 0) & whoMask;
    const whole = whoMask === 0o777;
    if (result === null && !(op === '=' && whole)) return null;
    const current = result ?? 0;
    result = op === '=' ? (current & ~whoMask) | bits : op === '+' ? current | bits : current & ~bits;
  }
  return result;
}

/** Follows COPY/ADD and RUN chown/chmod in order to find the owner and mode a path ends up with. */
export function fileState(stage: Stage, path: string): FileState | null {
  let state: FileState | null = null;
  const target = normalizePosixPath(path, '/');
  const events = [
    ...stage.adds.map((add) => ({ line: add.line, add, write: null })),
    ...stage.writes.map((write) => ({ line: write.line, add: null, write })),
  ].sort((a, b) => a.line - b.line);

  for (const event of events) {
    const workdir = workdirAt(stage, event.line);
    if (event.add) {
      const add = event.add;
      const dest = normalizePosixPath(add.dest, workdir);
      const intoDir = add.dest.endsWith('/') || add.sources.length > 1;
      const hit = add.sources.some((source) => {
        const name = source.replace(/\/+$/, '').split('/').pop() ?? source;
        return intoDir ? covers(`${dest}/${name}`, target, true) || covers(dest, target, true) : covers(dest, target, true);
      });
      if (hit) state = { uid: add.owner.uid, gid: add.owner.gid, mode: add.mode, line: add.line };
    } else if (event.write && state) {
      const write = event.write;
      if (!write.paths.some((p) => covers(normalizePosixPath(p, workdir), target, write.recursive))) continue;
      const current: FileState = state;
      if (write.kind === 'chmod' && write.value) state = { ...current, mode: applyChmod(write.value, current.mode), line: write.line };
      else if (write.kind === 'chown' && write.value) state = { ...current, ...parseOwner(write.value, stage.knownUsers, current), line: write.line };
      else if (write.kind === 'rm') state = null;
    } else if (event.write && (event.write.kind === 'mkdir' || event.write.kind === 'touch')) {
      const write = event.write;
      // A directory or file created by RUN belongs to root with the usual 755 / 644 modes.
      if (write.paths.some((p) => normalizePosixPath(p, workdir) === target)) {
        state = { uid: 0, gid: 0, mode: write.kind === 'mkdir' ? 0o755 : 0o644, line: write.line };
      }
    }
  }
  return state;
}

/** Whether a process with this uid and gid may write to a file in that state (root always may). */
export function writableBy(state: FileState, uid: number, gid: number | null): boolean {
  if (uid === 0) return true;
  // The owner can always chmod its own file, so ownership alone means write access.
  if (state.uid === uid) return true;
  if (state.mode === null) return true;
  if (gid !== null && state.gid === gid && (state.mode & 0o020) !== 0) return true;
  return (state.mode & 0o002) !== 0;
}
