import { table } from './table';

/** One listed object (a container, an image, a history entry) as the formatter's fields, in Docker's names. */
export type Row = Record<string, string>;

/** How one listing verb names its fields and reports a template it cannot run (docker/cli cli/command/formatter). */
export interface Listing {
  /** Column heading of each field, for `table` formats. */
  headers: Record<string, string>;
  /** The Go type the template runs on, as the error names it. */
  context: string;
  /** What the verb puts before a template error: ps says "failed to execute template: ", images and history "template parsing error: ". */
  errorPrefix: string;
}

const ACTION = /\{\{\s*(?:(json|upper|lower|title)\s+)?\.(\w*)\s*\}\}/g;

function evaluate(template: string, row: Row, listing: Listing): string | { error: string } {
  let failure: string | null = null;
  const text = template.replace(ACTION, (whole, fn: string | undefined, field: string, offset: number) => {
    if (field === '') {
      const sorted = Object.fromEntries(Object.keys(row).sort().map((k) => [k, row[k]]));
      return fn === 'json' ? JSON.stringify(sorted).replace(/</g, '\\u003c').replace(/>/g, '\\u003e') : `{${Object.values(sorted).join(' ')}}`;
    }
    const value = row[field];
    if (value === undefined) {
      failure ??= `template: :1:${offset + whole.indexOf('.')}: executing "" at <.${field}>: can't evaluate field ${field} in type ${listing.context}`;
      return '';
    }
    switch (fn) {
      case 'json': return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
      case 'upper': return value.toUpperCase();
      case 'lower': return value.toLowerCase();
      case 'title': return value.replace(/\b\w/g, (c) => c.toUpperCase());
      default: return value;
    }
  });
  return failure === null ? text : { error: `${listing.errorPrefix}${failure}` };
}

/**
 * `--format` as docker/cli formats a listing: `table` adds the heading row and aligns the columns
 * (tabwriter, padding 3); any other template is printed once per object as it is. `\t` and `\n` in
 * the template are a tab and a new line (formatter.Context.preFormat).
 */
export function formatRows(format: string, rows: readonly Row[], listing: Listing): { text: string } | { error: string } {
  const isTable = format.startsWith('table');
  const template = (isTable ? format.slice('table'.length) : format).trim().replace(/\\t/g, '\t').replace(/\\n/g, '\n');
  const lines: string[] = [];
  for (const row of rows) {
    const line = evaluate(template, row, listing);
    if (typeof line !== 'string') return line;
    lines.push(line);
  }
  if (!isTable) return { text: lines.map((l) => `${l}\n`).join('') };
  const header = evaluate(template, listing.headers, listing);
  if (typeof header !== 'string') return header;
  const split = (line: string): string[] => line.split('\t');
  return { text: table(split(header), lines.map(split)) };
}
