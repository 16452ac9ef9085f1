import { randomUUID } from 'node:crypto';
import type { Snapshot } from '../catalogue/snapshot';
import { siteUrl } from '../site';
import type { SubscribersDb } from '../subscribers/client';
import { describeSubscription, outboxRows, renderConfirm } from './compose';
import { ADDRESS_LIMIT } from './rate-limit';
import { CONFIRM_TTL_MS, hashToken, isTokenShaped, newToken } from './tokens';

export type SubscriptionRequest = {
  email: string;
  kind: 'edition' | 'search';
  query: string;
  frequency: 'daily' | 'weekly' | null;
};

/**
 * A subscribe request for a valid, normalised address: a pending subscription, its confirmation
 * token (48 hours) and the confirmation email in the outbox, in one transaction. Returns the
 * message's id to send now, or null when nothing is sent: the address already had
 * ADDRESS_LIMIT.confirmations confirmation emails in 24 hours. The caller answers the same either
 * way, and the same whether or not the address was known.
 */
export async function requestSubscription(db: SubscribersDb, snapshot: Snapshot, request: SubscriptionRequest, now: Date = new Date(), site = siteUrl()): Promise<string | null> {
  const at = now.toISOString();
  const subscriber = await db.subscriber.upsert({
    where: { email: request.email },
    create: { id: randomUUID(), email: request.email, createdAt: at },
    update: {},
  });
  const recent = await db.message.count({
    where: {
      subscriberId: subscriber.id,
      kind: 'confirm',
      createdAt: {
        gt: new Date(now.getTime() - ADDRESS_LIMIT.windowMs).toISOString(),
      },
    },
  });
  if (recent >= ADDRESS_LIMIT.confirmations) return null;

  // The same request again, unconfirmed: the same pending subscription, with a fresh link.
  const pending = await db.subscription.findFirst({ where: { subscriberId: subscriber.id, kind: request.kind, query: request.query, state: 'pending' }, select: { id: true } });
  const subscriptionId = pending?.id ?? randomUUID();
  const confirm = newToken();
  const rendered = await renderConfirm(describeSubscription(snapshot, request, site).what, confirm.token, site);
  const row = await outboxRows({
    rendered,
    to: request.email,
    subscriberId: subscriber.id,
    subscriptionId,
    kind: 'confirm',
    contentKey: `confirm:${confirm.hash.slice(0, 16)}`,
    now,
    site,
  });
  await db.$transaction([
    pending
      ? db.subscription.update({ where: { id: subscriptionId }, data: { frequency: request.frequency } })
      : db.subscription.create({
          data: { id: subscriptionId, subscriberId: subscriber.id, kind: request.kind, query: request.query, frequency: request.frequency, state: 'pending', createdAt: at },
        }),
    db.token.create({
      data: {
        hash: confirm.hash,
        purpose: 'confirm',
        subscriberId: subscriber.id,
        subscriptionId,
        createdAt: at,
        expiresAt: new Date(now.getTime() + CONFIRM_TTL_MS).toISOString(),
      },
    }),
    db.token.create({ data: row.token }),
    db.message.create({ data: row.message }),
  ]);
  return row.message.id;
}

type TokenRow = NonNullable<Awaited<ReturnType<SubscribersDb['token']['findUnique']>>>;

/** The stored token a link carries, if it is one of `purpose` and still valid at `now`. */
export async function findToken(db: SubscribersDb, token: unknown, purpose: 'confirm' | 'manage', now: Date = new Date()): Promise<TokenRow | null> {
  if (!isTokenShaped(token)) return null;
  const row = await db.token.findUnique({ where: { hash: hashToken(token) } });
  if (!row || row.purpose !== purpose) return null;
  if (row.expiresAt && row.expiresAt <= now.toISOString()) return null;
  return row;
}

export type ConfirmOutcome = {
  state: 'confirmed' | 'already' | 'invalid';
  kind?: string;
  query?: string;
  frequency?: string | null;
};

/** What a confirmation link would do now, without doing it (the GET page shows a button). */
export async function peekConfirmation(db: SubscribersDb, token: unknown, now: Date = new Date()): Promise<ConfirmOutcome> {
  const row = await findToken(db, token, 'confirm', now);
  const sub = row?.subscriptionId ? await db.subscription.findUnique({ where: { id: row.subscriptionId } }) : null;
  if (!sub) return { state: 'invalid' };
  return {
    state: sub.state === 'pending' ? 'confirmed' : sub.state === 'active' ? 'already' : 'invalid',
    kind: sub.kind,
    query: sub.query,
    frequency: sub.frequency,
  };
}

/**
 * Confirms the subscription a confirmation token was issued for. Its "last delivery" starts now:
 * only what is published from now on is sent. The same search (or editions) confirmed again
 * replaces the earlier subscription, keeping its last delivery, so nothing is sent twice.
 */
