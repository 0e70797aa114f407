import { fail, ok, type Command } from '../types';

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v' };

/** A tr set as characters: backslash escapes (\n, \0, \\) and ranges (a-z). */
function expand(set: string): string[] {
  const chars: string[] = [];
  for (let i = 0; i < set.length; i++) {
    let ch = set[i] ?? '';
    if (ch === '\\' && i + 1 < set.length) ch = ESCAPES[set[++i] ?? ''] ?? set[i] ?? '';
    const last = chars[chars.length - 1];
    if (ch === '-' && last !== undefined && i + 1 < set.length) {
      const end = set[++i] ?? '';
      for (let c = last.charCodeAt(0) + 1; c <= end.charCodeAt(0); c++) chars.push(String.fromCharCode(c));
      continue;
    }
    chars.push(ch);
  }
  return chars;
}

/** `tr [-d] SET1 [SET2]`: translates or deletes characters of standard input. */
export const tr: Command = ({ args, stdin, proc }) => {
  const deleting = args[0] === '-d';
  const sets = deleting ? args.slice(1) : args;
  const [first, second] = sets;
  if (first === undefined || (!deleting && second === undefined)) {
    return fail(proc.busybox ? 'BusyBox v1.37.0 multi-call binary.\n\nUsage: tr [-cds] STRING1 [STRING2]\n' : "tr: missing operand\nTry 'tr --help' for more information.\n");
  }
  const from = expand(first);
  if (deleting) return ok([...stdin].filter((c) => !from.includes(c)).join(''));
  const to = expand(second ?? '');
  // A shorter SET2 is padded with its last character, as both BusyBox and coreutils do.
  const target = (i: number): string => to[Math.min(i, to.length - 1)] ?? '';
  return ok([...stdin].map((c) => {
    const i = from.lastIndexOf(c);
    return i < 0 ? c : target(i);
  }).join(''));
};
