import { simpleParser } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '@/lib/catalogue/snapshot';
import { composeDue } from '@/lib/mail/compose';
import { classify, deliverPending, SUSPEND_AFTER } from '@/lib/mail/deliver';
import { recordPublished } from '@/lib/mail/published';
import { confirmSubscription, endSubscriptions, requestSubscription } from '@/lib/mail/subscriptions';
import { smtpTransport } from '@/lib/mail/transport';
import type { SubscribersDb } from '@/lib/subscribers/client';
import { SmtpSink } from '../helpers/smtp-sink';
import { ContentCopy, GOOD, md, removeAll } from './helpers/fixtures';
import { at, catalogueOf, subscribersDb, tokenIn, versionOf } from './helpers/mail';

// Delivery through a real SMTP server (smtp-server on a loopback port), read back with a real MIME
// parser (mailparser).

const SITE = 'https://digest.example';
let previous: { site?: string; from?: string };
let before: Snapshot;
let after: Snapshot;
const sinks: SmtpSink[] = [];

beforeAll(async () => {
  previous = { site: process.env.SITE_URL, from: process.env.MAIL_FROM };
  process.env.SITE_URL = SITE;
  process.env.MAIL_FROM = '"China TMT Digest" <digest@digest.example>';
  before = versionOf(await catalogueOf(GOOD), 'v1', at(0));
  const copy = new ContentCopy(GOOD);
  copy.write(
    'editions/2023-02.md',
    md(['title: February Highlights', 'period_start: 2023-02-01', 'period_end: 2023-02-28'], 'February, in brief: see [the audit rules](/entries/sample-audit-rules).'),
  );
  copy.write(
    'entries/2023-02/sample-audit-rules.md',
    md(
      [
        'title: Sample Rules on Personal Information Audits',
        'short: Audit Rules',
        'category: regulation',
        'issuers: [cac]',
        'issued: 2023-02-02',
        'topics: [personal-information]',
        'edition: 2023-02',
        'order: 1',
      ],
      'Audits.',
    ),
  );
  after = versionOf(await catalogueOf(copy.root), 'v2', at(120));
});
afterEach(async () => {
  for (const sink of sinks.splice(0)) await sink.stop();
});
afterAll(() => {
  process.env.SITE_URL = previous.site;
  process.env.MAIL_FROM = previous.from;
  removeAll();
});

async function sink(behaviour = {}) {
  const s = await SmtpSink.start(0, behaviour);
  sinks.push(s);
  return s;
}

/** Edition subscribers, confirmed before the February edition; the edition emails composed, not yet sent. */
async function editionsDue(db: SubscribersDb, emails: string[]): Promise<void> {
  await recordPublished(db, before);
  for (const email of emails) {
    const id = await requestSubscription(db, before, { email, kind: 'edition', query: '', frequency: null }, at(1));
    const text = (await simpleParser((await db.message.findUniqueOrThrow({ where: { id: id! } })).raw!)).text!;
    expect((await confirmSubscription(db, tokenIn(text, '/subscribe/confirm'), at(2))).state).toBe('confirmed');
  }
  // The confirmations were sent by the server long ago.
  await db.message.updateMany({ where: { kind: 'confirm' }, data: { state: 'sent', raw: null } });
  await recordPublished(db, after);
  expect((await composeDue(db, after, at(130))).editions).toBe(emails.length);
}

const send = (db: SubscribersDb, url: string) => {
  const transport = smtpTransport(url, 2_000);
  return deliverPending(db, transport, { now: () => at(131) }).finally(() => transport.close());
};

