import type { MessageData } from '../core/types';
/**
 * AppArmor globs (AARE) compiled to a small NFA and matched by state-set simulation, so matching
 * costs O(path length x pattern size) whatever the pattern: user text never reaches a backtracking
 * regex engine.
 *
 * Semantics from apparmor.d(5): `*` matches within one path component, `**` also crosses `/`, `?` is
 * one non-slash character, `[abc]` / `[^a-c]` are classes, `{a,b}` alternation (nestable), `\` escapes.
 * A `*` or `**` right after a `/` must match at least one character, which is why `/etc/**` does not
 * match the directory `/etc/` itself.
 */

type Node =
  | { kind: 'lit'; char: string }
  | { kind: 'class'; negated: boolean; ranges: [number, number][] }
  | { kind: 'star'; crossesSlash: boolean; afterSlash: boolean }
  | { kind: 'alt'; options: Node[][] };

type State =
  | { kind: 'test'; test: (code: number) => boolean; out: number }
  | { kind: 'split'; outs: number[] }
  | { kind: 'match' };

export interface CompiledGlob {
  states: State[];
  start: number;
}

export interface GlobProblem {
  /** 0-based offset in the pattern. */
  offset: number;
  /** Its sentence in the `apparmor-syntax` catalogue, which adds the pattern itself. */
  id: 'globUnclosedClass' | 'globTooDeep' | 'globUnclosedAlternation' | 'globUnmatched';
  data?: MessageData;
}

const SLASH = 47;

/** Alternations nested deeper than this are read as plain text: real profiles nest two or three. */
const MAX_NESTING = 32;

/** Parses alternatives until `}` (when nested) or the end; records unbalanced brackets. */
function parseSequence(
  pattern: string, start: number, nested: boolean, problems: GlobProblem[], depth = 0,
): { nodes: Node[][]; end: number } {
  const options: Node[][] = [[]];
  const groupAfterSlash = nested && pattern[start - 2] === '/';
  let optionStart = start;
  let i = start;
  while (i < pattern.length) {
    const c = pattern[i] ?? '';
    const current = options[options.length - 1] ?? [];
    if (nested && c === '}') return { nodes: options, end: i + 1 };
    if (nested && c === ',') { options.push([]); i++; optionStart = i; continue; }
    if (c === '\\') {
      current.push({ kind: 'lit', char: pattern[i + 1] ?? '\\' });
      i += 2;
    } else if (c === '*') {
      const afterSlash = i === optionStart ? (groupAfterSlash || pattern[i - 1] === '/') : pattern[i - 1] === '/';
      if (pattern[i + 1] === '*') {
        let j = i;
        while (pattern[j] === '*') j++;
        current.push({ kind: 'star', crossesSlash: true, afterSlash });
        i = j;
      } else {
        current.push({ kind: 'star', crossesSlash: false, afterSlash });
        i++;
      }
    } else if (c === '?') {
      current.push({ kind: 'class', negated: true, ranges: [[SLASH, SLASH]] });
      i++;
    } else if (c === '[') {
      const parsed = parseClass(pattern, i);
      if (!parsed) {
        problems.push({ offset: i, id: 'globUnclosedClass' });
        current.push({ kind: 'lit', char: '[' });
        i++;
      } else {
        current.push(parsed.node);
        i = parsed.end;
      }
    } else if (c === '{' && depth >= MAX_NESTING) {
      problems.push({ offset: i, id: 'globTooDeep', data: { depth: MAX_NESTING } });
      return { nodes: options, end: pattern.length + (nested ? 1 : 0) };
    } else if (c === '{') {
      const inner = parseSequence(pattern, i + 1, true, problems, depth + 1);
      if (pattern[inner.end - 1] !== '}' || inner.end > pattern.length) {
        problems.push({ offset: i, id: 'globUnclosedAlternation' });
      }
      current.push({ kind: 'alt', options: inner.nodes });
      i = inner.end;
    } else {
      if (c === '}' || c === ']') problems.push({ offset: i, id: 'globUnmatched', data: { bracket: c } });
      current.push({ kind: 'lit', char: c });
      i++;
    }
  }
  return { nodes: options, end: pattern.length + (nested ? 1 : 0) };
}

