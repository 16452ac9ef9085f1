import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '@/lib/catalogue/snapshot';
import { deliverPending } from '@/lib/mail/deliver';
import { housekeeping } from '@/lib/mail/housekeeping';
import { confirmSubscription, endSubscriptions, findToken, manageView, peekConfirmation, requestSubscription } from '@/lib/mail/subscriptions';
import { hashToken, isTokenShaped, newToken } from '@/lib/mail/tokens';
import { folderTransport } from '@/lib/mail/transport';
import { GOOD, removeAll, tempDir } from './helpers/fixtures';
import { at, catalogueOf, subscribersDb, tokenIn, versionOf } from './helpers/mail';

let snapshot: Snapshot;
beforeAll(async () => {
  snapshot = versionOf(await catalogueOf(GOOD), 'v1', at(0));
});
afterAll(removeAll);

const editions = (email: string) => ({ email, kind: 'edition' as const, query: '', frequency: null });

/** Every text value in every table of a SQLite file. */
function everything(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    return tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM "${t.name}"`).all())).join('\n');
  } finally {
    db.close();
  }
}

describe('tokens', () => {
  it('are 256 random bits in base64url, never repeated, and stored as their SHA-256', () => {
    const tokens = Array.from({ length: 200 }, () => newToken());
    for (const { token, hash } of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(hash).toBe(hashToken(token));
      expect(isTokenShaped(token)).toBe(true);
    }
    expect(new Set(tokens.map((t) => t.token)).size).toBe(200);
  });

  it('are never stored: once the confirmation email is sent, the database holds neither link’s token', async () => {
    const { db, file } = subscribersDb();
    const id = await requestSubscription(db, snapshot, editions('ann@example.com'), at(1));
    const raw = (await db.message.findUniqueOrThrow({ where: { id: id! } })).raw!;
    const text = (await simpleParser(raw)).text!;
    const confirm = tokenIn(text, '/subscribe/confirm');
    const manage = tokenIn(text, '/subscriptions');
    const outbox = path.join(tempDir(), 'outbox');
    expect((await deliverPending(db, folderTransport(outbox), { now: () => at(10) })).sent).toBe(1);
    await db.$disconnect();
    const stored = everything(file);
    expect(stored).not.toContain(confirm);
    expect(stored).not.toContain(manage);
    expect(stored).toContain(hashToken(confirm));
    expect(stored).toContain(hashToken(manage));
    expect(fs.readdirSync(outbox)).toHaveLength(1);
  });

  it('confirm a subscription within 48 hours, once; after that the link is not valid', async () => {
    const { db } = subscribersDb();
    const texts = async (id: string | null) => (await simpleParser((await db.message.findUniqueOrThrow({ where: { id: id! } })).raw!)).text!;
    const first = tokenIn(await texts(await requestSubscription(db, snapshot, editions('ann@example.com'), at(0))), '/subscribe/confirm');
    const late = tokenIn(await texts(await requestSubscription(db, snapshot, editions('bob@example.com'), at(0))), '/subscribe/confirm');

    expect((await peekConfirmation(db, first, at(47 * 60))).state).toBe('confirmed');
    expect((await confirmSubscription(db, first, at(47 * 60))).state).toBe('confirmed');
    expect((await confirmSubscription(db, first, at(47 * 60 + 1))).state).toBe('already');
    expect((await confirmSubscription(db, late, at(48 * 60 + 1))).state).toBe('invalid');
    expect(await db.subscription.count({ where: { state: 'active' } })).toBe(1);
  });

  it('look nothing up unless shaped like a token, and never accept one kind of token for another', async () => {
    const { db } = subscribersDb();
    const id = await requestSubscription(db, snapshot, editions('ann@example.com'), at(0));
    const text = (await simpleParser((await db.message.findUniqueOrThrow({ where: { id: id! } })).raw!)).text!;
    const confirm = tokenIn(text, '/subscribe/confirm');
    const manage = tokenIn(text, '/subscriptions');
    for (const bad of [undefined, null, '', 'x', "' OR 1=1 --", confirm.slice(1), `${confirm}A`, newToken().token]) {
      expect(await findToken(db, bad, 'confirm', at(1))).toBeNull();
    }
    expect(await findToken(db, manage, 'confirm', at(1))).toBeNull();
    expect(await findToken(db, confirm, 'manage', at(1))).toBeNull();
    expect((await confirmSubscription(db, manage, at(1))).state).toBe('invalid');
  });

  it('let a manage link see and end only its own address’s subscriptions', async () => {
    const { db } = subscribersDb();
    const manageOf = async (email: string) => {
      const id = await requestSubscription(db, snapshot, editions(email), at(0));
      const text = (await simpleParser((await db.message.findUniqueOrThrow({ where: { id: id! } })).raw!)).text!;
      await confirmSubscription(db, tokenIn(text, '/subscribe/confirm'), at(1));
      return tokenIn(text, '/subscriptions');
    };
    const ann = await manageOf('ann@example.com');
    const bob = await manageOf('bob@example.com');
    const annView = await manageView(db, ann);
    const bobView = await manageView(db, bob);
    expect(annView!.subscriptions).toHaveLength(1);
    expect(annView!.subscriptions[0]!.id).not.toBe(bobView!.subscriptions[0]!.id);
    // Ann's token cannot end Bob's subscription.
    expect(await endSubscriptions(db, ann, bobView!.subscriptions[0]!.id, at(2))).toBe(0);
    expect(await db.subscription.count({ where: { state: 'active' } })).toBe(2);
    expect(await endSubscriptions(db, ann, 'this', at(2))).toBe(1);
    expect((await manageView(db, ann))!.subscriptions).toHaveLength(0);
    expect((await manageView(db, bob))!.subscriptions).toHaveLength(1);
  });
});

describe('housekeeping', () => {
  it('ends requests whose links expired, and forgets an address that never confirmed a week after its last request', async () => {
    const { db } = subscribersDb();
    await requestSubscription(db, snapshot, editions('never@example.com'), at(0));
    const id = await requestSubscription(db, snapshot, editions('ann@example.com'), at(0));
    const text = (await simpleParser((await db.message.findUniqueOrThrow({ where: { id: id! } })).raw!)).text!;
    await confirmSubscription(db, tokenIn(text, '/subscribe/confirm'), at(5));
    // A second request renews the link: still pending after the first link expired.
    await requestSubscription(db, snapshot, editions('never@example.com'), at(47 * 60));
    expect(await housekeeping(db, at(49 * 60))).toEqual({ expired: 0, forgotten: 0 });
    expect(await housekeeping(db, at(96 * 60))).toEqual({ expired: 1, forgotten: 0 });
    // A week after the first request, but not after the last.
    expect(await housekeeping(db, at(7 * 24 * 60 + 1))).toEqual({ expired: 0, forgotten: 0 });
    expect(await housekeeping(db, at(47 * 60 + 7 * 24 * 60 + 1))).toEqual({ expired: 0, forgotten: 1 });
    expect((await db.subscriber.findMany()).map((s) => s.email)).toEqual(['ann@example.com']);
    expect(await db.message.count({ where: { subscriber: { email: 'never@example.com' } } })).toBe(0);
  });
});
