import type { ProcessEntry } from '../../process';

interface Column {
  header: string;
  /** Right-aligned to this width; null for the last, free-width column. */
  width: number;
  left: boolean;
  value(p: ProcessEntry): string;
}

/** The -o keywords the lab's processes have values for, as BusyBox ps names and pads them. */
const BUSYBOX_COLUMNS: Record<string, Column> = {
  pid: { header: 'PID', width: 5, left: false, value: (p) => String(p.pid) },
  ppid: { header: 'PPID', width: 5, left: false, value: (p) => (p.pid === 1 ? '0' : '1') },
  user: { header: 'USER', width: 8, left: true, value: (p) => p.user.slice(0, 8) },
  time: { header: 'TIME', width: 5, left: false, value: () => '0:00' },
  args: { header: 'COMMAND', width: 0, left: true, value: (p) => p.command },
  comm: { header: 'COMMAND', width: 0, left: true, value: (p) => (p.command.split(' ')[0] ?? '').split('/').pop() ?? '' },
};

/** BusyBox `ps -o LIST`: the chosen columns, or the keyword it does not know. */
export function psColumns(list: string, processes: readonly ProcessEntry[]): { text: string } | { unknown: string } {
  const keys = list.split(',').map((k) => k.trim()).filter(Boolean);
  const columns: Column[] = [];
  for (const key of keys) {
    const column = BUSYBOX_COLUMNS[key.split('=')[0] ?? key];
    if (!column) return { unknown: key };
    const header = key.includes('=') ? key.slice(key.indexOf('=') + 1) : column.header;
    columns.push({ ...column, header });
  }
  const cell = (column: Column, text: string, last: boolean): string => {
    if (last && column.left) return text;
    return column.left ? text.padEnd(column.width) : text.padStart(column.width);
  };
  const row = (texts: string[]): string => texts.map((t, i) => cell(columns[i] as Column, t, i === columns.length - 1)).join(' ').trimEnd();
  // BusyBox left-justifies every header, whatever the alignment of its column.
  const header = columns.map((c) => c.header.padEnd(c.width)).join(' ').trimEnd();
  return { text: [header, ...processes.map((p) => row(columns.map((c) => c.value(p))))].map((l) => `${l}\n`).join('') };
}
