import { expect, test } from '@playwright/test';

// Every anonymous page and feed can be kept by a shared cache and revalidated (lib/html/serve.ts).

const SHARED = /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=86400$/;

const ANONYMOUS = [
  '/',
  '/editions',
  '/editions/2023-01',
  '/entries/twenty-data-measures',
  '/authorities',
  '/authorities/cac',
  '/topics',
  '/topics/ai',
  '/search?q=data&issuer=cac&local=1',
  '/calendar',
  '/feed.xml',
  '/authorities/cac/feed.xml',
  '/topics/ai/feed.xml',
  '/search/feed.xml?q=data',
  '/calendar.ics',
  '/search/export.csv?issuer=cac',
  '/search/export.json?issuer=cac',
  '/sitemap.xml',
  '/robots.txt',
  '/api/search?q=data',
];

test.describe('validators and shared caching', () => {
  for (const path of ANONYMOUS) {
    test(`${path}: an ETag, a shared Cache-Control, 304 to its ETag and to *`, async ({ request }) => {
      const first = await request.get(path);
      expect(first.status()).toBe(200);
      const etag = first.headers()['etag'];
      expect(etag).toMatch(/^W\/"[\w-]+"$/);
      expect(first.headers()['cache-control']).toMatch(SHARED);
      expect(first.headers()['vary']).toContain('Accept-Encoding');
      const again = await request.get(path);
      expect(again.headers()['etag']).toBe(etag);
      expect(await again.text()).toBe(await first.text());
      for (const validator of [etag!, '*', `"other", ${etag}`]) {
        const revalidated = await request.get(path, { headers: { 'If-None-Match': validator } });
        expect(revalidated.status(), validator).toBe(304);
        expect(revalidated.headers()['etag']).toBe(etag);
        expect((await revalidated.body()).length).toBe(0);
      }
      expect((await request.get(path, { headers: { 'If-None-Match': 'W/"something-else"' } })).status()).toBe(200);
    });
  }

  test('a gzip-accepting client gets the same bytes gzipped, under the same ETag', async ({ request }) => {
    const plain = await request.get('/', { headers: { 'Accept-Encoding': 'identity' } });
    const zipped = await request.get('/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(zipped.headers()['content-encoding']).toBe('gzip');
    expect(plain.headers()['content-encoding']).toBeUndefined();
    expect(zipped.headers()['etag']).toBe(plain.headers()['etag']);
    // Playwright decompresses for us: the text is identical.
    expect(await zipped.text()).toBe(await plain.text());
  });

  test('an unknown address answers 404, never 304, whatever the client holds', async ({ request }) => {
    for (const path of ['/entries/no-such-entry', '/authorities/nobody', '/topics/nothing', '/editions/1999-01', '/nowhere']) {
      const response = await request.get(path, { headers: { 'If-None-Match': '*' } });
      expect(response.status(), path).toBe(404);
    }
  });

  test('bad parameters answer 400 and are not kept', async ({ request }) => {
    const bad = await request.get('/api/search?category=nonsense');
    expect(bad.status()).toBe(400);
    expect(bad.headers()['etag']).toBeUndefined();
  });
});
