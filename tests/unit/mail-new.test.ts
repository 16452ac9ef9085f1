import fs from 'node:fs';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '@/lib/content/types';
import { composeDue } from '@/lib/mail/compose';
import { newEntries, readFirstPublished, recordPublished } from '@/lib/mail/published';
import { confirmSubscription, requestSubscription, type SubscriptionRequest } from '@/lib/mail/subscriptions';
import type { SubscribersDb } from '@/lib/subscribers/client';
import type { Snapshot } from '@/lib/catalogue/snapshot';
import { ContentCopy, GOOD, md, removeAll } from './helpers/fixtures';
import { at, catalogueOf, subscribersDb, tokenIn, versionOf } from './helpers/mail';

// What counts as new: an entry or edition first published (first seen in a catalogue version)
// after the subscription's last delivery, which starts at its confirmation.

const SITE = 'https://digest.example';
let previousSite: string | undefined;
let v1: Catalogue;
let v2: Catalogue;

const NEW_ENTRY = md(
  ['title: Sample Rules on Personal Information Audits', 'category: regulation', 'issuers: [cac]', 'issued: 2023-02-02', 'topics: [personal-information]'],
  'Audits of personal information handling.',
);

beforeAll(async () => {
  previousSite = process.env.SITE_URL;
  process.env.SITE_URL = SITE;
  v1 = await catalogueOf(GOOD);
  // The next load: one new entry on personal information, and an old one edited.
  const copy = new ContentCopy(GOOD);
  copy.write('entries/2023-02/sample-audit-rules.md', NEW_ENTRY);
  copy.edit('entries/2023-01/sample-transfer-rules.md', 'issued: 2022-12-20', 'issued: 2022-12-21');
  v2 = await catalogueOf(copy.root);
});

afterAll(() => {
  process.env.SITE_URL = previousSite;
  removeAll();
});

/** Subscribes and confirms through the confirmation email's own link. */
async function subscribed(db: SubscribersDb, snapshot: Snapshot, request: SubscriptionRequest, when: Date): Promise<void> {
  const id = await requestSubscription(db, snapshot, request, when);
  const message = await db.message.findUniqueOrThrow({ where: { id: id! } });
  const token = tokenIn((await simpleParser(message.raw!)).text!, '/subscribe/confirm');
  expect((await confirmSubscription(db, token, when)).state).toBe('confirmed');
}

async function pendingTexts(db: SubscribersDb, kind: string): Promise<string[]> {
  const rows = await db.message.findMany({ where: { kind, state: 'pending' }, orderBy: { createdAt: 'asc' } });
  return Promise.all(rows.map(async (r) => (await simpleParser(r.raw!)).text!));
}

const cacPersonalInformation: SubscriptionRequest = { email: 'ann@example.com', kind: 'search', query: 'issuer=cac&topic=personal-information', frequency: 'daily' };

