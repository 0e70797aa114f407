import { style } from './ansi';
import { HOST_USER } from './host';
import type { Session } from './shell/types';
import { userName } from './users';

function shortPath(path: string, home: string | undefined): string {
  if (home && home !== '/' && (path === home || path.startsWith(`${home}/`))) return `~${path.slice(home.length)}`;
  return path;
}

/** The prompt each shell shows: bash's user@host:dir$ on the host and in glibc images, ash's `dir #` in BusyBox images. */
export function promptFor(session: Session): string {
  const { proc } = session;
  const root = proc.identity.uid === 0;
  const sign = root ? '#' : '$';
  if (session.shell === 'ash') return `${proc.cwd} ${sign} `;
  const name = userName(proc.vfs, proc.identity.uid) ?? 'I have no name!';
  const home = proc.kind === 'host' && !root ? HOST_USER.home : proc.env.HOME;
  const where = shortPath(proc.cwd, home);
  return `${style.bold(style.green(`${name}@${proc.hostname}`))}:${style.bold(style.blue(where))}${sign} `;
}
