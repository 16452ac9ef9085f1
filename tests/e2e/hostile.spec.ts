import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext, type ConsoleMessage, type Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { parse as parseYaml } from 'yaml';

// Runs against the hostile fixture server (tests/fixtures/content/hostile, on E2E_HOSTILE_PORT): titles, names,
// labels and bodies written like an attacker would. Every payload that could run tries to open an
// alert or set window.__xss. What the pages, feeds, JSON-LD, iCal and CSV make of them must be
// inert text that reads back exactly as written.

const DIR = fileURLToPath(new URL('../fixtures/content/hostile/', import.meta.url));
const SITE = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');
const SITE_NAME = 'China TMT Digest';

/** A content file's front matter, with text trimmed as the loader trims it. */
function frontMatter(rel: string): Record<string, string> {
  const text = fs.readFileSync(`${DIR}${rel}`, 'utf8');
  const yaml = text.split(/^---[ \t]*$/m)[1]!;
  const data = parseYaml(yaml) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : (v as string)]));
}

const SLUG = 'quokkaxss-hostile-measures';
const RELATED_SLUG = 'lighthouse-plain-measures';
const ENTRY = frontMatter(`entries/2024-06/${SLUG}.md`);
const AUTHORITY = frontMatter('authorities/hostile-bureau.md');
const EDITION = frontMatter('editions/2024-06.md');
const TOPIC = (parseYaml(fs.readFileSync(`${DIR}topics.yml`, 'utf8')) as Record<string, string>[]).find((t) => t.id === 'widgets')!;
/** What a reader types when they paste an attack into the search box. */
const HOSTILE_QUERY = `</script><script>alert(1)</script> "><img src=x onerror=alert(1)> ]]> &amp; 'q'`;

const BYLINE = `${AUTHORITY.abbr} ${ENTRY.issuers_note} · Issued 10 May 2024 · Not yet in force: takes effect 1 July 2099`;
const DESCRIPTION = `${BYLINE}. ${ENTRY.summary}`;

/** Pages whose content comes from the hostile fixture. */
const PAGES = [
  `/entries/${SLUG}`,
  `/entries/${RELATED_SLUG}`,
  '/',
  '/editions',
  '/editions/2024-06',
  '/authorities',
  '/authorities/hostile-bureau',
  '/topics',
  '/topics/widgets',
  '/search?q=quokkaxss',
  `/search?q=${encodeURIComponent(HOSTILE_QUERY)}`,
  '/search?issuer=hostile-bureau&topic=widgets',
  '/calendar',
  '/calendar?issuer=hostile-bureau',
];

