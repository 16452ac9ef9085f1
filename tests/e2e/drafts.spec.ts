import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';

// Runs against the hostile fixture server (tests/fixtures/content/hostile, on E2E_HOSTILE_PORT). Its draft
// (`draft: true`) has a unique word, an alias, an effective date and a comment deadline in 2099; a
// published entry lists it as related; it shares its authority, topic and edition with exactly one
// published entry, its sibling. One test per surface: the draft is absent, and the sibling (the
// control, so that each test can fail) is there.

const SITE = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');

const DRAFT = {
  slug: 'zanzibarquux-lighthouse-draft-rules',
  alias: 'zanzibarquux-former-slug',
  /** In its title, short name, summary, document number and body. */
  word: /zanzibarquux/i,
  effective: { text: '9 September 2099', ics: '20990909' },
  deadline: { text: '8 August 2099', ics: '20990808' },
};
const SIBLING = { slug: 'lighthouse-plain-measures', alias: 'lighthouse-former-slug', short: 'Lighthouse Measures', effective: { text: '5 May 2099', ics: '20990505' } };
const HOSTILE = 'quokkaxss-hostile-measures';
const AUTHORITY = 'plain-office';
const TOPIC = 'quiet-topic';
const EDITION = '2024-06';

/** A surface's text holds neither the draft's word nor its slug nor its alias. */
function expectNoDraft(text: string, where: string) {
  expect(text, where).not.toMatch(DRAFT.word);
  expect(text, where).not.toContain(DRAFT.slug);
  expect(text, where).not.toContain(DRAFT.alias);
}

async function pageText(page: Page, path: string): Promise<string> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  // What the reader sees and what the HTML carries (attributes, Next's payload) alike.
  const html = await page.content();
  expectNoDraft(html, path);
  return html;
}

