import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import { AnchorIndex } from '../core/yaml-anchors';
import type { Span } from '../core/types';

/** A map entry after aliases and `<<` merge keys are resolved. */
export interface Entry {
  key: string;
  value: Node | null;
  /** From the key to the end of the value. */
  span: Span;
  /** The key alone. */
  keySpan: Span;
}

/**
 * How deep aliases and merges are followed; a recursive alias must not loop forever. Each map's
 * entries are computed once, so depth costs only stack, not time.
 */
const MAX_DEPTH = 100;

export class YamlWalker {
  private readonly anchors: AnchorIndex;
  /** Entries of each mapping, worked out once: merge keys that reuse a map cost nothing more. */
  private readonly merged = new WeakMap<Node, Entry[]>();
  private readonly inProgress = new WeakSet<Node>();

  constructor(doc: Document, private readonly lines: LineCounter) {
    this.anchors = new AnchorIndex(doc);
  }

  span(from: number, to: number): Span {
    const start = this.lines.linePos(from);
    const end = this.lines.linePos(Math.max(to, from + 1));
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  }

  nodeSpan(node: Node | null | undefined, fallback: Span): Span {
    const range = node?.range;
    return range ? this.span(range[0], range[1]) : fallback;
  }

  resolve(node: unknown, depth = 0): Node | null {
    if (depth > MAX_DEPTH) return null;
    if (isAlias(node)) return this.resolve(this.anchors.target(node), depth + 1);
    return isMap(node) || isSeq(node) || isScalar(node) ? node : null;
  }

  /** The entries of a mapping, with `<<: *base` entries merged in beneath the map's own keys. */
  entries(node: unknown, fallback: Span, depth = 0): Entry[] {
    const map = this.resolve(node);
    if (!isMap(map) || depth > MAX_DEPTH || this.inProgress.has(map)) return [];
    const known = this.merged.get(map);
    if (known) return known;
    this.inProgress.add(map);
    const result = this.mapEntries(map, fallback, depth);
    this.inProgress.delete(map);
    this.merged.set(map, result);
    return result;
  }

  private mapEntries(map: YAMLMap, fallback: Span, depth: number): Entry[] {
    const own: Entry[] = [];
    const merged: Entry[] = [];
    for (const pair of map.items as Pair<unknown, unknown>[]) {
      const keyNode = this.resolve(pair.key);
      // With merge keys enabled, `<<` parses to a symbol; its source text is still "<<".
      const key = isScalar(keyNode) ? (typeof keyNode.value === 'symbol' ? keyNode.source ?? '' : String(keyNode.value)) : '';
      const value = this.resolve(pair.value);
      if (key === '<<') {
        const sources = isSeq(value) ? value.items : [value];
        for (const source of sources) merged.push(...this.entries(source, fallback, depth + 1));
        continue;
      }
      const start = keyNode?.range?.[0];
      const end = (isAlias(pair.value) ? pair.value.range : value?.range)?.[1] ?? keyNode?.range?.[1];
      own.push({
        key,
        value,
        span: start !== undefined && end !== undefined ? this.span(start, end) : fallback,
        keySpan: this.nodeSpan(keyNode, fallback),
      });
    }
    // Own keys win over merged ones, and among merged maps the first listed wins (YAML merge keys).
    const seen = new Set(own.map((e) => e.key));
    const result = [...own];
    for (const e of merged) {
      if (seen.has(e.key)) continue;
      seen.add(e.key);
      result.push(e);
    }
    return result;
  }

  /** Items of a sequence, each with its span. */
  items(node: Node | null, fallback: Span): { value: Node | null; span: Span }[] {
    if (!isSeq(node)) return [];
    return node.items.map((item) => {
      const value = this.resolve(item);
      return { value, span: this.nodeSpan(isAlias(item) ? item : value, fallback) };
    });
  }
}

/** A scalar as text: numbers and booleans too, since Compose accepts `user: 1000` and `"80:80"` alike. */
export function scalarText(node: Node | null): string | null {
  if (!isScalar(node)) return null;
  const v = node.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : null;
}