test('the fixture carries every attack string in the fields under test', () => {
  for (const value of [ENTRY.title, AUTHORITY.name, TOPIC.label!, EDITION.title]) {
    for (const attack of ['</script><script>alert(1)</script>', '"><img src=x onerror=', ']]>', '&amp;', "'", '"', '\u2028']) expect(value).toContain(attack);
  }
  for (const value of [ENTRY.short, ENTRY.title_zh, ENTRY.summary, ENTRY.issuers_note, ENTRY.doc_number, AUTHORITY.abbr]) expect(value).toMatch(/<\/script>|"><|]]>/);
  expect(ENTRY.short).toContain('\nX-INJECTED:1');
  // The meta description is not truncated, so it can be compared whole.
  expect(DESCRIPTION.length).toBeLessThanOrEqual(300);
});

/** The console errors a page may show: only the sanitised `<img src="x">` of the attacks, a broken image. */
function unexpected(message: ConsoleMessage): boolean {
  if (message.type() !== 'error') return false;
  return !(message.text().startsWith('Failed to load resource') && /\/x$/.test(message.location().url));
}

async function watch(page: Page) {
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (m) => {
    if (unexpected(m)) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // Init scripts run before the page's own and are not subject to its CSP.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { problems, dialogs };
}

/** What a page's DOM holds that could run code or send data away. */
async function inspect(page: Page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'xlink:href', 'background', 'ping', 'srcdoc'];
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss,
      csp: (window as unknown as { __csp?: string[] }).__csp ?? [],
      scripts: [...document.scripts].map((s) => ({ type: s.type, src: s.getAttribute('src'), nonce: s.nonce })),
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}>`)),
      badUrls: all.flatMap((el) =>
        [...el.attributes]
          .filter((a) => URL_ATTRIBUTES.includes(a.name.toLowerCase()) && /^(javascript|data|vbscript):/i.test(a.value.replace(/[\s\u0000-\u001f]/g, '')))
          .map((a) => `<${el.localName} ${a.name}="${a.value}">`),
      ),
      embedded: [...document.querySelectorAll('iframe, frame, frameset, object, embed, applet, base, meta[http-equiv], portal')].map((el) => el.outerHTML.slice(0, 120)),
      forms: [...document.querySelectorAll('form')].map((f) => `${f.getAttribute('method')} ${f.getAttribute('action')}`),
      inputsOutsideForms: [...document.querySelectorAll('main input, main button, main textarea, main select')]
        .filter((el) => !el.closest('form') && el.localName !== 'button')
        .map((el) => el.outerHTML),
      styles: [...document.querySelectorAll('style')].map((s) => ({ nonce: s.nonce, text: (s.textContent ?? '').slice(0, 60) })),
      styledContent: [...document.querySelectorAll('.prose [style], .prose style, .prose link')].map((el) => el.outerHTML.slice(0, 120)),
      svg: document.querySelectorAll('.prose svg, .prose math').length,
    };
  });
}

test.describe('hostile content is inert on every page', () => {
  for (const path of PAGES) {
    test(`${path}: nothing runs, nothing is injected`, async ({ page }) => {
      const { problems, dialogs } = await watch(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self';");
      await page.waitForLoadState('networkidle');
      // Give late handlers (onerror of a broken image, onload, ontoggle, autofocus) time to fire.
      await page.waitForTimeout(300);

      const dom = await inspect(page);
      expect(dom.xss).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);
      expect(dom.csp).toEqual([]);
      // Scripts: the site's own file and the JSON-LD data block; nothing inline.
      const data = dom.scripts.filter((s) => s.type === 'application/ld+json');
      expect(data.length).toBeLessThanOrEqual(1);
      for (const s of dom.scripts.filter((x) => x.type !== 'application/ld+json')) {
        expect(s.src ?? '', JSON.stringify(s)).toMatch(/^\/site\.js\?v=/);
        expect(s.type === '' || s.type === 'text/javascript' || s.type === 'module', JSON.stringify(s)).toBe(true);
      }
      expect(dom.handlers).toEqual([]);
      expect(dom.badUrls).toEqual([]);
      expect(dom.embedded).toEqual([]);
      // The only forms are the site's own GET forms: the search box and the calendar filter.
      for (const form of dom.forms) expect(['get /search', 'get /calendar']).toContain(form);
      expect(dom.inputsOutsideForms.every((html) => /type="checkbox"/.test(html) && /disabled/.test(html))).toBe(true);
      expect(dom.styles).toEqual([]);
      expect(dom.styledContent).toEqual([]);
      expect(dom.svg).toBe(0);

      // Nothing fires later either.
      await page.waitForTimeout(700);
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);
    });

    test(`${path}: the server's HTML alone (no JavaScript, no hydration) holds nothing injected`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
      const page = await context.newPage();
      expect((await page.goto(path))?.status()).toBe(200);
      const dom = await inspect(page);
      expect(dom.scripts.filter((s) => s.type === 'application/ld+json').length).toBeLessThanOrEqual(1);
      expect(dom.handlers).toEqual([]);
      expect(dom.badUrls).toEqual([]);
      expect(dom.embedded).toEqual([]);
      for (const form of dom.forms) expect(['get /search', 'get /calendar']).toContain(form);
      expect(dom.styledContent).toEqual([]);
      expect(dom.svg).toBe(0);
      await context.close();
    });
  }
});

