import { describe, expect, it } from 'vitest';
import { diffRows, summarize, type DiffRow } from './solution-diff';

const plain = (rows: DiffRow[]) => rows.map((row) => [row.kind, row.mine ?? null, row.solution ?? null, row.parts.map((p) => p.text).join('')]);
const marked = (row: DiffRow | undefined) => row?.parts.filter((p) => p.changed).map((p) => p.text).join('|');

describe('diffRows', () => {
  it('numbers each side and keeps unchanged lines once', () => {
    const rows = diffRows('FROM alpine\nRUN make\n', 'FROM alpine\nRUN make\nUSER app\n');
    expect(plain(rows)).toEqual([
      ['same', 1, 1, 'FROM alpine'],
      ['same', 2, 2, 'RUN make'],
      ['solution', null, 3, 'USER app'],
    ]);
    expect(summarize(rows)).toEqual({ onlyMine: 0, onlySolution: 1 });
  });

  it('marks the words that differ in a replaced line, on both sides', () => {
    const rows = diffRows('FROM node:latest\nCMD ["node"]', 'FROM node:22-slim\nCMD ["node"]');
    expect(plain(rows)).toEqual([
      ['mine', 1, null, 'FROM node:latest'],
      ['solution', null, 1, 'FROM node:22-slim'],
      ['same', 2, 2, 'CMD ["node"]'],
    ]);
    expect(marked(rows[0])).toBe('latest');
    expect(marked(rows[1])).toBe('22-slim');
  });

  it('does not mark words when a line was rewritten', () => {
    const rows = diffRows('RUN chmod 777 /app\n', 'USER 10001:10001\n');
    expect(rows.map((row) => row.kind)).toEqual(['mine', 'solution']);
    expect(marked(rows[0])).toBe('');
    expect(marked(rows[1])).toBe('');
  });

  it('treats a missing final newline and CRLF line ends as no difference', () => {
    expect(summarize(diffRows('a\r\nb', 'a\nb\n'))).toEqual({ onlyMine: 0, onlySolution: 0 });
  });

  it('gives an empty file no lines, and keeps blank lines', () => {
    expect(plain(diffRows('', 'x\n\ny\n'))).toEqual([
      ['solution', null, 1, 'x'],
      ['solution', null, 2, ''],
      ['solution', null, 3, 'y'],
    ]);
  });
});
