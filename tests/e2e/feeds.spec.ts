import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SEED_PARTS } from './seed';
import { FIXTURES, PUBLISHED_FIXTURE_SLUGS, SITE } from './site';

type AtomEntry = {
  id: string;
  title: { '#text': string };
  summary: { '#text': string };
  updated: string;
  published: string;
  link: { '@href': string }[];
  author: { name: string; uri: string }[];
  category: { '@term': string; '@label': string }[];
};

/** Fetches a feed, checks it is well-formed XML served as Atom, and parses it. */
async function getAtom(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await response.text();
  expect(XMLValidator.validate(xml), path).toBe(true);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['entry', 'link', 'author', 'category'].includes(name),
  }).parse(xml);
  const feed = parsed.feed;
  // Atom 1.0 (RFC 4287): the namespace, and the elements every feed and entry must have.
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  for (const key of ['id', 'title', 'updated']) expect(feed[key], `feed ${key}`).toBeTruthy();
  expect(Date.parse(feed.updated)).not.toBeNaN();
  expect(feed.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toBe(`${SITE}${path}`);
  const entries = (feed.entry ?? []) as AtomEntry[];
  for (const e of entries) {
    expect(e.id).toMatch(new RegExp(`^${SITE}/entries/[a-z0-9-]+$`));
    expect(e.link[0]!['@href']).toBe(e.id);
    expect(e.title['#text']).toBeTruthy();
    expect(Date.parse(e.updated)).not.toBeNaN();
    expect(e.author.length).toBeGreaterThan(0);
  }
  return { feed, entries, slugs: entries.map((e) => e.id.slice(`${SITE}/entries/`.length)) };
}

test.describe('Atom feeds', () => {
  test('/feed.xml lists every published entry, newest first, each with issuers, date and status', async ({ request }) => {
    const { feed, entries, slugs } = await getAtom(request, '/feed.xml');
    expect(feed.title).toBe('China TMT Digest: newest entries');
    expect([...slugs].sort()).toEqual([...SEED_PARTS.flatMap((p) => p.slugs), ...PUBLISHED_FIXTURE_SLUGS].sort());
    expect(slugs).not.toContain(FIXTURES.unpublished);
    const published = entries.map((e) => e.published);
    expect([...published].sort().reverse()).toEqual(published);

    const twenty = entries.find((e) => e.id.endsWith('/entries/twenty-data-measures'))!;
    expect(twenty.title['#text']).toBe('Opinions on Building Basic Systems for Data to Maximize the Role of Data Elements');
    expect(twenty.author.map((a) => a.name)).toEqual(['Central Committee of the Communist Party of China', 'State Council']);
    expect(twenty.summary['#text']).toMatch(/^CPC Central Committee, State Council · Issued 19 December 2022 · In force\. /);
    // Midnight of 19 December 2022 in China.
    expect(twenty.published).toBe('2022-12-18T16:00:00.000Z');
    expect(twenty.category.map((c) => c['@term'])).toEqual(['regulation', 'in-force']);
    expect(twenty.category[1]!['@label']).toBe('In force');
  });

  test("an authority's feed has its own and its local offices' entries", async ({ request }) => {
    const { feed, slugs } = await getAtom(request, '/authorities/cac/feed.xml');
    expect(feed.title).toBe('China TMT Digest: Cyberspace Administration of China (CAC)');
    expect(feed.link.find((l: Record<string, string>) => l['@rel'] === 'alternate')['@href']).toBe(`${SITE}/authorities/cac`);
    expect(slugs).toEqual([
      'data-security-industry-guiding-opinions',
      'cac-zhejiang-outbound-data-declaration-guidelines',
      'shanghai-public-data-access-rules',
      'cac-mobile-apps-clean-up-campaign',
      FIXTURES.draftForComment,
      FIXTURES.full,
    ]);
  });

  test("a topic's feed has the topic's entries", async ({ request }) => {
    const { entries, slugs } = await getAtom(request, '/topics/minors/feed.xml');
    expect(slugs).toEqual([FIXTURES.draftForComment]);
    expect(entries[0]!.summary['#text']).toMatch(/^CAC, MIIT and 3 other departments · Issued 10 August 2022 · Draft for comment: comments closed 9 September 2022\. /);
  });

  test('a topic with no entries still has a valid, empty feed', async ({ request }) => {
    const { entries } = await getAtom(request, '/topics/fintech/feed.xml');
    expect(entries).toEqual([]);
  });

  test('an unknown authority or topic has no feed', async ({ request }) => {
    expect((await request.get('/authorities/nobody/feed.xml')).status()).toBe(404);
    expect((await request.get('/topics/nothing/feed.xml')).status()).toBe(404);
  });
});

test.describe('following a search', () => {
  test('the search page links its feed ("follow this search"), which holds exactly its matches, newest first', async ({ page, request }) => {
    await page.goto('/search?issuer=cac&local=1');
    const api = await (await request.get('/api/search?issuer=cac&local=1')).json();
    const link = page.getByRole('link', { name: 'Follow this search' });
    const href = await link.getAttribute('href');
    expect(href).toBe('/search/feed.xml?issuer=cac&local=1');
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/search\/feed\.xml\?issuer=cac&local=1$/);
    const { feed, entries, slugs } = await getAtom(request, href!);
    expect(feed.title).toBe('China TMT Digest: CAC and its local offices');
    expect([...slugs].sort()).toEqual(api.results.map((r: { slug: string }) => r.slug).sort());
    expect(slugs.length).toBe(api.total);
    const published = entries.map((e) => e.published);
    expect([...published].sort().reverse()).toEqual(published);
  });

  test('a search feed with a bad parameter answers 400, not an empty feed', async ({ request }) => {
    const response = await request.get('/search/feed.xml?category=law');
    expect(response.status()).toBe(400);
    expect((await response.json()).problems[0].param).toBe('category');
  });

  test("an authority's page offers its dates as a calendar to subscribe to", async ({ page, request }) => {
    await page.goto('/authorities/cac');
    const href = await page.getByRole('link', { name: 'Subscribe', exact: true }).getAttribute('href');
    expect(href).toBe('/calendar.ics?issuer=cac&local=1');
    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/calendar');
    expect(await response.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });
});

test.describe('sitemap, robots and 404', () => {
  test('the sitemap lists every published entry and no draft', async ({ request }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls: string[] = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml).urlset.url.map((u: { loc: string }) => u.loc);
    const entryUrls = urls.filter((u) => u.startsWith(`${SITE}/entries/`));
    const expected = [...SEED_PARTS.flatMap((p) => p.slugs), ...PUBLISHED_FIXTURE_SLUGS].map((s) => `${SITE}/entries/${s}`);
    expect([...entryUrls].sort()).toEqual([...expected].sort());
    expect(urls.some((u) => u.includes(FIXTURES.unpublished))).toBe(false);
    expect(urls).toEqual(
      expect.arrayContaining([`${SITE}/`, `${SITE}/editions/2023-01`, `${SITE}/editions/2022-09`, `${SITE}/authorities/cac`, `${SITE}/topics/ai`]),
    );
  });

  test('robots.txt allows crawling and points at the sitemap', async ({ request }) => {
    const text = await (await request.get('/robots.txt')).text();
    expect(text).toContain('Allow: /');
    expect(text).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });

  test('an unknown address answers 404 with a search box', async ({ page }) => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    const search = page.getByRole('main').getByRole('search');
    await expect(search).toHaveAttribute('action', '/search');
    await expect(search.getByRole('searchbox', { name: 'Search the digest' })).toBeVisible();
    await expect(search.getByRole('button', { name: 'Search' })).toBeVisible();
  });
});
