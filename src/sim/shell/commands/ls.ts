import { ownerShown } from '../../access';
import { checkAccess } from '../../access';
import type { Proc } from '../../process';
import { groupName, userName } from '../../users';
import { joinPath, parentOf } from '../../vfs/paths';
import type { FsNode } from '../../vfs/tree';
import { absolute } from '../fsops';
import { toolError } from '../messages';
import type { Command, Output } from '../types';

/** Every file in the simulation carries the same fixed time, so transcripts never change. */
export const FILE_DATE = 'Jun 20 12:00';

/** Block devices by major number (loop, SCSI disks, NVMe); every other device node is a character device. */
const BLOCK_MAJORS = new Set(['7', '8', '259']);

function typeChar(node: FsNode): string {
  if (node.type === 'device') return BLOCK_MAJORS.has(node.content.split(',')[0] ?? '') ? 'b' : 'c';
  return { file: '-', dir: 'd', symlink: 'l', socket: 's' }[node.type];
}

/** Where ls prints the size, a device shows its numbers: BusyBox as `%4u,%4u`, coreutils as `MAJOR, MINOR`. */
function sizeText(node: FsNode, busybox: boolean): string {
  if (node.type !== 'device') return String(sizeOf(node));
  const [major = '0', minor = '0'] = node.content.split(',');
  return busybox ? `${major.padStart(4)},${minor.padStart(4)}` : `${major}, ${minor}`;
}

export function modeString(node: FsNode): string {
  const m = node.mode;
  const triplet = (shift: number, special: number, specialChar: string): string => {
    const r = m & (4 << shift) ? 'r' : '-';
    const w = m & (2 << shift) ? 'w' : '-';
    const x = m & (1 << shift);
    const xChar = m & special ? (x ? specialChar : specialChar.toUpperCase()) : x ? 'x' : '-';
    return r + w + xChar;
  };
  return typeChar(node) + triplet(6, 0o4000, 's') + triplet(3, 0o2000, 's') + triplet(0, 0o1000, 't');
}

function sizeOf(node: FsNode): number {
  if (node.type === 'dir') return node.size ?? 4096;
  if (node.type === 'symlink') return node.target?.length ?? 0;
  if (node.type === 'socket') return 0;
  return node.size ?? node.content.length;
}

interface Row {
  name: string;
  node: FsNode;
  /** Where the node is, for counting a directory's links. */
  path: string;
}

/** A directory's links: its name, its `.` and each subdirectory's `..`; one for a merged overlay directory. */
function linkCount(proc: Proc, row: Row): string {
  if (row.node.type !== 'dir') return '1';
  if (row.node.merged) return '1';
  return String(2 + proc.vfs.list(row.path).filter((name) => proc.vfs.stat(joinPath(row.path, name))?.type === 'dir').length);
}

function longRows(proc: Proc, rows: Row[], numeric = false): string[] {
  const cells = rows.map((row) => ({ ...row, links: linkCount(proc, row), owner: ownerShown(proc, row.path, row.node) })).map(({ name, node, links, owner }) => ({
    mode: modeString(node),
    links,
    user: (numeric ? undefined : userName(proc.vfs, owner.uid)) ?? String(owner.uid),
    group: (numeric ? undefined : groupName(proc.vfs, owner.gid)) ?? String(owner.gid),
    size: sizeText(node, proc.busybox),
    name: node.type === 'symlink' ? `${name} -> ${node.target ?? ''}` : name,
  }));
  if (proc.busybox) {
    return cells.map((c) => `${c.mode} ${c.links.padStart(4)} ${c.user.padEnd(8)} ${c.group.padEnd(8)} ${c.size.padStart(9)} ${FILE_DATE} ${c.name}`);
  }
  const width = (key: 'links' | 'user' | 'group' | 'size'): number => Math.max(...cells.map((c) => c[key].length));
  const [wl, wu, wg, ws] = [width('links'), width('user'), width('group'), width('size')];
  return cells.map((c) => `${c.mode} ${c.links.padStart(wl)} ${c.user.padEnd(wu)} ${c.group.padEnd(wg)} ${c.size.padStart(ws)} ${FILE_DATE} ${c.name}`);
}

