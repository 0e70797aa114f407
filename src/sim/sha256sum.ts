import { sha256Hex } from './hash';
import type { Output, OutputChunk } from './shell/types';

/** A file's content, or why it cannot be read. */
export type ReadResult = { content: string } | { error: string };

/**
 * sha256sum, and sha256sum -c: BusyBox's applet (Alpine, BusyBox) and GNU coreutils (Debian, the
 * host) print the same OK/FAILED lines but word their warnings differently; both texts were taken
 * from the tools themselves.
 */
export function sha256sum(args: readonly string[], stdin: string, read: (path: string) => ReadResult, busybox: boolean): Output {
  const check = args.some((a) => a === '-c' || a === '--check' || /^-[a-z]*c[a-z]*$/.test(a));
  const names = args.filter((a) => !a.startsWith('-') || a === '-');
  const inputs = names.length === 0 ? ['-'] : names;
  const chunks: OutputChunk[] = [];
  let code = 0;
  // BusyBox and coreutils write each line as they go, so the two streams interleave.
  const out = (text: string): void => { chunks.push({ fd: 1, text }); };
  const err = (text: string): void => { chunks.push({ fd: 2, text }); };
  const finish = (): Output => ({
    stdout: chunks.filter((c) => c.fd === 1).map((c) => c.text).join(''),
    stderr: chunks.filter((c) => c.fd === 2).map((c) => c.text).join(''),
    code, chunks,
  });
  const open = (name: string): ReadResult => (name === '-' ? { content: stdin } : read(name));
  if (!check) {
    for (const name of inputs) {
      const result = open(name);
      if ('error' in result) {
        err(busybox ? `sha256sum: can't open '${name}': ${result.error}\n` : `sha256sum: ${name}: ${result.error}\n`);
        code = 1;
      } else out(`${sha256Hex(result.content)}  ${name}\n`);
    }
    return finish();
  }
  for (const list of inputs) {
    const listed = open(list);
    if ('error' in listed) {
      err(`sha256sum: ${list}: ${listed.error}\n`);
      code = 1;
      continue;
    }
    const lines = listed.content.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    let failed = 0;
    let unreadable = 0;
    let total = 0;
    for (const line of lines) {
      const match = /^(\S+) [ *](.+)$/.exec(line);
      const wellFormed = match && /^[0-9a-fA-F]{64}$/.test(match[1] ?? '');
      // BusyBox counts a line it cannot split as a mismatch and compares whatever stands before the
      // name; GNU skips every line that is not a SHA-256 line.
      if (!busybox && !wellFormed) continue;
      total++;
      if (!match) {
        failed++;
        continue;
      }
      const [, expected = '', name = ''] = match;
      const target = read(name);
      if ('error' in target) {
        if (busybox) {
          err(`sha256sum: can't open '${name}': ${target.error}\n`);
          out(`${name}: FAILED\n`);
          failed++;
        } else {
          err(`sha256sum: ${name}: ${target.error}\n`);
          out(`${name}: FAILED open or read\n`);
          unreadable++;
        }
        continue;
      }
      const same = sha256Hex(target.content) === expected.toLowerCase();
      out(`${name}: ${same ? 'OK' : 'FAILED'}\n`);
      if (!same) failed++;
    }
    if (total === 0) {
      err(busybox ? '' : `sha256sum: ${list === '-' ? "'standard input'" : list}: no properly formatted checksum lines found\n`);
      code = 1;
      continue;
    }
    if (busybox && failed > 0) err(`sha256sum: WARNING: ${failed} of ${total} computed checksums did NOT match\n`);
    if (!busybox && unreadable > 0) err(`sha256sum: WARNING: ${unreadable} listed file${unreadable === 1 ? '' : 's'} could not be read\n`);
    if (!busybox && failed > 0) err(`sha256sum: WARNING: ${failed} computed checksum${failed === 1 ? '' : 's'} did NOT match\n`);
    if (failed > 0 || unreadable > 0) code = 1;
  }
  return finish();
}