/** Every inline script block of a page's HTML, as served. */
function scriptBlocks(html: string): { open: string; body: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({ open: m[1]!, body: m[2]! }));
}

test.describe('the hostile entry reads back exactly as written', () => {
  test('its permalink shows every field as visible text', async ({ page }) => {
    await page.goto(`/entries/${SLUG}`);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toContainText('</script><script>alert(1)</script>');
    await expect(h1).toContainText('"><img src=x onerror=window.__xss=1>');
    expect(await h1.textContent()).toBe(ENTRY.title);
    expect(await page.locator('.entry-short').textContent()).toBe(`Short name ${ENTRY.short}`);
    expect(await page.locator('.entry-zh').textContent()).toBe(ENTRY.title_zh);
    expect(await page.locator('.lede').textContent()).toBe(ENTRY.summary);
    expect(await page.locator('.eyebrow-type').textContent()).toBe(` · ${ENTRY.type}`);
    const facts = page.locator('dl.facts');
    expect(await facts.locator('dt:text-is("Document no.") + dd').textContent()).toBe(ENTRY.doc_number);
    expect(await facts.locator('dt:text-is("Jurisdiction") + dd').textContent()).toBe(ENTRY.jurisdiction);
    expect(await facts.locator('.issuers a').textContent()).toBe(AUTHORITY.name);
    expect(await facts.locator('.issuers a').getAttribute('title')).toBe(AUTHORITY.name_zh);
    expect(await facts.locator('.issuers').textContent()).toBe(`${AUTHORITY.name} ${ENTRY.issuers_note}`);
    expect(await facts.locator('a[href="/topics/widgets"]').textContent()).toBe(TOPIC.label);
    const source = page.locator('.source-list a');
    expect(await source.textContent()).toBe((ENTRY.sources as unknown as { label: string }[])[0]!.label);
    await expect(source).toHaveAttribute('href', /^https:\/\/example\.org\/official\?/);
    const today = await page.locator('.timeline-today time').textContent();
    expect(await page.locator('.citation').textContent()).toBe(
      `${ENTRY.title} (“${ENTRY.short}”) [${ENTRY.title_zh}], ${ENTRY.doc_number}, issued by ${AUTHORITY.name} ${ENTRY.issuers_note} on 10 May 2024, ` +
        `effective 1 July 2099. ${SITE_NAME}, ${SITE}/entries/${SLUG} (accessed ${today}).`,
    );
    // The body's attacks are gone, its harmless formatting is not.
    const prose = page.locator('.prose');
    await expect(prose.locator('strong')).toHaveText('bold');
    await expect(prose.locator('a[href^="https://example.org/safe"]')).toHaveText('safe link');
    await expect(prose.locator('table td').first()).toHaveText('one');
    await expect(prose.getByText('javascript link')).toBeVisible();
    // A related entry lists it by its title, its short name beside it, as text.
    await page.goto(`/entries/${RELATED_SLUG}`);
    expect(await page.locator(`#entry-${SLUG} a`).textContent()).toBe(ENTRY.title);
    expect(await page.locator(`[aria-labelledby="entry-${SLUG}"] .short-name`).textContent()).toBe(`Short name: ${ENTRY.short}`);
  });

  test("the server's HTML shows the same text before any hydration (JavaScript off)", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(`/entries/${SLUG}`);
    expect(await page.locator('h1').textContent()).toBe(ENTRY.title);
    expect(await page.locator('.entry-zh').textContent()).toBe(ENTRY.title_zh);
    expect(await page.locator('.lede').textContent()).toBe(ENTRY.summary);
    expect(await page.locator('dl.facts .issuers').textContent()).toBe(`${AUTHORITY.name} ${ENTRY.issuers_note}`);
    expect(await page.title()).toBe(`${ENTRY.title} · ${SITE_NAME}`);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(DESCRIPTION);
    await page.goto('/authorities/hostile-bureau');
    expect(await page.locator('h1').textContent()).toBe(`${AUTHORITY.name} (${AUTHORITY.abbr})`);
    expect(await page.locator('.aliases li').allTextContents()).toEqual(AUTHORITY.aliases);
    await page.goto('/topics/widgets');
    expect(await page.locator('h1').textContent()).toBe(TOPIC.label);
    await page.goto('/');
    expect(await page.locator('h1').textContent()).toBe(EDITION.title);
    expect(await page.locator(`#entry-${SLUG} a`).textContent()).toBe(ENTRY.title);
    await page.goto(`/search?q=${encodeURIComponent(HOSTILE_QUERY)}`);
    await expect(page.locator('#search-q')).toHaveValue(HOSTILE_QUERY);
    await expect(page.getByRole('list', { name: 'Active filters' }).getByRole('link').first()).toHaveText(`“${HOSTILE_QUERY}” ×`);
    await context.close();
  });

  test('its title, description and OpenGraph tags hold the strings, decoded', async ({ page }) => {
    await page.goto(`/entries/${SLUG}`);
    expect(await page.title()).toBe(`${ENTRY.title} · ${SITE_NAME}`);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(DESCRIPTION);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(ENTRY.title);
    expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBe(DESCRIPTION);
    expect(await page.locator('meta[name="twitter:title"]').getAttribute('content')).toBe(ENTRY.title);
    // The authority's and the topic's pages too.
    await page.goto('/authorities/hostile-bureau');
    expect(await page.title()).toBe(`${AUTHORITY.name} (${AUTHORITY.abbr}) · ${SITE_NAME}`);
    expect(await page.locator('h1').textContent()).toBe(`${AUTHORITY.name} (${AUTHORITY.abbr})`);
    expect(await page.locator('.aliases li').allTextContents()).toEqual(AUTHORITY.aliases);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(`${AUTHORITY.name} (${AUTHORITY.abbr})`);
    await page.goto('/topics/widgets');
    expect(await page.title()).toBe(`${TOPIC.label} · ${SITE_NAME}`);
    expect(await page.locator('h1').textContent()).toBe(TOPIC.label);
    await page.goto('/');
    expect(await page.locator('h1').textContent()).toBe(EDITION.title);
  });

  test('its JSON-LD parses and holds the raw strings; nothing in it can close the script element', async ({ page, request }) => {
    const html = await (await request.get(`/entries/${SLUG}`)).text();
    const blocks = scriptBlocks(html).filter((b) => b.open.includes('application/ld+json'));
    expect(blocks).toHaveLength(1);
    const raw = blocks[0]!.body;
    expect(raw).not.toContain('<');
    expect(raw).not.toContain('>');
    expect(raw).not.toContain('</script><script>');
    expect(raw).toContain('\\u003c/script\\u003e\\u003cscript\\u003e');
    expect(raw).not.toContain('\u2028');
    const data = JSON.parse(raw);
    expect(data.name).toBe(ENTRY.title);
    expect(data.alternateName).toBe(ENTRY.title_zh);
    expect(data.description).toBe(ENTRY.summary);
    expect(data.legislationIdentifier).toBe(ENTRY.doc_number);
    expect(data.legislationType).toBe(ENTRY.type);
    expect(data.legislationJurisdiction).toBe(`${ENTRY.jurisdiction}, China`);
    expect(data.keywords).toBe(TOPIC.label);
    expect(data.legislationPassedBy).toEqual([{ '@type': 'GovernmentOrganization', name: AUTHORITY.name, alternateName: AUTHORITY.abbr, url: `${SITE}/authorities/hostile-bureau` }]);
    // The browser sees the same: one data block, parsed the same way.
    await page.goto(`/entries/${SLUG}`);
    const inBrowser = await page.locator('script[type="application/ld+json"]').evaluateAll((els) => els.map((el) => JSON.parse(el.textContent ?? '')));
    expect(inBrowser).toEqual([data]);
    // No inline script of the page (Next's payload included) holds anything that ends it early.
    for (const block of scriptBlocks(html)) {
      expect(block.body).not.toMatch(/<\/?script/i);
      expect(block.body).not.toContain('<!--');
    }
  });
});