describe('sending', () => {
  it('delivers an edition email with its List-Unsubscribe headers, a text and an HTML part, and absolute links on SITE_URL', async () => {
    const { db } = subscribersDb();
    await editionsDue(db, ['ann@example.com']);
    const smtp = await sink();
    expect((await send(db, smtp.url)).sent).toBe(1);
    const [got] = smtp.received;
    expect(got!.to).toEqual(['ann@example.com']);
    expect(got!.from).toBe('digest@digest.example');
    const { mail } = got!;
    expect(mail.subject).toBe('China TMT Digest: February Highlights, February 2023');
    expect(mail.messageId).toMatch(/^<edition\.2023-02\.[0-9a-f-]{36}@digest\.example>$/);
    const header = (key: string) => mail.headerLines.find((h) => h.key === key)?.line;
    expect(header('list-unsubscribe')).toMatch(/^List-Unsubscribe: <https:\/\/digest\.example\/subscriptions\/unsubscribe\?token=[A-Za-z0-9_-]{43}>$/);
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(mail.text).toContain('Part I. Regulations, Policies & Judicial Interpretations');
    // Each item as the site lists it: the full title first, the short name after, every date labelled.
    expect(mail.text).toContain('1. Sample Rules on Personal Information Audits\n   (Audit Rules)\n   Issued 2 February 2023 by Cyberspace Administration of China');
    expect(mail.html).toContain('>Sample Rules on Personal Information Audits</a>');
    expect(mail.text).toContain('   https://digest.example/entries/sample-audit-rules');
    const links = [...(mail.html as string).matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(4);
    for (const link of links) expect(link.startsWith(`${SITE}/`), link).toBe(true);
    expect(links).toContain(`${SITE}/editions/2023-02`);
    // The observations' own link, written site-relative in Markdown, is absolute in the email.
    expect(links).toContain(`${SITE}/entries/sample-audit-rules`);
    expect(mail.html).toContain('style="');
    // Once accepted, the outbox keeps the record but not the message (its links carry a token).
    const stored = await db.message.findFirstOrThrow({ where: { kind: 'edition' } });
    expect(stored).toMatchObject({ state: 'sent', raw: null });
  });

  it('sends each message exactly once when the server drops the connection after two: the next run sends the rest', async () => {
    const { db } = subscribersDb();
    const emails = ['a@example.com', 'b@example.com', 'c@example.com', 'd@example.com', 'e@example.com'];
    await editionsDue(db, emails);
    const flaky = await sink({ dropAfter: 2 });
    const first = await send(db, flaky.url);
    expect(first.sent).toBe(2);
    expect(first.stopped).toMatch(/failures in a row/);
    expect(flaky.received).toHaveLength(2);
    expect(await db.message.count({ where: { kind: 'edition', state: 'pending' } })).toBe(3);

    const healthy = await sink();
    expect((await send(db, healthy.url)).sent).toBe(3);
    expect((await send(db, healthy.url)).sent).toBe(0);
    for (const email of emails) {
      expect([...flaky.to(email), ...healthy.to(email)], email).toHaveLength(1);
    }
  });

  it('records a message as sent only once the server accepts it: a server that never answers leaves it pending', async () => {
    const { db } = subscribersDb();
    await editionsDue(db, ['ann@example.com']);
    const hung = await sink({ stallAfter: 0 });
    const report = await send(db, hung.url);
    expect(report.sent).toBe(0);
    expect(await db.message.findFirstOrThrow({ where: { kind: 'edition' } })).toMatchObject({ state: 'pending', attempts: 1 });
    expect((await send(db, (await sink()).url)).sent).toBe(1);
  });

  it('retries a temporary refusal (451) on the next run', async () => {
    const { db } = subscribersDb();
    await editionsDue(db, ['ann@example.com']);
    const greylisting = await sink({ rcpt: () => ({ code: 451, message: 'Try again later' }) });
    expect(await send(db, greylisting.url)).toMatchObject({ sent: 0, retry: 1, refused: 0 });
    greylisting.behaviour = {};
    expect((await send(db, greylisting.url)).sent).toBe(1);
    expect(greylisting.to('ann@example.com')).toHaveLength(1);
  });

  it(`suspends an address after ${SUSPEND_AFTER} permanent refusals in a row: nothing more is composed or sent to it`, async () => {
    const { db } = subscribersDb();
    await editionsDue(db, ['gone@example.com', 'ann@example.com']);
    const smtp = await sink({ rcpt: (address: string) => (address === 'gone@example.com' ? { code: 550, message: 'No such user' } : null) });
    expect(await send(db, smtp.url)).toMatchObject({ sent: 1, refused: 1, suspended: 0 });
    // Two more editions, refused in turn.
    for (const [n, month] of [
      [1, '03'],
      [2, '04'],
    ] as const) {
      const copy = new ContentCopy(GOOD);
      copy.write(`editions/2023-${month}.md`, md([`title: Edition ${month}`, `period_start: 2023-${month}-01`, `period_end: 2023-${month}-28`], 'In brief.'));
      const version = versionOf(await catalogueOf(copy.root), `v${month}`, at(200 * n));
      await recordPublished(db, version);
      await composeDue(db, version, at(200 * n + 1));
      await send(db, smtp.url);
    }
    const gone = await db.subscriber.findUniqueOrThrow({ where: { email: 'gone@example.com' } });
    expect(gone).toMatchObject({ state: 'suspended', permanentFailures: SUSPEND_AFTER });
    expect(await db.subscriber.findUniqueOrThrow({ where: { email: 'ann@example.com' } })).toMatchObject({ state: 'active', permanentFailures: 0 });
    const copy = new ContentCopy(GOOD);
    copy.write('editions/2023-05.md', md(['title: Edition 05', 'period_start: 2023-05-01', 'period_end: 2023-05-31'], 'In brief.'));
    const version = versionOf(await catalogueOf(copy.root), 'v05', at(1000));
    await recordPublished(db, version);
    expect((await composeDue(db, version, at(1001))).editions).toBe(1);
    await send(db, smtp.url);
    expect(await db.message.count({ where: { subscriberId: gone.id, kind: 'edition' } })).toBe(SUSPEND_AFTER);
    expect(smtp.to('ann@example.com')).toHaveLength(4);
  });

  it('drops a composed message when its subscription ends before it is sent', async () => {
    const { db } = subscribersDb();
    await editionsDue(db, ['ann@example.com']);
    const message = await db.message.findFirstOrThrow({ where: { kind: 'edition' } });
    const token = tokenIn((await simpleParser(message.raw!)).text!, '/subscriptions');
    expect(await endSubscriptions(db, token, 'this', at(130))).toBe(1);
    const smtp = await sink();
    expect((await send(db, smtp.url)).sent).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });

  it('tells a refusal of the address from one of the sender, and both from a temporary failure', () => {
    expect(classify({ responseCode: 550, command: 'RCPT TO' })).toBe('refused');
    expect(classify({ responseCode: 554, command: 'DATA' })).toBe('refused');
    expect(classify({ responseCode: 535, command: 'AUTH PLAIN' })).toBe('server');
    expect(classify({ responseCode: 553, command: 'MAIL FROM' })).toBe('server');
    expect(classify({ responseCode: 451, command: 'RCPT TO' })).toBe('temporary');
    expect(classify({ code: 'ECONNECTION' })).toBe('temporary');
    expect(classify(new Error('socket hang up'))).toBe('temporary');
  });
});
