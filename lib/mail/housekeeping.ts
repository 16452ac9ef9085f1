import type { SubscribersDb } from '../subscribers/client';

/** How long an address that never confirmed anything is kept after its last request (its daily limit must outlive a day). */
export const UNCONFIRMED_KEPT_MS = 7 * 24 * 3600_000;

/**
 * Tidies the subscribers database (run by mail:send): requests whose confirmation links have all
 * expired (48 hours) end as expired, expired links go, and an address that never confirmed any subscription is
 * deleted a week after its last request, with everything about it.
 */
export async function housekeeping(db: SubscribersDb, now: Date = new Date()): Promise<{ expired: number; forgotten: number }> {
  const at = now.toISOString();
  // Pending with no confirmation link still valid (a repeated request renews the link).
  const expired = await db.subscription.updateMany({
    where: { state: 'pending', tokens: { none: { purpose: 'confirm', expiresAt: { gt: at } } } },
    data: { state: 'ended', endedAt: at, endedBy: 'expired' },
  });
  await db.token.deleteMany({ where: { purpose: 'confirm', expiresAt: { lt: at } } });
  // Never confirmed anything, and no request (no confirmation email) for a week.
  const cutoff = new Date(now.getTime() - UNCONFIRMED_KEPT_MS).toISOString();
  const forgotten = await db.subscriber.deleteMany({
    where: { createdAt: { lt: cutoff }, subscriptions: { none: { confirmedAt: { not: null } } }, messages: { none: { createdAt: { gte: cutoff } } } },
  });
  return { expired: expired.count, forgotten: forgotten.count };
}
