/**
 * Variables of a stage that starts `FROM <earlier stage>`: its own assignments over the ones it
 * inherits, without copying them. A chain of n stages costs O(n), where a copy per stage cost
 * O(n × variables) time and memory (10,000 chained stages ran the CLI out of memory).
 */
export class LayeredScope {
  private readonly own = new Map<string, string | null>();
  /** Answers found in an ancestor, so a name is looked up through the chain once. */
  private readonly found = new Map<string, string | null | undefined>();

  constructor(private readonly parent: LayeredScope | null = null) {}

  private lookup(name: string): string | null | undefined {
    if (this.own.has(name)) return this.own.get(name);
    if (this.found.has(name)) return this.found.get(name);
    const inherited = this.parent?.lookup(name);
    this.found.set(name, inherited);
    return inherited;
  }

  has(name: string): boolean {
    return this.lookup(name) !== undefined;
  }

  get(name: string): string | null | undefined {
    return this.lookup(name);
  }

  set(name: string, value: string | null): void {
    this.own.set(name, value);
  }
}
