import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCatalogue } from '@/lib/catalogue/load';
import { checkContent } from '@/lib/content/check';
import { notFoundPage, servePage } from '@/lib/html/page';
import { fastAnswer, keptUsage } from '@/lib/html/serve';
import { GOOD, removeAll, tempDir } from './helpers/fixtures';

const previous = process.env.DATABASE_PATH;

async function load(dir: string) {
  const result = await checkContent(dir);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  await writeCatalogue(result.catalogue, process.env.DATABASE_PATH!, dir);
}

const get = (url: string, headers: Record<string, string> = {}) => new NextRequest(`http://digest.test${url}`, { headers });

beforeAll(async () => {
  process.env.DATABASE_PATH = path.join(tempDir(), 'catalogue.db');
  await load(GOOD);
});

afterAll(() => {
  process.env.DATABASE_PATH = previous;
  removeAll();
});

describe('serving pages from the kept renderings', () => {
  it('renders a page once: the same address, parameters in any order, is answered from the cache', async () => {
    let builds = 0;
    const build = () => {
      builds++;
      return { meta: { title: 'Kept', description: 'd', path: '/kept' }, body: 'Kept page' };
    };
    const a = await servePage(get('/kept?b=2&a=1'), build);
    const b = await servePage(get('/kept?a=1&b=2'), build);
    expect(builds).toBe(1);
    expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
    expect(await b.text()).toContain('Kept page');
    await servePage(get('/kept?a=1&b=3'), build);
    expect(builds).toBe(2);
  });

  it('renders again after a content load (a new catalogue version)', async () => {
    let builds = 0;
    const build = () => {
      builds++;
      return { meta: { title: 'Versioned', description: 'd' }, body: 'v' };
    };
    await servePage(get('/versioned'), build);
    await servePage(get('/versioned'), build);
    await load(GOOD);
    await servePage(get('/versioned'), build);
    expect(builds).toBe(2);
  });

  it('keeps nothing for unknown addresses: 2,000 of them leave the cache as it was', async () => {
    await servePage(get('/warm'), () => ({ meta: { title: 'w', description: 'd' }, body: 'w' }));
    const before = keptUsage();
    for (let i = 0; i < 2000; i++) {
      const response = await servePage(get(`/entries/no-such-entry-${i}-${'x'.repeat(200)}`), () => notFoundPage());
      expect(response.status).toBe(404);
    }
    const after = keptUsage();
    // One shared 404 page at most.
    expect(after.entries - before.entries).toBeLessThanOrEqual(1);
  });

  it('never keeps a personal page, and says no cache may', async () => {
    let builds = 0;
    const build = () => {
      builds++;
      return { meta: { title: 'Yours', description: 'd' }, body: 'Your subscriptions', personal: true };
    };
    const response = await servePage(get('/subscriptions?token=abc'), build);
    await servePage(get('/subscriptions?token=abc'), build);
    expect(builds).toBe(2);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });

  it('a page that fails answers 500 with the error page, and is not kept', async () => {
    let builds = 0;
    const build = () => {
      builds++;
      throw new Error('boom');
    };
    const original = console.error;
    console.error = () => {};
    try {
      const response = await servePage(get('/fails'), build);
      expect(response.status).toBe(500);
      expect(await response.text()).toContain('Something went wrong');
      await servePage(get('/fails'), build);
      expect(builds).toBe(2);
    } finally {
      console.error = original;
    }
  });
});

describe('a POST is never answered from, nor kept in, the cache', () => {
  it('renders for every POST, even at an address whose GET is kept', async () => {
    let builds = 0;
    const build = (label: string) => () => {
      builds++;
      return { meta: { title: label, description: 'd' }, body: label };
    };
    await servePage(get('/form'), build('the form'));
    const post = await servePage(new NextRequest('http://digest.test/form', { method: 'POST' }), build('thank you'));
    expect(await post.text()).toContain('thank you');
    expect(post.headers.get('cache-control')).toBe('no-store');
    const again = await servePage(get('/form'), build('the form'));
    expect(await again.text()).toContain('the form');
    expect(builds).toBe(2);
  });
});

describe("the server's fast path (scripts/serve.mjs) answers what is kept, and only that", () => {
  const incoming = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ method, url, headers }) as unknown as IncomingMessage;
  const common = { 'X-Frame-Options': 'DENY' };

  it('sends a kept page with its headers, a 304 to its ETag, and gzip to a client that accepts it', async () => {
    const kept = await servePage(get('/fast?x=1'), () => ({ meta: { title: 'Fast', description: 'd' }, body: 'fast '.repeat(400) }));
    const html = await kept.text();
    const answer = fastAnswer(incoming('/fast?x=1'), common)!;
    expect(answer.status).toBe(200);
    expect(answer.body!.toString('utf8')).toBe(html);
    expect(answer.headers).toMatchObject({ 'X-Frame-Options': 'DENY', ETag: kept.headers.get('etag'), 'Content-Type': 'text/html; charset=utf-8', Vary: 'Accept-Encoding' });
    expect(answer.headers['Cache-Control']).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=86400$/);
    expect(fastAnswer(incoming('/fast?x=1', { 'if-none-match': kept.headers.get('etag')! }), common)).toMatchObject({ status: 304, body: null });
    const zipped = fastAnswer(incoming('/fast?x=1', { 'accept-encoding': 'gzip, br' }), common)!;
    expect(zipped.headers['Content-Encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body!).toString('utf8')).toBe(html);
    expect(fastAnswer(incoming('/fast?x=1', {}, 'HEAD'), common)).toMatchObject({ status: 200, body: null });
  });

  it('leaves everything else to Next.js: a miss, a POST, a page of an older catalogue', async () => {
    await servePage(get('/fast-once'), () => ({ meta: { title: 'Once', description: 'd' }, body: 'once' }));
    expect(fastAnswer(incoming('/fast-never'), common)).toBeNull();
    expect(fastAnswer(incoming('/fast-once', {}, 'POST'), common)).toBeNull();
    expect(fastAnswer(incoming('/fast-once'), common)).not.toBeNull();
    await load(GOOD);
    expect(fastAnswer(incoming('/fast-once'), common)).toBeNull();
  });
});
