/** Columns padded like Docker's tabwriter (minimum width 10, padding 3): the widest cell plus three spaces. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(10, 3 + Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))));
  const render = (cells: string[]): string =>
    cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 10))).join('').trimEnd();
  return `${[render(headers), ...rows.map(render)].join('\n')}\n`;
}

/** Docker shortens long cells with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