function parseClass(pattern: string, open: number): { node: Node; end: number } | undefined {
  let i = open + 1;
  const negated = pattern[i] === '^';
  if (negated) i++;
  const ranges: [number, number][] = [];
  let first = true;
  while (i < pattern.length) {
    let c = pattern[i] ?? '';
    if (c === ']' && !first) return { node: { kind: 'class', negated, ranges }, end: i + 1 };
    first = false;
    if (c === '\\' && i + 1 < pattern.length) { i++; c = pattern[i] ?? ''; }
    const low = c.charCodeAt(0);
    if (pattern[i + 1] === '-' && pattern[i + 2] !== undefined && pattern[i + 2] !== ']') {
      const high = (pattern[i + 2] ?? '').charCodeAt(0);
      ranges.push([Math.min(low, high), Math.max(low, high)]);
      i += 3;
    } else {
      ranges.push([low, low]);
      i++;
    }
  }
  return undefined;
}

function inRanges(ranges: [number, number][], code: number): boolean {
  for (const [low, high] of ranges) if (code >= low && code <= high) return true;
  return false;
}

/** Thompson construction, built back to front so each piece knows its successor. */
function build(nodes: Node[], next: number, states: State[]): number {
  let out = next;
  for (let k = nodes.length - 1; k >= 0; k--) {
    const node = nodes[k];
    if (!node) continue;
    if (node.kind === 'lit') {
      const code = node.char.charCodeAt(0);
      states.push({ kind: 'test', test: (c) => c === code, out });
      out = states.length - 1;
    } else if (node.kind === 'class') {
      const { negated, ranges } = node;
      states.push({ kind: 'test', test: (c) => inRanges(ranges, c) !== negated, out });
      out = states.length - 1;
    } else if (node.kind === 'star') {
      const test = node.crossesSlash ? () => true : (c: number) => c !== SLASH;
      const loop: State = { kind: 'split', outs: [] };
      states.push(loop);
      const loopId = states.length - 1;
      states.push({ kind: 'test', test, out: loopId });
      loop.outs.push(states.length - 1, out);
      out = loopId;
      if (node.afterSlash) {
        states.push({ kind: 'test', test: (c) => c !== SLASH, out });
        out = states.length - 1;
      }
    } else {
      const outs = node.options.map((option) => build(option, out, states));
      states.push({ kind: 'split', outs });
      out = states.length - 1;
    }
  }
  return out;
}

const cache = new Map<string, CompiledGlob>();
const CACHE_LIMIT = 20_000;

export function compileGlob(pattern: string): CompiledGlob {
  const hit = cache.get(pattern);
  if (hit) return hit;
  const { nodes } = parseSequence(pattern, 0, false, []);
  const states: State[] = [{ kind: 'match' }];
  const start = build(nodes[0] ?? [], 0, states);
  const compiled = { states, start };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}

/** Syntax problems of a glob (unclosed `{` or `[`, stray `}`), for diagnostics. */
export function globProblems(pattern: string): GlobProblem[] {
  const problems: GlobProblem[] = [];
  parseSequence(pattern, 0, false, problems);
  return problems;
}

function addState(glob: CompiledGlob, id: number, set: number[], seen: Uint8Array): void {
  const stack = [id];
  while (stack.length > 0) {
    const s = stack.pop() ?? 0;
    if (seen[s]) continue;
    seen[s] = 1;
    const state = glob.states[s];
    if (state?.kind === 'split') for (let k = state.outs.length - 1; k >= 0; k--) stack.push(state.outs[k] ?? 0);
    else set.push(s);
  }
}

const prefixes = new Map<string, string>();

/** The literal text before the first special character: a cheap filter before running the NFA. */
function literalPrefix(pattern: string): string {
  let prefix = prefixes.get(pattern);
  if (prefix === undefined) {
    const cut = pattern.search(/[*?[{\\]/);
    prefix = cut < 0 ? pattern : pattern.slice(0, cut);
    if (prefixes.size >= CACHE_LIMIT) prefixes.clear();
    prefixes.set(pattern, prefix);
  }
  return prefix;
}

/** Whether the whole path matches the glob. */
export function globMatches(pattern: string, path: string): boolean {
  if (!path.startsWith(literalPrefix(pattern))) return false;
  const glob = compileGlob(pattern);
  let current: number[] = [];
  addState(glob, glob.start, current, new Uint8Array(glob.states.length));
  for (let i = 0; i < path.length && current.length > 0; i++) {
    const code = path.charCodeAt(i);
    const next: number[] = [];
    const seen = new Uint8Array(glob.states.length);
    for (const s of current) {
      const state = glob.states[s];
      if (state?.kind === 'test' && state.test(code)) addState(glob, state.out, next, seen);
    }
    current = next;
  }
  return current.some((s) => glob.states[s]?.kind === 'match');
}
