import type { Worded } from '../../core/worded';
import { mergeProblem } from './diagnostics';
import { Pair, isAlias, isMap, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import { Budget, keyOf, newMap, newScalar, newSeq } from './nodes';

/** A path in the model, e.g. ["services", "web", "ports"]. */
export type ModelPath = readonly string[];

export interface ResolvedFile {
  /** The top-level mapping with aliases and `<<` merge keys resolved; null when the file is empty or not a mapping. */
  root: Node | null;
  /**
   * Paths tagged `!reset` or `!override`: Compose removes what earlier files set there before merging
   * this one. A `!reset` value itself is dropped; an `!override` value replaces.
   */
  resets: ModelPath[];
}

interface Cached {
  node: Node | null;
  /** Reset paths found inside the node, relative to it, replayed at every place the node is used. */
  relative: ModelPath[];
}

type Report = (message: Worded, node: Node) => void;

/**
 * Reads one file as Compose's loader does before merging (compose-go `loader/reset.go`): aliases are
 * followed (each anchor resolved once, so shared anchors cost nothing extra), `<<` merge keys bring
 * in the merged maps' keys beneath the map's own, and `!reset` / `!override` tags are recorded by
 * path. Ranges move by `offset` into the project's address space. The budget bounds the work.
 */
export function resolveFile(doc: Document, offset: number, budget: Budget, report: Report): ResolvedFile {
  const resets: ModelPath[] = [];
  const cache = new Map<Node, Cached>();
  const inProgress = new Set<Node>();

  const shift = (range: [number, number, number] | undefined | null): [number, number, number] | undefined =>
    range ? [range[0] + offset, range[1] + offset, range[2] + offset] : undefined;

  const resolve = (raw: unknown, path: ModelPath, found: ModelPath[]): Node | null | 'reset' => {
    budget.spend();
    let node = raw as Node | null;
    if (isAlias(node)) {
      const target = node.resolve(doc) as Node | undefined;
      if (!target) {
        report(mergeProblem('aliasWithoutAnchor', { alias: node.source }), node);
        return null;
      }
      node = target;
    }
    if (node === null || node === undefined) return null;
    if (node.tag === '!reset') {
      found.push(path);
      return 'reset';
    }
    if (node.tag === '!override') found.push(path);
    if (isScalar(node)) return newScalar(node.value, shift(node.range));
    if (!isMap(node) && !isSeq(node)) return null;
    const cached = cache.get(node);
    if (cached) {
      for (const rel of cached.relative) found.push([...path, ...rel]);
      return cached.node;
    }
    if (inProgress.has(node)) {
      report(mergeProblem('selfAnchor'), node);
      return null;
    }
    inProgress.add(node);
    const inner: ModelPath[] = [];
    const resolved = isMap(node) ? resolveMap(node.items as Pair<unknown, unknown>[], node, inner) : resolveSeq(node.items, node, inner);
    inProgress.delete(node);
    cache.set(node, { node: resolved, relative: inner });
    for (const rel of inner) found.push([...path, ...rel]);
    return resolved;
  };

  // Paths collected inside a container are relative to it, so a cached container can be reused at another path.
  const resolveMap = (source: Pair<unknown, unknown>[], like: Node, found: ModelPath[]): Node => {
    const own: Pair<Scalar, Node | null>[] = [];
    const merged: Pair<Scalar, Node | null>[] = [];
    for (const pair of source) {
      const keyNode = (isAlias(pair.key) ? pair.key.resolve(doc) : pair.key) as Node | null;
      if (!isScalar(keyNode)) {
        report(mergeProblem('keysPlainText'), (pair.key as Node | null) ?? like);
        continue;
      }
      const key = String(keyNode.value);
      if (key === '<<') {
        const value = isAlias(pair.value) ? (pair.value.resolve(doc) as Node | undefined) : (pair.value as Node | null);
        const sources = isSeq(value) ? value.items : [pair.value];
        for (const item of sources) {
          const map = resolve(item, [], found);
          if (map !== 'reset' && isMap(map)) merged.push(...(map.items as Pair<Scalar, Node | null>[]));
          else report(mergeProblem('mergeKeyShape'), (item as Node | null) ?? like);
        }
        continue;
      }
      const value = resolve(pair.value, [key], found);
      if (value === 'reset') continue;
      const keyScalar = newScalar(key, shift(keyNode.range));
      own.push(new Pair<Scalar, Node | null>(keyScalar, value));
    }
    // YAML merge keys: the map's own keys win, then the first merged map that has the key.
    const seen = new Set(own.map(keyOf));
    const pairs = [...own];
    for (const pair of merged) {
      const key = keyOf(pair);
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push(pair);
    }
    const map = newMap(pairs);
    map.range = shift(like.range);
    return map;
  };

  const resolveSeq = (source: unknown[], like: Node, found: ModelPath[]): Node => {
    const out: (Node | null)[] = [];
    source.forEach((item, index) => {
      const value = resolve(item, [String(index)], found);
      if (value !== 'reset') out.push(value);
    });
    const seq = newSeq(out);
    seq.range = shift(like.range);
    return seq;
  };

  const root = resolve(doc.contents, [], resets);
  return { root: root === 'reset' ? null : root, resets };
}
