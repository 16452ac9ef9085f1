import type { SubscribersDb } from '../subscribers/client';
import { CONFIRM_TTL_MS } from './tokens';

/** How long an address that never confirmed anything is kept after its last request (its daily limit must outlive a day). */
export const UNCONFIRMED_KEPT_MS = 7 * 24 * 3600_000;

/**
 * Tidies the subscribers database (run by mail:send): requests never confirmed within 48 hours
 * end as expired, their tokens go, and an address that never confirmed any subscription is
 * deleted a week after its last request, with everything about it.
 */
export async function housekeeping(db: SubscribersDb, now: Date = new Date()): Promise<{ expired: number; forgotten: number }> {
  const at = now.toISOString();
  const confirmBefore = new Date(now.getTime() - CONFIRM_TTL_MS).toISOString();
  const expired = await db.subscription.updateMany({
    where: { state: 'pending', createdAt: { lt: confirmBefore } },
    data: { state: 'ended', endedAt: at, endedBy: 'expired' },
  });
  await db.token.deleteMany({
    where: { purpose: 'confirm', expiresAt: { lt: at } },
  });
  const forgotten = await db.subscriber.deleteMany({
    where: {
      subscriptions: {
        none: {
          OR: [
            { confirmedAt: { not: null } },
            {
              createdAt: {
                gte: new Date(now.getTime() - UNCONFIRMED_KEPT_MS).toISOString(),
              },
            },
          ],
        },
      },
      createdAt: {
        lt: new Date(now.getTime() - UNCONFIRMED_KEPT_MS).toISOString(),
      },
    },
  });
  return { expired: expired.count, forgotten: forgotten.count };
}
