import 'server-only';
import { chinaToday } from '../dates';
import { getCatalogueKey } from './db';

const LIMIT = 5_000;
const state = globalThis as unknown as { __memo?: { catalogue: string; stores: Map<string, Map<string, Promise<unknown>>> } };

/**
 * Memoises a read of the catalogue. A catalogue file never changes once loaded (a load swaps in a
 * new file), so a result holds until the next load, and for today's date (statuses depend on it).
 * Results are shared between requests: callers must not mutate them. Failed reads are not kept.
 * Each read keeps at most `limit` results, the least recently used dropped first.
 */
export function versioned<A extends unknown[], R>(name: string, read: (...args: A) => Promise<R>, limit = LIMIT): (...args: A) => Promise<R> {
  return (...args: A) => {
    const catalogue = getCatalogueKey();
    if (state.__memo?.catalogue !== catalogue) state.__memo = { catalogue, stores: new Map() };
    let values = state.__memo.stores.get(name);
    if (!values) state.__memo.stores.set(name, (values = new Map()));
    const key = `${chinaToday()}|${JSON.stringify(args)}`;
    let value = values.get(key) as Promise<R> | undefined;
    if (value) {
      // Most recently used last, so the oldest is dropped first.
      values.delete(key);
      values.set(key, value);
      return value;
    }
    value = read(...args);
    values.set(key, value);
    value.catch(() => values.delete(key));
    if (values.size > limit) values.delete(values.keys().next().value!);
    return value;
  };
}