/** Text of HTML (a feed's type="html" title or summary) as a feed reader shows it. */
async function htmlText(page: Page, html: string): Promise<string> {
  return page.evaluate((h) => new DOMParser().parseFromString(`<!doctype html><body>${h}`, 'text/html').body.textContent ?? '', html);
}

type ParsedFeed = { title: string; subtitle: string | null; entries: { id: string; title: string; titleType: string | null; summary: string; authors: string[] }[] };

/** Fetches an Atom feed, validates it (fast-xml-parser) and reads it with the browser's XML parser. */
async function readFeed(request: APIRequestContext, page: Page, path: string): Promise<ParsedFeed> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const xml = await response.text();
  expect(XMLValidator.validate(xml), path).toBe(true);
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) throw new Error(`not well-formed: ${doc.getElementsByTagName('parsererror')[0]!.textContent}`);
    const child = (el: Element, name: string) => [...el.children].find((c) => c.localName === name) ?? null;
    const feed = doc.documentElement;
    return {
      title: child(feed, 'title')!.textContent!,
      subtitle: child(feed, 'subtitle')?.textContent ?? null,
      entries: [...feed.children]
        .filter((c) => c.localName === 'entry')
        .map((e) => ({
          id: child(e, 'id')!.textContent!,
          title: child(e, 'title')!.textContent!,
          titleType: child(e, 'title')!.getAttribute('type'),
          summary: child(e, 'summary')!.textContent!,
          authors: [...e.children].filter((c) => c.localName === 'author').map((a) => child(a, 'name')!.textContent!),
        })),
    };
  }, xml);
}

