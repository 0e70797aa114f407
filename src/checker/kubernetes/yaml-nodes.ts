import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type YAMLMap } from 'yaml';
import { AnchorIndex } from '../core/yaml-anchors';
import type { Span } from '../core/types';

/** Reads YAML nodes with aliases and `<<` merge keys resolved, and turns offsets into spans. */
export class NodeReader {
  private readonly anchors: AnchorIndex;
  /** Entries of each mapping, worked out once, so merge keys that reuse a map cost nothing more. */
  private readonly merged = new WeakMap<object, Map<string, Entry>>();
  private readonly inProgress = new WeakSet<object>();

  constructor(doc: Document, private readonly lines: LineCounter) {
    this.anchors = new AnchorIndex(doc);
  }

  /** Follows aliases (a bounded number of hops, so a self-referencing anchor cannot loop). */
  resolve(node: unknown): Node | undefined {
    let current = node;
    for (let hops = 0; hops < 100 && isAlias(current); hops++) {
      current = this.anchors.target(current);
    }
    return isAlias(current) ? undefined : (current as Node | undefined);
  }

  spanOf(node: unknown): Span {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    const start = range?.[0] ?? 0;
    const end = Math.max(range?.[1] ?? start, start);
    const from = this.lines.linePos(start);
    const to = this.lines.linePos(end);
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.line === from.line && to.col <= from.col ? from.col + 1 : to.col };
  }

  /**
   * The entries of a mapping, merged entries included: an explicit key wins over a merged one, and
   * among merged maps the first listed wins, as YAML 1.1 merge keys specify.
   */
  entries(node: unknown, depth = 0): Map<string, Entry> {
    const map = this.resolve(node);
    if (!isMap(map) || depth > 100 || this.inProgress.has(map)) return new Map();
    const known = this.merged.get(map);
    if (known) return known;
    this.inProgress.add(map);
    const found = this.mapEntries(map, depth);
    this.inProgress.delete(map);
    this.merged.set(map, found);
    return found;
  }

  private mapEntries(map: YAMLMap, depth: number): Map<string, Entry> {
    const found = new Map<string, Entry>();
    const merged: unknown[] = [];
    for (const pair of map.items) {
      const key = isAlias(pair.key) ? this.resolve(pair.key) : pair.key;
      if (isMergeKey(key)) {
        const source = this.resolve(pair.value);
        merged.push(...(isSeq(source) ? source.items : [source]));
        continue;
      }
      const name = isScalar(key) ? String(key.value) : undefined;
      if (name === undefined || found.has(name)) continue;
      found.set(name, { key: name, span: this.spanOf(key), value: pair.value });
    }
    for (const source of merged) {
      for (const [name, entry] of this.entries(source, depth + 1)) {
        if (!found.has(name)) found.set(name, entry);
      }
    }
    return found;
  }

  items(node: unknown): unknown[] {
    const seq = this.resolve(node);
    return isSeq(seq) ? seq.items : [];
  }

  scalar(node: unknown): unknown {
    const value = this.resolve(node);
    return isScalar(value) ? value.value : undefined;
  }

  string(node: unknown): string | undefined {
    const value = this.scalar(node);
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
  }

  boolean(node: unknown): boolean | undefined {
    const value = this.scalar(node);
    return typeof value === 'boolean' ? value : undefined;
  }

  number(node: unknown): number | undefined {
    const value = this.scalar(node);
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'bigint') return Number(value);
    return undefined;
  }
}

export interface Entry {
  key: string;
  span: Span;
  value: unknown;
}

function isMergeKey(key: unknown): boolean {
  return isScalar(key) && (typeof key.value === 'symbol' || (key.value === '<<' && key.type === 'PLAIN'));
}
