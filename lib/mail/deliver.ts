import type { SubscribersDb } from '../subscribers/client';
import { fromAddress } from './message';
import { addressLabel } from './tokens';
import type { Transport } from './transport';

/** Permanent refusals in a row after which an address is suspended (nothing more is sent to it until it confirms a subscription again). */
export const SUSPEND_AFTER = 3;
/** A message still unsent after this long is dropped: an alert or edition a week late is no longer news. */
export const MAX_PENDING_MS = 7 * 24 * 3600_000;
/** Connection failures in a row after which a run stops (the server is down; the rest wait for the next run). */
export const STOP_AFTER_CONNECTION_FAILURES = 3;
/** mail:send leaves a confirmation this young to the server that composed it, which sends it at once. */
export const CONFIRM_GRACE_MS = 2 * 60_000;

/** What became of an attempt: accepted; refused for good (5xx to the recipient or the message); or to retry. */
export type Outcome = 'sent' | 'refused' | 'temporary' | 'server';

/**
 * How an SMTP error counts. 5xx to RCPT TO or DATA refuses this address or message for good; 5xx
 * anywhere else (MAIL FROM, AUTH, the greeting) is the sending side's problem and says nothing about
 * the address; 4xx and connection errors are temporary.
 */
export function classify(error: unknown): Exclude<Outcome, 'sent'> {
  const e = error as { responseCode?: number; command?: string };
  if (typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600) {
    return e.command === 'RCPT TO' || e.command === 'DATA' ? 'refused' : 'server';
  }
  return 'temporary';
}

function describeError(error: unknown): string {
  const e = error as {
    responseCode?: number;
    code?: string;
    command?: string;
    message?: string;
  };
  // nodemailer's messages never hold the recipient; the reply text might, so only its code is kept with the command.
  return [e.code, e.command, e.responseCode].filter(Boolean).join(' ') || String(e.message ?? error).slice(0, 200);
}

export type DeliveryReport = {
  sent: number;
  refused: number;
  retry: number;
  dropped: number;
  suspended: number;
  stopped: string | null;
};
type Log = (line: string) => void;

/**
 * Sends pending messages from the outbox, oldest first, one at a time. A message is marked sent
 * immediately after the server accepts it (its raw text, which holds a token, is then cleared);
 * anything else leaves it pending for the next run, except a permanent refusal. Messages for ended
 * subscriptions, suspended addresses, expired confirmations or older than MAX_PENDING_MS are
 * dropped unsent. `only`: just these messages (the server sending the confirmation it composed).
 */
export async function deliverPending(
  db: SubscribersDb,
  transport: Transport,
  options: { now?: () => Date; only?: string[]; log?: Log; from?: string } = {},
): Promise<DeliveryReport> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const from = fromAddress(options.from);
  const report: DeliveryReport = {
    sent: 0,
    refused: 0,
    retry: 0,
    dropped: 0,
    suspended: 0,
    stopped: null,
  };
  const started = now();
  const pending = await db.message.findMany({
    where: {
      state: 'pending',
      ...(options.only
        ? { id: { in: options.only } }
        : {
            OR: [
              { kind: { not: 'confirm' } },
              {
                createdAt: {
                  lt: new Date(started.getTime() - CONFIRM_GRACE_MS).toISOString(),
                },
              },
            ],
          }),
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true },
  });
  let connectionFailures = 0;

  for (const { id } of pending) {
    // Read again just before sending: an unsubscribe may have come in since the list was made.
    const message = await db.message.findUnique({
      where: { id },
      include: { subscriber: true, subscription: true },
    });
    if (!message || message.state !== 'pending' || !message.raw) continue;
    const at = now().toISOString();
    const drop = dropReason(message, now().getTime());
    if (drop) {
      await db.message.updateMany({
        where: { id, state: 'pending' },
        data: { state: 'cancelled', raw: null, lastError: drop },
      });
      report.dropped += 1;
      continue;
    }
    let outcome: Outcome;
    let error: unknown;
    try {
      await transport.send({ from, to: message.subscriber.email }, message.raw, id);
      outcome = 'sent';
    } catch (e) {
      error = e;
      outcome = classify(e);
    }
    if (outcome === 'sent') {
      // Nothing may come between the server's acceptance and this write (docs/email.md, "Exactly once").
      await db.$transaction([
        db.message.update({
          where: { id },
          data: {
            state: 'sent',
            sentAt: at,
            raw: null,
            attempts: { increment: 1 },
            lastAttemptAt: at,
          },
        }),
        db.subscriber.update({
          where: { id: message.subscriberId },
          data: { permanentFailures: 0 },
        }),
      ]);
      report.sent += 1;
      connectionFailures = 0;
      log(`sent ${message.kind} ${id}`);
      continue;
    }
    const detail = describeError(error);
    if (outcome === 'refused') {
      const failures = message.subscriber.permanentFailures + 1;
      const suspend = failures >= SUSPEND_AFTER;
      await db.$transaction([
        db.message.update({
          where: { id },
          data: {
            state: 'failed',
            raw: null,
            attempts: { increment: 1 },
            lastAttemptAt: at,
            lastError: detail,
          },
        }),
        db.subscriber.update({
          where: { id: message.subscriberId },
          data: {
            permanentFailures: failures,
            ...(suspend ? { state: 'suspended', suspendedAt: at } : {}),
          },
        }),
        ...(suspend
          ? [
              db.message.updateMany({
                where: { subscriberId: message.subscriberId, state: 'pending' },
                data: { state: 'cancelled', raw: null, lastError: 'suspended' },
              }),
            ]
          : []),
      ]);
      report.refused += 1;
      if (suspend) report.suspended += 1;
      log(`refused ${message.kind} ${id} for ${addressLabel(message.subscriber.email)}: ${detail}${suspend ? ` (suspended after ${failures} refusals)` : ''}`);
      connectionFailures = 0;
      continue;
    }
    await db.message.update({
      where: { id },
      data: {
        attempts: { increment: 1 },
        lastAttemptAt: at,
        lastError: detail,
      },
    });
    report.retry += 1;
    log(`${outcome === 'server' ? 'server refused' : 'will retry'} ${message.kind} ${id}: ${detail}`);
    if (outcome === 'server') {
      report.stopped = `the SMTP server refused to send (${detail}): check SMTP_URL and MAIL_FROM`;
      break;
    }
    connectionFailures += 1;
    if (connectionFailures >= STOP_AFTER_CONNECTION_FAILURES) {
      report.stopped = `${connectionFailures} failures in a row (${detail}): the rest wait for the next run`;
      break;
    }
  }
  return report;
}

type Loaded = {
  kind: string;
  createdAt: string;
  subscriber: { state: string };
  subscription: { state: string } | null;
  subscriptionId: string | null;
};

/** Why a pending message must not be sent any more, or null. */
function dropReason(message: Loaded, nowMs: number): string | null {
  // A confirmation may go to a suspended address: confirming lifts the suspension.
  if (message.subscriber.state !== 'active' && message.kind !== 'confirm') return 'suspended';
  if (message.kind === 'confirm') {
    if (message.subscription?.state !== 'pending') return 'no longer pending';
  } else if (message.subscription?.state !== 'active') {
    return 'unsubscribed';
  }
  if (nowMs - Date.parse(message.createdAt) > (message.kind === 'confirm' ? 48 * 3600_000 : MAX_PENDING_MS)) return 'expired';
  return null;
}