test.describe('feeds are well-formed and round-trip the strings', () => {
  const FEEDS: { path: string; title: string; subtitle?: string }[] = [
    { path: '/feed.xml', title: `${SITE_NAME}: newest entries` },
    { path: '/authorities/hostile-bureau/feed.xml', title: `${SITE_NAME}: ${AUTHORITY.name} (${AUTHORITY.abbr})`, subtitle: `New entries issued by the ${AUTHORITY.name}.` },
    { path: '/topics/widgets/feed.xml', title: `${SITE_NAME}: ${TOPIC.label}`, subtitle: `New entries on ${TOPIC.label}.` },
    { path: '/search/feed.xml?q=quokkaxss', title: `${SITE_NAME}: “quokkaxss”` },
    { path: `/search/feed.xml?q=${encodeURIComponent(HOSTILE_QUERY)}`, title: `${SITE_NAME}: “${HOSTILE_QUERY}”` },
  ];
  for (const feed of FEEDS) {
    test(feed.path, async ({ page, request }) => {
      const parsed = await readFeed(request, page, feed.path);
      expect(parsed.title).toBe(feed.title);
      if (feed.subtitle) expect(parsed.subtitle).toBe(feed.subtitle);
      const entry = parsed.entries.find((e) => e.id === `${SITE}/entries/${SLUG}`);
      expect(entry, `${SLUG} in ${feed.path}`).toBeTruthy();
      expect(entry!.titleType).toBe('html');
      expect(await htmlText(page, entry!.title)).toBe(ENTRY.title);
      expect(await htmlText(page, entry!.summary)).toBe(DESCRIPTION);
      expect(entry!.authors).toEqual([AUTHORITY.name]);
    });
  }
});

/** An RFC 5545 TEXT value as written (ical.js leaves NAME and X-WR-CALNAME escaped). */
function unescapeIcsText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

