import type { Worded } from '../../core/worded';
import { mergeProblem } from './diagnostics';
import { Pair, isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { Budget, isNull, keyOf, newMap, newScalar, newSeq, pairs, text } from './nodes';
import type { ModelPath } from './resolve';

type Merger = (base: Node | null, over: Node | null, path: ModelPath, ctx: MergeContext) => Node | null;

export interface MergeContext {
  budget: Budget;
  /** A value that cannot be merged into the one before it (a mapping over a list, say). */
  report: (message: Worded, node: Node | null) => void;
}

/** `a.*.b` matches `a.x.b`; both sides have the same number of parts. */
function matches(path: ModelPath, pattern: readonly string[]): boolean {
  return path.length === pattern.length && pattern.every((part, i) => part === '*' || part === path[i]);
}

/** A mapping as Compose's `convertIntoSequence` writes it: `KEY=value` (or `KEY` for null), sorted; a string becomes a one-item list. */
function toSequenceItems(node: Node | null): (Node | null)[] {
  if (isSeq(node)) return node.items as (Node | null)[];
  if (isScalar(node) && typeof node.value === 'string') return [node];
  if (!isMap(node)) return [];
  const out: { sort: string; node: Node }[] = [];
  for (const pair of pairs(node)) {
    const key = keyOf(pair);
    const start = pair.key.range?.[0];
    const range = (end: number | undefined): [number, number, number] | undefined =>
      start !== undefined && end !== undefined ? [start, end, end] : undefined;
    if (isNull(pair.value)) {
      out.push({ sort: key, node: newScalar(key, range(pair.key.range?.[1])) });
    } else if (isSeq(pair.value)) {
      for (const item of pair.value.items as (Node | null)[]) {
        const v = `${key}=${text(item) ?? ''}`;
        out.push({ sort: v, node: newScalar(v, range(item?.range?.[1])) });
      }
    } else {
      const v = `${key}=${text(pair.value) ?? ''}`;
      out.push({ sort: v, node: newScalar(v, range(pair.value?.range?.[1])) });
    }
  }
  return out.sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0)).map((x) => x.node);
}

/** A list as Compose's `convertIntoMapping` reads it: each item becomes a key with no value. */
function toMapping(node: Node | null): Node | null {
  if (!isSeq(node)) return node;
  return newMap((node.items as (Node | null)[]).flatMap((item) => {
    const key = text(item);
    return key === null || !isScalar(item) ? [] : [new Pair<Scalar, Node | null>(newScalar(key, item.range ?? undefined), null)];
  }), node);
}

const override: Merger = (_base, over) => over;

const toSequence: Merger = (base, over) => newSeq([...toSequenceItems(base), ...toSequenceItems(over)], over);

const asMappings: Merger = (base, over, path, ctx) => mergeMappings(toMapping(base), toMapping(over), path, ctx);

/** `build: ./dir` is `build: { context: ./dir }`. */
const build: Merger = (base, over, path, ctx) => {
  const asMap = (node: Node | null): Node | null =>
    isScalar(node) ? newMap([new Pair<Scalar, Node | null>(newScalar('context', node.range ?? undefined), node)], node) : node;
  return mergeMappings(asMap(base), asMap(over), path, ctx);
};

const extraHosts: Merger = (base, over) => {
  const before = toSequenceItems(base);
  const known = new Set(before.map((n) => text(n)));
  return newSeq([...before, ...toSequenceItems(over).filter((n) => !known.has(text(n)))], over);
};

/** Logging options merge only when both files name the same driver, or one names none. */
const logging: Merger = (base, over, path, ctx) => {
  const driver = (node: Node | null): string | null => text(pairs(node).find((p) => keyOf(p) === 'driver')?.value);
  const a = driver(base);
  const b = driver(over);
  return a === b || a === null || b === null ? mergeMappings(base, over, path, ctx) : over;
};