/** Names in columns filled top to bottom, each column as wide as its longest name, as ls does on an 80-column terminal. */
export function columns(names: string[], width = 80): string {
  if (names.length === 0) return '';
  for (let perRow = names.length; perRow >= 1; perRow--) {
    const rows = Math.ceil(names.length / perRow);
    const cols: string[][] = [];
    for (let c = 0; c * rows < names.length; c++) cols.push(names.slice(c * rows, (c + 1) * rows));
    const widths = cols.map((col) => Math.max(...col.map((n) => n.length)));
    const total = widths.reduce((sum, w) => sum + w + 2, -2);
    if (total <= width || perRow === 1) {
      const out: string[] = [];
      for (let r = 0; r < rows; r++) {
        out.push(cols.map((col, c) => {
          const cell = col[r] ?? '';
          return c === cols.length - 1 ? cell : cell.padEnd((widths[c] ?? 0) + 2);
        }).join('').trimEnd());
      }
      return `${out.join('\n')}\n`;
    }
  }
  return `${names.join('\n')}\n`;
}

function parseFlags(args: string[]): { long: boolean; numeric: boolean; all: boolean; directory: boolean; recursive: boolean; paths: string[] } {
  const flags = new Set<string>();
  const paths: string[] = [];
  for (const arg of args) {
    if (arg.startsWith('-') && arg.length > 1) for (const ch of arg.slice(1)) flags.add(ch);
    else paths.push(arg);
  }
  // -n is -l with numbers for owner and group.
  return { long: flags.has('l') || flags.has('n'), numeric: flags.has('n'), all: flags.has('a') || flags.has('A'), directory: flags.has('d'), recursive: flags.has('R') && !flags.has('d'), paths };
}

export const ls: Command = ({ proc, args }) => {
  const { long, numeric, all, directory, recursive, paths } = parseFlags(args);
  // ls lists the files it was given first, then the directories, each in name order.
  const isListing = (p: string): boolean => !directory && proc.vfs.stat(absolute(proc, p))?.type === 'dir';
  const targets = paths.length ? [...paths.filter((p) => !isListing(p)).sort(), ...paths.filter(isListing).sort()] : ['.'];
  let stdout = '';
  let stderr = '';
  let code = 0;
  // -R lists each directory below a listed one after it, depth first, every one under its name.
  const queue = targets.map((target) => ({ target, listed: false }));
  let index = 0;
  while (queue.length > 0) {
    const { target, listed } = queue.shift() ?? { target: '.', listed: false };
    const path = absolute(proc, target);
    const node = proc.vfs.stat(path);
    if (listed && !node) continue;
    if (!node) {
      stderr += toolError(proc, 'ls', 'access', target, 'ENOENT');
      code = proc.busybox ? 1 : 2;
      index++;
      continue;
    }
    if (node.type !== 'dir' || directory) {
      stdout += long ? `${longRows(proc, [{ name: target, node, path }], numeric).join('\n')}\n` : `${target}\n`;
      index++;
      continue;
    }
    if ((proc.apparmor && !proc.apparmor.allowsFile(path === '/' ? '/' : `${path}/`, 'read', true)) || checkAccess(proc, path, node, 'read')) {
      stderr += proc.busybox ? `ls: can't open '${target}': Permission denied\n` : `ls: cannot open directory '${target}': Permission denied\n`;
      code = proc.busybox ? 1 : 2;
      index++;
      continue;
    }
    const names = proc.vfs.list(path).filter((name) => all || !name.startsWith('.'));
    const rows: Row[] = names.flatMap((name) => {
      const child = proc.vfs.stat(joinPath(path, name));
      return child ? [{ name, node: child, path: joinPath(path, name) }] : [];
    });
    if (all) rows.unshift({ name: '.', node, path }, { name: '..', node: proc.vfs.stat(parentOf(path)) ?? node, path: parentOf(path) });
    if (targets.length > 1 || recursive) stdout += `${index > 0 ? '\n' : ''}${target}:\n`;
    index++;
    if (recursive) {
      const below = rows.filter((r) => r.node.type === 'dir' && r.name !== '.' && r.name !== '..').map((r) => ({ target: joinPath(target, r.name), listed: true }));
      queue.unshift(...below);
    }
    if (long) {
      const blocks = rows.reduce((sum, row) => sum + Math.ceil(sizeOf(row.node) / 4096) * 4, 0);
      stdout += `total ${blocks}\n`;
      if (rows.length) stdout += `${longRows(proc, rows, numeric).join('\n')}\n`;
    } else stdout += columns(rows.map((r) => r.name));
  }
  return { stdout, stderr, code } satisfies Output;
};