test.describe('calendar files and exports round-trip the strings', () => {
  test('/calendar.ics parses and the event summary, description and calendar name read back exactly', async ({ request }) => {
    for (const path of ['/calendar.ics', '/calendar.ics?issuer=hostile-bureau']) {
      const text = await (await request.get(path)).text();
      const calendar = new ICAL.Component(ICAL.parse(text));
      const events = calendar.getAllSubcomponents('vevent');
      const event = events.find((v) => String(v.getFirstPropertyValue('uid')).startsWith(`${SLUG}-effective@`));
      expect(event, path).toBeTruthy();
      expect(event!.getFirstPropertyValue('summary')).toBe(`Takes effect: ${ENTRY.short}`);
      expect(event!.getFirstPropertyValue('description')).toBe([ENTRY.title, ENTRY.title_zh, `Issued by: ${AUTHORITY.name}`, `${SITE}/entries/${SLUG}`].join('\n'));
      expect(String(event!.getFirstPropertyValue('dtstart'))).toBe('2099-07-01');
      // The line break in the short name stayed inside its value.
      expect(calendar.getFirstProperty('x-injected')).toBeNull();
      for (const v of events) expect(v.getFirstProperty('x-injected')).toBeNull();
    }
    const filtered = new ICAL.Component(ICAL.parse(await (await request.get('/calendar.ics?issuer=hostile-bureau')).text()));
    expect(unescapeIcsText(String(filtered.getFirstPropertyValue('x-wr-calname')))).toBe(`${SITE_NAME}: key dates (${AUTHORITY.abbr})`);
  });

  test("an entry's one-event file keeps its name in one property", async ({ request }) => {
    const response = await request.get(`/entries/${SLUG}/calendar.ics?kind=effective`);
    expect(response.status()).toBe(200);
    const text = await response.text();
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(calendar.getFirstProperty('x-injected')).toBeNull();
    expect(text.replace(/\r\n[ \t]/g, '')).not.toMatch(/^X-INJECTED/m);
    expect(unescapeIcsText(String(calendar.getFirstPropertyValue('x-wr-calname')))).toBe(`${SITE_NAME}: ${ENTRY.short}`);
    expect(unescapeIcsText(String(calendar.getFirstPropertyValue('name')))).toBe(`${SITE_NAME}: ${ENTRY.short}`);
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary')).toBe(`Takes effect: ${ENTRY.short}`);
  });

  test('the CSV export parses and every text column reads back exactly', async ({ request }) => {
    const response = await request.get('/search/export.csv?q=quokkaxss');
    expect(response.status()).toBe(200);
    const rows = parseCsv(await response.body(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.slug)).toEqual([SLUG]);
    const row = rows[0]!;
    expect(row.title).toBe(ENTRY.title);
    expect(row.short).toBe(ENTRY.short);
    expect(row.title_zh).toBe(ENTRY.title_zh);
    expect(row.issuers).toBe(AUTHORITY.name);
    expect(row.topics).toBe(TOPIC.label);
    expect(row.url).toBe(`${SITE}/entries/${SLUG}`);
  });

  test('the JSON export and /api/search round-trip the strings; the snippet is escaped HTML', async ({ request }) => {
    const exported = await (await request.get('/search/export.json?q=quokkaxss')).json();
    expect(exported.results).toHaveLength(1);
    expect(exported.results[0]).toMatchObject({
      slug: SLUG,
      title: ENTRY.title,
      short: ENTRY.short,
      title_zh: ENTRY.title_zh,
      issuers: [{ id: 'hostile-bureau', name: AUTHORITY.name, abbr: AUTHORITY.abbr }],
      topics: [{ id: 'widgets', label: TOPIC.label }],
    });
    for (const q of ['quokkaxss', HOSTILE_QUERY]) {
      const response = await request.get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^application\/json/);
      const api = await response.json();
      const hit = api.results.find((r: { slug: string }) => r.slug === SLUG);
      expect(hit, q).toMatchObject({
        title: ENTRY.title,
        short: ENTRY.short,
        title_zh: ENTRY.title_zh,
        summary: ENTRY.summary,
        issuers: [{ id: 'hostile-bureau', name: AUTHORITY.name, abbr: AUTHORITY.abbr }],
      });
      expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    }
  });
});
