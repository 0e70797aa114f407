import { Header } from 'tar';

/** One entry of a root file system, with the owner and mode it has in the image. */
export type TarEntry =
  | { type: 'dir'; path: string; mode: number; uid: number; gid: number }
  | { type: 'file'; path: string; mode: number; uid: number; gid: number; content: Buffer }
  | { type: 'symlink'; path: string; target: string }
  | { type: 'hardlink'; path: string; target: string };

/** Every entry carries the same time, so two recordings build byte-identical layers. */
const EPOCH = new Date('2026-01-01T00:00:00Z');
const BLOCK = 512;

function header(entry: TarEntry): Buffer {
  const block = Buffer.alloc(BLOCK);
  const path = entry.path.replace(/^\/+/, '') + (entry.type === 'dir' ? '/' : '');
  const common = { path, mtime: EPOCH, uname: '', gname: '' };
  let data;
  if (entry.type === 'dir') data = { ...common, type: 'Directory' as const, mode: entry.mode, uid: entry.uid, gid: entry.gid, size: 0 };
  else if (entry.type === 'file') data = { ...common, type: 'File' as const, mode: entry.mode, uid: entry.uid, gid: entry.gid, size: entry.content.length };
  else if (entry.type === 'symlink') data = { ...common, type: 'SymbolicLink' as const, mode: 0o777, uid: 0, gid: 0, size: 0, linkpath: entry.target };
  else data = { ...common, type: 'Link' as const, mode: 0o755, uid: 0, gid: 0, size: 0, linkpath: entry.target.replace(/^\/+/, '') };
  if (new Header(data).encode(block)) throw new Error(`${entry.path}: a name or link too long for a plain tar header`);
  return block;
}

/** A tar archive of the entries, in the order given (parents before children). */
export function tarArchive(entries: readonly TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    parts.push(header(entry));
    if (entry.type === 'file') {
      parts.push(entry.content);
      const pad = (BLOCK - (entry.content.length % BLOCK)) % BLOCK;
      if (pad) parts.push(Buffer.alloc(pad));
    }
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}
