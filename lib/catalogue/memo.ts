import 'server-only';
import { chinaToday } from '../dates';
import { getCatalogueKey } from './db';

const LIMIT = 5_000;
const state = globalThis as unknown as { __memo?: { catalogue: string; values: Map<string, Promise<unknown>> } };

/**
 * Memoises a read of the catalogue. A catalogue file never changes once loaded (a load swaps in a
 * new file), so a result holds until the next load, and for today's date (statuses depend on it).
 * Results are shared between requests: callers must not mutate them. Failed reads are not kept.
 */
export function versioned<A extends unknown[], R>(name: string, read: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return (...args: A) => {
    const catalogue = getCatalogueKey();
    if (state.__memo?.catalogue !== catalogue) state.__memo = { catalogue, values: new Map() };
    const { values } = state.__memo;
    const key = `${name}|${chinaToday()}|${JSON.stringify(args)}`;
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
    if (values.size > LIMIT) values.delete(values.keys().next().value!);
    return value;
  };
}