/** Entry slugs a list of entry cards links to, in order. */
const cardSlugs = (page: Page, scope: string) =>
  page.locator(`${scope} .entry-card-title a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace('/entries/', '')));

/** The entries of an Atom feed; the feed holds nothing of the draft (but the search it follows may name its word). */
async function feedSlugs(request: APIRequestContext, path: string): Promise<string[]> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const xml = await response.text();
  expect(XMLValidator.validate(xml), path).toBe(true);
  expectNoDraft(path.includes('zanzibarquux') ? xml.replace(/<(id|title|subtitle)>[^<]*<\/\1>|href="[^"]*"/g, '') : xml, path);
  const feed = new XMLParser({ isArray: (name) => name === 'entry' }).parse(xml).feed;
  return ((feed.entry ?? []) as { id: string }[]).map((e) => e.id.replace(`${SITE}/entries/`, ''));
}

test.describe('a draft entry is published nowhere', () => {
  test('permalink: 404 for the draft, 200 for its sibling', async ({ request }) => {
    const draft = await request.get(`/entries/${DRAFT.slug}`);
    expect(draft.status()).toBe(404);
    expectNoDraft((await draft.text()).replace(new RegExp(DRAFT.slug, 'g'), ''), 'the 404 page');
    expect((await request.get(`/entries/${SIBLING.slug}`)).status()).toBe(200);
  });

  test('alias: 404 for the draft\'s former slug, a 308 for the sibling\'s', async ({ request }) => {
    const draft = await request.get(`/entries/${DRAFT.alias}`, { maxRedirects: 0 });
    expect(draft.status()).toBe(404);
    expect(draft.headers().location).toBeUndefined();
    const sibling = await request.get(`/entries/${SIBLING.alias}`, { maxRedirects: 0 });
    expect(sibling.status()).toBe(308);
    expect(sibling.headers().location).toBe(`/entries/${SIBLING.slug}`);
  });

  test('one-event calendar files: 404 for the draft and its alias, 200 for the sibling', async ({ request }) => {
    for (const slug of [DRAFT.slug, DRAFT.alias]) {
      for (const kind of ['effective', 'comment-deadline']) {
        const response = await request.get(`/entries/${slug}/calendar.ics?kind=${kind}`, { maxRedirects: 0 });
        expect(response.status(), `${slug} ${kind}`).toBe(404);
      }
    }
    const sibling = await request.get(`/entries/${SIBLING.slug}/calendar.ics?kind=effective`);
    expect(sibling.status()).toBe(200);
    // The sibling's former slug redirects with a relative Location: right behind any proxy.
    const moved = await request.get(`/entries/${SIBLING.alias}/calendar.ics?kind=effective`, { maxRedirects: 0 });
    expect(moved.status()).toBe(308);
    expect(moved.headers()['location']).toBe(`/entries/${SIBLING.slug}/calendar.ics?kind=effective`);
    expect(await sibling.text()).toContain(`DTSTART;VALUE=DATE:${SIBLING.effective.ics}`);
  });

  test('search results: a word of both titles finds only the sibling; the draft\'s word finds nothing', async ({ page }) => {
    await pageText(page, '/search?q=lighthouse');
    expect(await page.locator('.result h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([`/entries/${SIBLING.slug}`]);
    await expect(page.locator('.results-count')).toHaveText('1 entry');

    await page.goto('/search?q=zanzibarquux');
    await expect(page.locator('.results-count')).toHaveText('No entries found');
    await expect(page.locator('.result')).toHaveCount(0);
    await expect(page.locator('.did-you-mean')).toHaveCount(0);
    expect(await page.locator(`a[href*="${DRAFT.slug}"]`).count()).toBe(0);
  });

  test('search facets: the shared authority and topic count exactly one entry', async ({ page }) => {
    await pageText(page, '/search');
    // A value's count, as shown beside its checkbox or radio button.
    const count = (group: string, value: RegExp) => page.getByRole('group', { name: group, exact: true }).locator('label', { hasText: value }).locator('.facet-count [aria-hidden]');
    await expect(count('Issuing authority', /Plain Regulatory Office/)).toHaveText('1');
    await expect(count('Topic', /Quiet Topic/)).toHaveText('1');
    await expect(count('Category', /Regulations/)).toHaveText('2');
    await expect(count('Date issued', /2024/)).toHaveText('2');
    await expect(page.locator('.results-count')).toHaveText('2 entries');
  });

  test('JSON API: results, totals and facet counts leave the draft out', async ({ request }) => {
    const all = await (await request.get('/api/search')).json();
    expectNoDraft(JSON.stringify(all), '/api/search');
    expect(all.results.map((r: { slug: string }) => r.slug).sort()).toEqual([SIBLING.slug, HOSTILE]);
    expect(all.total).toBe(2);
    expect(all.facets.issuer[AUTHORITY]).toBe(1);
    expect(all.facets.topic[TOPIC]).toBe(1);
    const lighthouse = await (await request.get('/api/search?q=lighthouse')).json();
    expect(lighthouse.results.map((r: { slug: string }) => r.slug)).toEqual([SIBLING.slug]);
    const word = await (await request.get('/api/search?q=zanzibarquux')).json();
    expect(word.total).toBe(0);
    expect(word.results).toEqual([]);
    const byAuthority = await (await request.get(`/api/search?issuer=${AUTHORITY}&topic=${TOPIC}`)).json();
    expect(byAuthority.results.map((r: { slug: string }) => r.slug)).toEqual([SIBLING.slug]);
  });

  test('CSV export: no row for the draft', async ({ request }) => {
    for (const qs of ['', `?issuer=${AUTHORITY}`, '?q=lighthouse']) {
      const response = await request.get(`/search/export.csv${qs}`);
      expect(response.status()).toBe(200);
      const raw = await response.body();
      expectNoDraft(raw.toString('utf8'), `export.csv${qs}`);
      const rows = parseCsv(raw, { bom: true, columns: true }) as { slug: string }[];
      expect(rows.map((r) => r.slug), qs).toContain(SIBLING.slug);
      if (qs) expect(rows.map((r) => r.slug), qs).toEqual([SIBLING.slug]);
    }
  });

  test('JSON export: no result for the draft', async ({ request }) => {
    for (const qs of ['', `?issuer=${AUTHORITY}`, '?q=lighthouse']) {
      const json = await (await request.get(`/search/export.json${qs}`)).json();
      expectNoDraft(JSON.stringify(json), `export.json${qs}`);
      expect(json.results.map((r: { slug: string }) => r.slug), qs).toContain(SIBLING.slug);
      expect(json.total, qs).toBe(qs ? 1 : 2);
    }
  });

  test('site feed: the sibling, not the draft', async ({ request }) => {
    expect((await feedSlugs(request, '/feed.xml')).sort()).toEqual([SIBLING.slug, HOSTILE]);
  });

  test('authority feed: exactly the sibling', async ({ request }) => {
    expect(await feedSlugs(request, `/authorities/${AUTHORITY}/feed.xml`)).toEqual([SIBLING.slug]);
  });

  test('topic feed: exactly the sibling', async ({ request }) => {
    expect(await feedSlugs(request, `/topics/${TOPIC}/feed.xml`)).toEqual([SIBLING.slug]);
  });

  test('search feed: exactly the sibling', async ({ request }) => {
    expect(await feedSlugs(request, '/search/feed.xml?q=lighthouse')).toEqual([SIBLING.slug]);
    expect(await feedSlugs(request, `/search/feed.xml?issuer=${AUTHORITY}`)).toEqual([SIBLING.slug]);
    expect(await feedSlugs(request, '/search/feed.xml?q=zanzibarquux')).toEqual([]);
  });

  test('sitemap: the sibling\'s URL, not the draft\'s or its alias', async ({ request }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expectNoDraft(xml, '/sitemap.xml');
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(urls).toContain(`${SITE}/entries/${SIBLING.slug}`);
    expect(urls.filter((u) => u!.includes('/entries/')).sort()).toEqual([`${SITE}/entries/${SIBLING.slug}`, `${SITE}/entries/${HOSTILE}`]);
  });

  test('calendar page: the sibling\'s 2099 date, none of the draft\'s', async ({ page }) => {
    await pageText(page, '/calendar');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain(DRAFT.effective.text);
    expect(text).not.toContain(DRAFT.deadline.text);
    expect(text).toContain(SIBLING.effective.text);
    await expect(page.locator(`.calendar-event a[href="/entries/${SIBLING.slug}"]`)).toHaveCount(1);
    await expect(page.locator('.calendar-month h2', { hasText: 'August 2099' })).toHaveCount(0);
    await expect(page.locator('.calendar-month h2', { hasText: 'September 2099' })).toHaveCount(0);

    await pageText(page, `/calendar?issuer=${AUTHORITY}`);
    expect(await page.locator('.calendar-event .calendar-entry').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([`/entries/${SIBLING.slug}`]);
  });

  test('calendar.ics: the sibling\'s event, none of the draft\'s', async ({ request }) => {
    for (const qs of ['', `?issuer=${AUTHORITY}`, `?topic=${TOPIC}`]) {
      const text = await (await request.get(`/calendar.ics${qs}`)).text();
      expectNoDraft(text, `calendar.ics${qs}`);
      expect(text).not.toContain(DRAFT.effective.ics);
      expect(text).not.toContain(DRAFT.deadline.ics);
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
      const uids = events.map((v) => String(v.getFirstPropertyValue('uid')).split('@')[0]);
      expect(uids, qs).toContain(`${SIBLING.slug}-effective`);
      if (qs) expect(uids, qs).toEqual([`${SIBLING.slug}-effective`]);
    }
  });

  test('related lists: the entry that names the draft links only to published entries', async ({ page }) => {
    await pageText(page, `/entries/${SIBLING.slug}`);
    const related = page.locator('section[aria-labelledby="related"]');
    expect(await cardSlugs(page, 'section[aria-labelledby="related"]')).toEqual([HOSTILE]);
    await expect(related.locator(`a[href="/entries/${DRAFT.slug}"]`)).toHaveCount(0);
    // The draft names the hostile entry as related: that link is not published either.
    await pageText(page, `/entries/${HOSTILE}`);
    expect(await cardSlugs(page, 'section[aria-labelledby="related"]')).toEqual([SIBLING.slug]);
  });

  test('edition page: its parts, count and pager skip the draft', async ({ page }) => {
    await pageText(page, `/editions/${EDITION}`);
    expect(await cardSlugs(page, '.part')).toEqual([HOSTILE, SIBLING.slug]);
    await expect(page.locator('.edition-meta')).toContainText('2 entries');
    // The sibling (no. 2) was followed by the draft (no. 3): it is now the last of the edition.
    await pageText(page, `/entries/${SIBLING.slug}`);
    const pager = page.getByRole('navigation', { name: 'Within this edition' });
    await expect(pager.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', `/entries/${HOSTILE}`);
    await expect(pager.getByRole('link', { name: /Next/ })).toHaveCount(0);
  });

  test('editions index: the edition counts two regulations', async ({ page }) => {
    await pageText(page, '/editions');
    const item = page.locator('.edition-item');
    await expect(item).toHaveCount(1);
    await expect(item.locator('p.muted')).toHaveText('2 entries:');
    await expect(item.locator('.part-counts li', { hasText: 'Regulations' }).locator('.count')).toHaveText('2');
  });

  test('home page: the newest edition without the draft', async ({ page }) => {
    await pageText(page, '/');
    expect(await cardSlugs(page, '.part')).toEqual([HOSTILE, SIBLING.slug]);
    await expect(page.locator('.edition-meta')).toContainText('2 entries');
  });

  test('authorities index: the shared authority counts exactly one entry', async ({ page }) => {
    await pageText(page, '/authorities');
    const row = page.locator('.directory li', { has: page.getByRole('link', { name: 'Plain Regulatory Office', exact: true }) });
    await expect(row.locator('.count')).toHaveText('1 entry');
  });

  test('authority page: exactly the sibling, counted once', async ({ page }) => {
    await pageText(page, `/authorities/${AUTHORITY}`);
    expect(await cardSlugs(page, 'section[aria-labelledby="entries"]')).toEqual([SIBLING.slug]);
    await expect(page.locator('section[aria-labelledby="entries"] p.muted')).toHaveText('1 entry, newest first.');
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain('(1 entry)');
  });

  test('topics index: the shared topic counts exactly one entry', async ({ page }) => {
    await pageText(page, '/topics');
    const row = page.locator('.directory li', { has: page.getByRole('link', { name: 'Quiet Topic', exact: true }) });
    await expect(row.locator('.count')).toHaveText('1 entry');
  });

  test('topic page: exactly the sibling, counted once', async ({ page }) => {
    await pageText(page, `/topics/${TOPIC}`);
    expect(await cardSlugs(page, 'section[aria-labelledby="entries"]')).toEqual([SIBLING.slug]);
    await expect(page.locator('section[aria-labelledby="entries"] p.muted')).toHaveText('1 entry, newest first.');
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain('(1 entry)');
  });
});
