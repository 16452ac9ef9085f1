import 'server-only';
import { createHash } from 'node:crypto';
import { getCatalogueKey } from '../catalogue/db';
import { chinaToday } from '../dates';

/** A response body ready to send again: what one set of query parameters answers for one catalogue version and day. */
export type CachedBody = { body: string; etag: string };

const LIMIT = 500; // bodies of up to a few tens of kB: at most some MB
const state = globalThis as unknown as { __responses?: { version: string; bodies: Map<string, CachedBody> } };

/**
 * Answers for identical requests, computed once. An answer depends only on the catalogue (a load
 * swaps in a new file, which starts a new cache) and on today's date in China (statuses); the
 * least recently used is dropped past LIMIT. `make` returns null for answers not to keep.
 */
export async function cachedBody(key: string, make: () => Promise<string | null>): Promise<CachedBody | null> {
  const version = `${getCatalogueKey()}|${chinaToday()}`;
  if (state.__responses?.version !== version) state.__responses = { version, bodies: new Map() };
  const { bodies } = state.__responses;
  const hit = bodies.get(key);
  if (hit) {
    bodies.delete(key);
    bodies.set(key, hit);
    return hit;
  }
  const body = await make();
  if (body === null) return null;
  const entry = { body, etag: `"${createHash('sha1').update(version).update('\0').update(body).digest('base64url')}"` };
  // The catalogue may have changed while this was computed: keep it only under its own version.
  if (state.__responses?.version === version) {
    bodies.set(key, entry);
    if (bodies.size > LIMIT) bodies.delete(bodies.keys().next().value!);
  }
  return entry;
}
