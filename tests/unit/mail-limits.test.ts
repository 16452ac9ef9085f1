import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '@/lib/catalogue/snapshot';
import { normaliseAddress } from '@/lib/mail/address';
import { fromSiteOrigin } from '@/lib/mail/origin';
import { ADDRESS_LIMIT, CLIENT_LIMIT, ClientLimiter, clientKey } from '@/lib/mail/rate-limit';
import { requestSubscription } from '@/lib/mail/subscriptions';
import { GOOD, removeAll } from './helpers/fixtures';
import { at, catalogueOf, subscribersDb, versionOf } from './helpers/mail';

let snapshot: Snapshot;
beforeAll(async () => {
  snapshot = versionOf(await catalogueOf(GOOD), 'v1', at(0));
});
afterAll(removeAll);

describe('rate limits', () => {
  it(`allow a client ${CLIENT_LIMIT.requests} subscribe requests an hour, then refuse until the hour is over; other clients are not affected`, () => {
    let now = 0;
    const limiter = new ClientLimiter(CLIENT_LIMIT, () => now);
    for (let i = 0; i < CLIENT_LIMIT.requests; i++) expect(limiter.take('192.0.2.1')).toBe(true);
    expect(limiter.take('192.0.2.1')).toBe(false);
    expect(limiter.take('192.0.2.2')).toBe(true);
    now += CLIENT_LIMIT.windowMs - 1;
    expect(limiter.take('192.0.2.1')).toBe(false);
    now += 1;
    expect(limiter.take('192.0.2.1')).toBe(true);
  });

  it('remember a bounded number of clients, forgetting the least recently seen', () => {
    const limiter = new ClientLimiter({ requests: 1, windowMs: 60_000, clients: 3 }, () => 0);
    for (const ip of ['a', 'b', 'c', 'd', 'e']) limiter.take(ip);
    expect(limiter.size).toBe(3);
    // 'a' was forgotten: it starts a new window; 'e' was not.
    expect(limiter.take('a')).toBe(true);
    expect(limiter.take('e')).toBe(false);
  });

  it('count a client by the address the nearest proxy saw (the last in X-Forwarded-For)', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': '203.0.113.9, 198.51.100.7' }))).toBe('198.51.100.7');
    expect(clientKey(new Headers({ 'x-forwarded-for': '::1' }))).toBe('::1');
    expect(clientKey(new Headers())).toBe('unknown');
  });

  it(`send at most ${ADDRESS_LIMIT.confirmations} confirmation emails to one address a day, however it is written`, async () => {
    const { db } = subscribersDb();
    const ask = (email: string, minutes: number) =>
      requestSubscription(db, snapshot, { email: normaliseAddress(email)!, kind: 'edition', query: '', frequency: null }, at(minutes));
    expect(await ask('ann@example.com', 0)).not.toBeNull();
    expect(await ask('Ann@Example.COM', 10)).not.toBeNull();
    expect(await ask(' ann@example.com ', 20)).not.toBeNull();
    expect(await ask('ann@example.com', 30)).toBeNull();
    expect(await ask('bob@example.com', 30)).not.toBeNull();
    expect(await db.message.count({ where: { kind: 'confirm', subscriber: { email: 'ann@example.com' } } })).toBe(3);
    // Asking again renews the link of the same pending subscription: one, not three.
    expect(await db.subscription.count({ where: { subscriber: { email: 'ann@example.com' } } })).toBe(1);
    // A day after the first, one more may go.
    expect(await ask('ann@example.com', 24 * 60 + 1)).not.toBeNull();
    expect(await ask('ann@example.com', 24 * 60 + 2)).toBeNull();
  });
});

describe('addresses', () => {
  it.each([
    ['ann@example.com', 'ann@example.com'],
    ['  Ann.Lee+digest@Example.COM ', 'ann.lee+digest@example.com'],
    ['li@例子.中国', 'li@xn--fsqu00a.xn--fiqs8s'],
    ["o'brien@law.example.co.uk", "o'brien@law.example.co.uk"],
  ])('accept and normalise %j', (input, stored) => {
    expect(normaliseAddress(input)).toBe(stored);
  });

  it.each([
    '',
    'ann',
    'ann@',
    '@example.com',
    'ann@example',
    'ann@@example.com',
    'ann example@example.com',
    'ann@exa mple.com',
    '"ann"@example.com',
    'ann..lee@example.com',
    '.ann@example.com',
    'ann@-example.com',
    'ann@example.c0m',
    'ann@[127.0.0.1]',
    'ann@example.com\r\nBcc: eve@example.com',
    `${'a'.repeat(65)}@example.com`,
    `ann@${'a'.repeat(250)}.com`,
  ])('refuse %j', (input) => {
    expect(normaliseAddress(input)).toBeNull();
  });

  it('refuse anything that is not a string', () => {
    for (const input of [null, undefined, 42, ['ann@example.com']]) expect(normaliseAddress(input)).toBeNull();
  });
});

describe('the origin check', () => {
  const site = 'https://digest.example';
  it('accepts a POST whose Origin is the site', () => {
    expect(fromSiteOrigin(new Headers({ origin: site }), site)).toBe(true);
    expect(fromSiteOrigin(new Headers({ origin: site }), `${site}/`)).toBe(true);
  });
  it('refuses another origin, an opaque one, a look-alike, or another scheme or port', () => {
    for (const origin of ['https://evil.example', 'null', 'https://digest.example.evil.example', 'http://digest.example', 'https://digest.example:8443']) {
      expect(fromSiteOrigin(new Headers({ origin, referer: `${site}/subscribe` }), site)).toBe(false);
    }
  });
  it('falls back on the Referer when there is no Origin, and refuses a request with neither', () => {
    expect(fromSiteOrigin(new Headers({ referer: `${site}/subscribe?topic=x` }), site)).toBe(true);
    expect(fromSiteOrigin(new Headers({ referer: 'https://evil.example/subscribe' }), site)).toBe(false);
    expect(fromSiteOrigin(new Headers({ referer: 'not a url' }), site)).toBe(false);
    expect(fromSiteOrigin(new Headers(), site)).toBe(false);
  });
});