describe('what counts as new', () => {
  it('sends an entry first published after the confirmation, and none of those already there, edited or not', async () => {
    const { db } = subscribersDb();
    const first = versionOf(v1, 'v1', at(0));
    await recordPublished(db, first);
    await subscribed(db, first, cacPersonalInformation, at(10));
    // Before anything new is loaded, nothing is due.
    expect((await composeDue(db, first, at(20))).alerts).toBe(0);

    const second = versionOf(v2, 'v2', at(120));
    await recordPublished(db, second);
    expect(await composeDue(db, second, at(130))).toMatchObject({ alerts: 1, editions: 0 });
    const [text] = await pendingTexts(db, 'alert');
    expect(text).toContain('New from the CAC on Personal Information');
    expect(text).toContain('Sample Rules on Personal Information Audits');
    expect(text).toContain(`${SITE}/entries/sample-audit-rules`);
    // The edited entry matches the search too, but was published before the subscription.
    expect(text).not.toContain('Sample Rules on Outbound Data Transfers');

    // The next day's run has nothing new to send.
    expect((await composeDue(db, second, at(130 + 24 * 60))).alerts).toBe(0);
  });

  it('keeps each item’s first publication: a later version with the entry edited never makes it new again', async () => {
    const { db } = subscribersDb();
    await recordPublished(db, versionOf(v1, 'v1', at(0)));
    await recordPublished(db, versionOf(v2, 'v2', at(120)));
    const copy = new ContentCopy(GOOD);
    copy.write('entries/2023-02/sample-audit-rules.md', NEW_ENTRY.replace('Audits of personal', 'Revised: audits of personal'));
    await recordPublished(db, versionOf(await catalogueOf(copy.root), 'v3', at(300)));
    const first = await readFirstPublished(db);
    expect(first.get('entry:sample-transfer-rules')).toBe(at(0).toISOString());
    expect(first.get('entry:sample-audit-rules')).toBe(at(120).toISOString());
    expect(first.get('edition:2023-01')).toBe(at(0).toISOString());
  });

  it('does not count an entry that was renamed (its old slug kept as an alias) as new', async () => {
    const { db } = subscribersDb();
    await recordPublished(db, versionOf(v1, 'v1', at(0)));
    const renamed = new ContentCopy(GOOD);
    renamed.write(
      'entries/2023-01/sample-transfer-rules-shanghai.md',
      renamed.read('entries/2023-01/sample-transfer-rules.md').replace('order: 2', 'order: 2\naliases: [sample-transfer-rules]'),
    );
    fs.rmSync(renamed.at('entries/2023-01/sample-transfer-rules.md'));
    const version = versionOf(await catalogueOf(renamed.root), 'v2', at(120));
    await recordPublished(db, version);
    const fresh = newEntries(version.entries, await readFirstPublished(db), at(10).toISOString());
    expect(fresh.map((e) => e.slug)).toEqual([]);
  });

  it('sends nothing to a subscription that was never confirmed', async () => {
    const { db } = subscribersDb();
    const first = versionOf(v1, 'v1', at(0));
    await recordPublished(db, first);
    await requestSubscription(db, first, cacPersonalInformation, at(10));
    await recordPublished(db, versionOf(v2, 'v2', at(120)));
    expect(await composeDue(db, versionOf(v2, 'v2', at(120)), at(130))).toMatchObject({ alerts: 0, editions: 0 });
    expect(await db.message.count({ where: { kind: { not: 'confirm' } } })).toBe(0);
  });

  it('sends a daily alert at most once a day and a weekly one at most once a week, each with everything new since the last', async () => {
    const { db } = subscribersDb();
    const first = versionOf(v1, 'v1', at(0));
    await recordPublished(db, first);
    await subscribed(db, first, { ...cacPersonalInformation, email: 'daily@example.com', frequency: 'daily' }, at(10));
    await subscribed(db, first, { ...cacPersonalInformation, email: 'weekly@example.com', frequency: 'weekly' }, at(10));
    const second = versionOf(v2, 'v2', at(60));
    await recordPublished(db, second);
    expect((await composeDue(db, second, at(70))).alerts).toBe(2);

    // Another matching entry two hours later.
    const copy = new ContentCopy(GOOD);
    copy.write('entries/2023-02/sample-audit-rules.md', NEW_ENTRY);
    copy.write('entries/2023-02/sample-consent-rules.md', NEW_ENTRY.replace('Audits', 'Consent'));
    const third = versionOf(await catalogueOf(copy.root), 'v3', at(190));
    await recordPublished(db, third);
    expect((await composeDue(db, third, at(200))).alerts).toBe(0);
    expect((await composeDue(db, third, at(70 + 24 * 60))).alerts).toBe(1);
    const daily = await db.message.findMany({ where: { kind: 'alert', subscriber: { email: 'daily@example.com' } } });
    expect(daily).toHaveLength(2);
    expect((await composeDue(db, third, at(70 + 7 * 24 * 60))).alerts).toBe(1);
    const weekly = await db.message.findMany({ where: { kind: 'alert', subscriber: { email: 'weekly@example.com' } }, orderBy: { createdAt: 'asc' } });
    expect(weekly).toHaveLength(2);
    expect((await simpleParser(weekly[1]!.raw!)).text).toContain('Sample Rules on Personal Information Consent');
  });

  it('sends each edition first published after the confirmation once, and not the edition already there', async () => {
    const { db } = subscribersDb();
    const first = versionOf(v1, 'v1', at(0));
    await recordPublished(db, first);
    await subscribed(db, first, { email: 'ed@example.com', kind: 'edition', query: '', frequency: null }, at(10));
    expect((await composeDue(db, first, at(20))).editions).toBe(0);

    const copy = new ContentCopy(GOOD);
    copy.write('editions/2023-02.md', md(['title: February Highlights', 'period_start: 2023-02-01', 'period_end: 2023-02-28'], 'February in brief.'));
    copy.write('entries/2023-02/sample-audit-rules.md', NEW_ENTRY.replace('topics: [personal-information]', 'topics: [personal-information]\nedition: 2023-02\norder: 1'));
    const second = versionOf(await catalogueOf(copy.root), 'v2', at(120));
    await recordPublished(db, second);
    expect((await composeDue(db, second, at(130))).editions).toBe(1);
    expect((await composeDue(db, second, at(140))).editions).toBe(0);
    const [text] = await pendingTexts(db, 'edition');
    expect(text).toContain('February Highlights');
    expect(text).toContain('Part I. Regulations, Policies & Judicial Interpretations');
    expect(text).toContain('1. Sample Rules on Personal Information Audits');
    expect(text).toContain(`View in browser: ${SITE}/editions/2023-02`);
    expect(text).not.toContain('Fixture Digest for Loader Tests');
  });

  it('skips a search that names an authority the catalogue no longer has, rather than widening it to everything', async () => {
    const { db } = subscribersDb();
    const first = versionOf(v1, 'v1', at(0));
    await recordPublished(db, first);
    await subscribed(db, first, { ...cacPersonalInformation, query: 'issuer=cac-shanghai' }, at(10));
    // The Shanghai office's file goes, with the one entry it issued; a new entry arrives.
    const without = new ContentCopy(GOOD);
    without.write('entries/2023-02/sample-audit-rules.md', NEW_ENTRY);
    for (const rel of ['authorities/cac-shanghai.md', 'entries/2023-01/sample-transfer-rules.md']) fs.rmSync(without.at(rel));
    const second = versionOf(await catalogueOf(without.root), 'v2', at(120));
    await recordPublished(db, second);
    const report = await composeDue(db, second, at(130));
    expect(report.alerts).toBe(0);
    expect(report.skipped).toEqual([expect.objectContaining({ reason: expect.stringContaining("unknown authority 'cac-shanghai'") })]);
  });
});