export async function confirmSubscription(db: SubscribersDb, token: unknown, now: Date = new Date()): Promise<ConfirmOutcome> {
  const row = await findToken(db, token, 'confirm', now);
  if (!row?.subscriptionId) return { state: 'invalid' };
  const at = now.toISOString();
  return db.$transaction(async (tx) => {
    const activated = await tx.subscription.updateMany({
      where: { id: row.subscriptionId!, state: 'pending' },
      data: { state: 'active', confirmedAt: at, watermark: at },
    });
    const sub = await tx.subscription.findUnique({
      where: { id: row.subscriptionId! },
    });
    if (!sub) return { state: 'invalid' } as const;
    const outcome = {
      kind: sub.kind,
      query: sub.query,
      frequency: sub.frequency,
    };
    if (activated.count === 0)
      return {
        state: sub.state === 'active' ? 'already' : 'invalid',
        ...outcome,
      } as const;
    const earlier = await tx.subscription.findFirst({
      where: {
        subscriberId: sub.subscriberId,
        kind: sub.kind,
        query: sub.query,
        state: 'active',
        id: { not: sub.id },
      },
      orderBy: { confirmedAt: 'asc' },
    });
    if (earlier) {
      await tx.subscription.update({
        where: { id: sub.id },
        data: { watermark: earlier.watermark, lastSentAt: earlier.lastSentAt },
      });
      await tx.subscription.update({
        where: { id: earlier.id },
        data: { state: 'ended', endedAt: at, endedBy: 'replaced' },
      });
    }
    // Someone who confirms reads their mail here: an earlier suspension is lifted.
    await tx.subscriber.update({
      where: { id: sub.subscriberId },
      data: { state: 'active', permanentFailures: 0, suspendedAt: null },
    });
    return { state: 'confirmed', ...outcome } as const;
  });
}

/** What an unsubscribe link is about: its subscription (null when the token names none), or null for a token that is not valid. */
export async function unsubscribeView(
  db: SubscribersDb,
  token: unknown,
): Promise<{ subscription: { kind: string; query: string; frequency: string | null; state: string } | null } | null> {
  const row = await findToken(db, token, 'manage');
  if (!row) return null;
  const subscription = row.subscriptionId
    ? await db.subscription.findUnique({ where: { id: row.subscriptionId }, select: { kind: true, query: true, frequency: true, state: true } })
    : null;
  return { subscription };
}

export type ManagedSubscription = {
  id: string;
  kind: string;
  query: string;
  frequency: string | null;
  state: string;
  confirmedAt: string | null;
};

/** A manage token's subscriber: their pending and active subscriptions, oldest first, and the one the token's email was about. */
export async function manageView(
  db: SubscribersDb,
  token: unknown,
): Promise<{
  subscriptions: ManagedSubscription[];
  about: string | null;
} | null> {
  const row = await findToken(db, token, 'manage');
  if (!row) return null;
  const subscriptions = await db.subscription.findMany({
    where: {
      subscriberId: row.subscriberId,
      state: { in: ['pending', 'active'] },
    },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      kind: true,
      query: true,
      frequency: true,
      state: true,
      confirmedAt: true,
    },
  });
  return { subscriptions, about: row.subscriptionId };
}

/**
 * Ends subscriptions of a manage token's subscriber: one (`which` = its id), the one the token's
 * email was about (`'this'`), or all of them. Their messages not yet sent are dropped. Returns the
 * number ended, or null for a token that is not valid.
 */
export async function endSubscriptions(db: SubscribersDb, token: unknown, which: string | 'this' | 'all', now: Date = new Date()): Promise<number | null> {
  const row = await findToken(db, token, 'manage', now);
  if (!row) return null;
  const target = which === 'all' ? undefined : which === 'this' ? row.subscriptionId : which;
  if (which !== 'all' && !target) return endSubscriptions(db, token, 'all', now);
  const where = {
    subscriberId: row.subscriberId,
    state: { in: ['pending', 'active'] },
    ...(target ? { id: target } : {}),
  };
  // Writes first: a transaction that starts by writing never has to upgrade a read lock that
  // mail:send, in another process, may have made stale.
  return db.$transaction(async (tx) => {
    const ended = await tx.subscription.updateMany({
      where,
      data: {
        state: 'ended',
        endedAt: now.toISOString(),
        endedBy: 'unsubscribe',
      },
    });
    await tx.message.updateMany({
      where: {
        subscriberId: row.subscriberId,
        state: 'pending',
        subscription: { is: { state: 'ended' } },
      },
      data: { state: 'cancelled', raw: null },
    });
    return ended.count;
  });
}
