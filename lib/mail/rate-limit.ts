import { LRUCache } from 'lru-cache';

/** Subscribe requests one client may make per window. */
export const CLIENT_LIMIT = {
  requests: 30,
  windowMs: 60 * 60 * 1000,
  clients: 10_000,
} as const;
/** Confirmation emails one address may receive per day, whoever asks. */
export const ADDRESS_LIMIT = {
  confirmations: 3,
  windowMs: 24 * 60 * 60 * 1000,
} as const;

/**
 * Counts requests per client (an IP address) in fixed windows, in memory: at most `clients` are
 * remembered (least recently seen forgotten first), so the memory is bounded whatever the traffic.
 * Per process: each server instance counts its own.
 */
export class ClientLimiter {
  private readonly counts: LRUCache<string, { count: number; since: number }>;

  constructor(
    private readonly limit: {
      requests: number;
      windowMs: number;
      clients: number;
    } = CLIENT_LIMIT,
    private readonly now: () => number = Date.now,
  ) {
    this.counts = new LRUCache({ max: limit.clients });
  }

  /** Counts one request from `client`; false when it is over the limit for the current window. */
  take(client: string): boolean {
    const now = this.now();
    const current = this.counts.get(client);
    if (!current || now - current.since >= this.limit.windowMs) {
      this.counts.set(client, { count: 1, since: now });
      return true;
    }
    current.count += 1;
    return current.count <= this.limit.requests;
  }

  /** Clients currently remembered (at most `limit.clients`). */
  get size(): number {
    return this.counts.size;
  }
}

/**
 * The client a request is counted against: the last address in X-Forwarded-For, which is the one
 * the nearest proxy saw (Next.js sets it to the socket's address when no proxy did). Behind no
 * proxy a client can write that header itself; the per-address limit still holds then.
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last || 'unknown';
}
