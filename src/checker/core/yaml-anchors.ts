import { isAlias, visit, type Alias, type Document, type Node } from 'yaml';

/**
 * What every alias of a document points to, found in one pass. `Alias.resolve(doc)` searches the
 * whole document on each call, so a manifest with n aliases cost O(n²) (10,000 aliases froze a
 * tab for 109 s); this index makes each lookup O(1).
 */
export class AnchorIndex {
  private readonly targets = new Map<Alias, Node | undefined>();

  constructor(doc: Document) {
    // An alias refers to the closest anchor of that name written before it: document order.
    const anchors = new Map<string, Node>();
    visit(doc, (_key, node) => {
      if (isAlias(node)) {
        this.targets.set(node, anchors.get(node.source));
        return;
      }
      const anchor = (node as { anchor?: string } | null)?.anchor;
      if (anchor) anchors.set(anchor, node as Node);
    });
  }

  /** The node an alias points to; undefined for an alias without an anchor. */
  target(alias: Alias): Node | undefined {
    return this.targets.get(alias);
  }
}
