import { LRUCache } from 'lru-cache';

/**
 * A bounded cache of resolved values that hold for one catalogue version on one day in China
 * (statuses change with the day): emptied when either changes. Bounded by entries and by bytes
 * (`size` measures a value); a value larger than the whole bound is not kept.
 */
export class CatalogueCache<V extends NonNullable<unknown>> {
  private readonly lru: LRUCache<string, V>;
  private scope = '';

  constructor(options: { maxEntries: number; maxBytes: number; size: (value: V) => number }) {
    this.lru = new LRUCache<string, V>({ max: options.maxEntries, maxSize: options.maxBytes, sizeCalculation: (v) => Math.max(1, options.size(v)) });
  }

  /** The value for `key` in `scope` (the catalogue version and the day), computing and keeping it on a miss. */
  get(scope: string, key: string, compute: () => V): V {
    const hit = this.peek(scope, key);
    if (hit !== undefined) return hit;
    const value = compute();
    this.lru.set(key, value);
    return value;
  }

  /** The value kept for `key` in `scope`, if any. */
  peek(scope: string, key: string): V | undefined {
    if (scope !== this.scope) {
      this.lru.clear();
      this.scope = scope;
    }
    return this.lru.get(key);
  }

  /** Keeps a resolved value for `key` in `scope`. */
  set(scope: string, key: string, value: V): void {
    this.peek(scope, key);
    this.lru.set(key, value);
  }

  /** Entries and bytes held now (for tests and the fuzzer's report). */
  get usage(): { entries: number; bytes: number } {
    return { entries: this.lru.size, bytes: this.lru.calculatedSize };
  }
}