/** compose-go `override/merge.go` `mergeSpecials`, with the same paths. */
const SPECIALS: readonly [readonly string[], Merger][] = [
  [['services', '*', 'annotations'], toSequence],
  [['services', '*', 'build'], build],
  [['services', '*', 'build', 'args'], toSequence],
  [['services', '*', 'build', 'additional_contexts'], toSequence],
  [['services', '*', 'build', 'extra_hosts'], extraHosts],
  [['services', '*', 'build', 'labels'], toSequence],
  [['services', '*', 'command'], override],
  [['services', '*', 'depends_on'], asMappings],
  [['services', '*', 'deploy', 'labels'], toSequence],
  [['services', '*', 'dns'], toSequence],
  [['services', '*', 'dns_opt'], toSequence],
  [['services', '*', 'dns_search'], toSequence],
  [['services', '*', 'entrypoint'], override],
  [['services', '*', 'env_file'], toSequence],
  [['services', '*', 'label_file'], toSequence],
  [['services', '*', 'environment'], toSequence],
  [['services', '*', 'extra_hosts'], extraHosts],
  [['services', '*', 'healthcheck', 'test'], override],
  [['services', '*', 'labels'], toSequence],
  [['services', '*', 'volumes', '*', 'volume', 'labels'], toSequence],
  [['services', '*', 'logging'], logging],
  [['services', '*', 'models'], asMappings],
  [['services', '*', 'networks'], asMappings],
  [['services', '*', 'sysctls'], toSequence],
  [['services', '*', 'tmpfs'], toSequence],
  [['services', '*', 'ulimits', '*'], override],
];

function mergeMappings(base: Node | null, over: Node | null, path: ModelPath, ctx: MergeContext): Node | null {
  if (!isMap(base)) return over;
  if (!isMap(over)) return isNull(over) ? base : over;
  const result = [...pairs(base)];
  const index = new Map(result.map((p, i) => [keyOf(p), i]));
  for (const pair of pairs(over)) {
    ctx.budget.spend();
    const key = keyOf(pair);
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, result.length);
      result.push(pair);
      continue;
    }
    const merged = mergeValues(result[at]?.value ?? null, pair.value, [...path, key], ctx);
    // The key of the file that set the value last, so the finding points at the override.
    result[at] = new Pair<Scalar, Node | null>(pair.key, merged);
  }
  return newMap(result, over);
}

/**
 * Merges `over` (a later file) into `base` by the Compose specification's rules
 * (compose-spec `13-merge.md`; compose-go `override/merge.go`): mappings merge key by key, sequences
 * append, scalars replace, and the listed attributes follow their own rules. Nothing is mutated.
 */
export function mergeValues(base: Node | null, over: Node | null, path: ModelPath, ctx: MergeContext): Node | null {
  ctx.budget.spend();
  for (const [pattern, merger] of SPECIALS) {
    if (matches(path, pattern)) return merger(base, over, path, ctx);
  }
  if (isNull(over)) return base;
  if (isMap(base)) {
    if (!isMap(over)) {
      ctx.report(mergeProblem(isSeq(over) ? 'mappingReplacedByList' : 'mappingReplacedByValue', { path: path.join('.') }), over);
      return over;
    }
    return mergeMappings(base, over, path, ctx);
  }
  if (isSeq(base)) {
    if (!isSeq(over)) {
      ctx.report(mergeProblem(isMap(over) ? 'listReplacedByMapping' : 'listReplacedByValue', { path: path.join('.') }), over);
      return over;
    }
    return newSeq([...(base.items as (Node | null)[]), ...(over.items as (Node | null)[])], over);
  }
  return over;
}

/** Removes the value at `path` (a `!reset` or `!override` of a later file), keeping everything else. */
export function withoutPath(node: Node | null, path: ModelPath): Node | null {
  const [head, ...rest] = path;
  if (head === undefined || !isMap(node)) return node;
  const kept: Pair<Scalar, Node | null>[] = [];
  let changed = false;
  for (const pair of pairs(node)) {
    if (keyOf(pair) !== head) {
      kept.push(pair);
      continue;
    }
    changed = true;
    if (rest.length > 0) kept.push(new Pair<Scalar, Node | null>(pair.key, withoutPath(pair.value, rest)));
  }
  return changed ? newMap(kept, node) : node;
}
