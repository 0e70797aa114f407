import { Pair, Scalar, YAMLMap, YAMLSeq, isMap, isScalar, isSeq, type Node } from 'yaml';

/**
 * Compose files as merged trees of `yaml` nodes. Every node keeps the range it was read from, shifted
 * into one address space that lays the project's files end to end, so a merged tree can mix nodes of
 * several files and a finding still knows which file and line set the value.
 */
export type Tree = YAMLMap<Scalar, Node | null> | YAMLSeq<Node | null> | Scalar;

/** Compose's loader stops at this many node visits per file (compose-go `defaultMaxNodeVisits`); so does the merge. */
export const MAX_NODE_VISITS = 100_000;

export class TooComplex extends Error {
  constructor() {
    super('too complex');
  }
}

/** Counts work, so aliases and merges built to explode stop with a clear diagnostic instead of a frozen page. */
export class Budget {
  private left: number;

  constructor(limit = MAX_NODE_VISITS) {
    this.left = limit;
  }

  spend(): void {
    if (--this.left < 0) throw new TooComplex();
  }
}

export function keyOf(pair: Pair<Scalar, Node | null>): string {
  return String(pair.key.value);
}

export function newMap(pairs: Pair<Scalar, Node | null>[], like?: Node | null): YAMLMap<Scalar, Node | null> {
  const map = new YAMLMap<Scalar, Node | null>();
  map.items = pairs;
  if (like?.range) map.range = like.range;
  return map;
}

export function newSeq(items: (Node | null)[], like?: Node | null): YAMLSeq<Node | null> {
  const seq = new YAMLSeq<Node | null>();
  seq.items = items;
  if (like?.range) seq.range = like.range;
  return seq;
}

export function newScalar(value: unknown, range: [number, number, number] | undefined): Scalar {
  const scalar = new Scalar(value);
  if (range) scalar.range = range;
  return scalar;
}

export function isNull(node: Node | null | undefined): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

export function entry(map: Node | null | undefined, key: string): Pair<Scalar, Node | null> | undefined {
  if (!isMap(map)) return undefined;
  return (map.items as Pair<Scalar, Node | null>[]).find((p) => keyOf(p) === key);
}

export function valueAt(map: Node | null | undefined, key: string): Node | null | undefined {
  return entry(map, key)?.value;
}

/** A scalar's value as Compose reads it: numbers and booleans as their text. */
export function text(node: Node | null | undefined): string | null {
  if (!isScalar(node)) return null;
  const v = node.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : null;
}

export function items(node: Node | null | undefined): (Node | null)[] {
  return isSeq(node) ? (node.items as (Node | null)[]) : [];
}

export function pairs(node: Node | null | undefined): Pair<Scalar, Node | null>[] {
  return isMap(node) ? (node.items as Pair<Scalar, Node | null>[]) : [];
}
