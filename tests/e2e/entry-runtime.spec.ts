import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { FIXTURES, SITE } from './site';

// Every page, the entry page first among them, is plain HTML rendered by a route handler
// (lib/html/page.tsx): no React or Next.js client runtime, one small script file (lib/html/site.js)
// for its Copy and Print buttons, and the site's stylesheet at a path the app owns.

const PATH = '/entries/twenty-data-measures';
const URL_ = `${SITE}${PATH}`;
/** The citation shown on the page, accessed on the day the page shows as today. */
const citation = async (page: Page) =>
  'Opinions on Building Basic Systems for Data to Maximize the Role of Data Elements (“20 Data Measures”) [中共中央 国务院关于构建数据基础制度更好发挥数据要素作用的意见], ' +
  `issued by Central Committee of the Communist Party of China and State Council on 19 December 2022. China TMT Digest, ${URL_} (accessed ${await page.locator('.timeline-today time').textContent()}).`;
const FAILED = 'Could not copy: select the text and copy it by hand';

/** Every script the page runs: external files and inline blocks (JSON-LD is data, not a script). */
async function scripts(page: Page) {
  return page.locator('script:not([type="application/ld+json"])').evaluateAll((els) =>
    els.map((el) => ({ src: el.getAttribute('src'), nonce: (el as HTMLScriptElement).nonce, length: el.textContent?.length ?? 0 })),
  );
}

test.describe('the entry page ships no client runtime', () => {
  test('it loads one small script file, the site’s own, and no inline script', async ({ page, request }) => {
    const loaded: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || /\.m?js$/.test(new URL(r.url()).pathname)) loaded.push(new URL(r.url()).pathname);
    });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const response = await page.goto(PATH);
    expect(response?.status()).toBe(200);

    expect(loaded).toEqual(['/site.js']);
    const found = await scripts(page);
    expect(found).toHaveLength(1);
    expect(found[0]!.src).toMatch(/^\/site\.js\?v=[\w-]+$/);
    expect(found[0]!.length).toBe(0);
    const file = await request.get(found[0]!.src!);
    expect(file.headers()['content-type']).toContain('javascript');
    // Small as it travels: under 4 kB gzipped (the share tools and the search page's live form).
    expect(gzipSync(await file.body()).length).toBeLessThan(4096);
    // The runtime's globals are absent, and nothing broke (a CSP violation is a console error).
    expect(await page.evaluate(() => '__next_f' in self || 'TURBOPACK' in globalThis)).toBe(false);
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('no page ships the React or Next.js runtime: every one loads only the site script', async ({ page }) => {
    for (const path of ['/', '/editions', '/search?q=data', '/authorities/cac', '/topics/cross-border-data', '/calendar', '/no-such-page']) {
      const loaded: string[] = [];
      const listener = (r: { resourceType(): string; url(): string }) => {
        if (r.resourceType() === 'script') loaded.push(new URL(r.url()).pathname);
      };
      page.on('request', listener);
      await page.goto(path);
      expect(loaded, path).toEqual(['/site.js']);
      expect(await page.evaluate(() => '__next_f' in self || 'TURBOPACK' in globalThis), path).toBe(false);
      page.off('request', listener);
    }
  });

  test('its stylesheet is the one every page links, at a path the app owns, kept for a year under its hash', async ({ page, request }) => {
    const hrefs = (p: Page) => p.locator('link[rel="stylesheet"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')!));
    await page.goto('/editions');
    const other = await hrefs(page);
    await page.goto(PATH);
    const entry = await hrefs(page);
    expect(entry).toHaveLength(1);
    expect(entry).toEqual(other);
    expect(entry[0]).toMatch(/^\/site\.css\?v=[\w-]+$/);
    const css = await request.get(entry[0]!);
    expect(css.status()).toBe(200);
    expect(css.headers()['content-type']).toContain('text/css');
    expect(css.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    // Without the current hash it must be revalidated; its ETag answers 304.
    const bare = await request.get('/site.css');
    expect(bare.headers()['cache-control']).toContain('max-age=0');
    expect((await request.get('/site.css', { headers: { 'If-None-Match': bare.headers()['etag']! } })).status()).toBe(304);
    // Styled: the masthead's navy, the reading size.
    expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('.prose p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);
  });

  test('HEAD answers like GET, without a body', async ({ request }) => {
    const get = await request.get(PATH);
    const head = await request.head(PATH);
    expect(head.status()).toBe(200);
    expect(head.headers()['content-type']).toBe(get.headers()['content-type']);
    expect(head.headers()['x-frame-options']).toBe('DENY');
    expect(head.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect((await head.body()).length).toBe(0);
    expect((await request.head('/entries/no-such-entry')).status()).toBe(404);
  });

  test('a response may be kept by a shared cache, and revalidates with its ETag', async ({ request }) => {
    const response = await request.get(PATH);
    expect(response.headers()['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=86400$/);
    expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
    const etag = response.headers()['etag']!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect((await request.get(PATH, { headers: { 'If-None-Match': etag } })).status()).toBe(304);
  });

  test('an unknown slug: a 404 in the same page, with the not-found search form, not indexed', async ({ page }) => {
    const response = await page.goto('/entries/no-such-entry');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page).toHaveTitle('Page not found · China TMT Digest');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.getByRole('search', { name: 'Search for the page' })).toHaveAttribute('action', '/search');
    await expect(page.getByRole('search', { name: 'Site search' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'the latest edition' })).toHaveAttribute('href', '/');
    await expect(page.locator('link[rel="stylesheet"]').first()).toHaveAttribute('href', /^\/site\.css\?v=/);
  });

  test('a link from another page opens the entry page, and back and forward work', async ({ page }) => {
    await page.goto(`/topics/cross-border-data`);
    await page.getByRole('link', { name: 'Security Assessment Measures for Outbound Data Transfers' }).click();
    await expect(page).toHaveURL(new RegExp(`/entries/${FIXTURES.full}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Security Assessment Measures for Outbound Data Transfers');
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
    // Back to the topic page, and forward again.
    await page.goBack();
    await expect(page).toHaveURL(/\/topics\/cross-border-data$/);
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Security Assessment Measures for Outbound Data Transfers');
  });
});

test.describe('the share buttons, with JavaScript', () => {
  test('Copy link and Copy citation copy, say so, and the message clears after 4 s', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.clock.install();
    await page.goto(PATH);
    const tools = page.getByRole('group', { name: 'Share this entry' });

    await tools.getByRole('button', { name: 'Copy link' }).click();
    await expect(tools.getByRole('status').first()).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(URL_);

    await tools.getByRole('button', { name: 'Copy citation' }).click();
    await expect(tools.getByRole('status').nth(1)).toHaveText('Citation copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await citation(page));

    await page.clock.runFor(3_000);
    await expect(tools.getByRole('status').nth(1)).toHaveText('Citation copied');
    await page.clock.runFor(1_100);
    await expect(tools.getByRole('status')).toHaveText(['', '']);
  });

  test('without the async clipboard it copies through a selection, and says when it cannot', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __copied: string[]; __canCopy: boolean };
      w.__copied = [];
      w.__canCopy = true;
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
      document.execCommand = (command: string) => {
        const area = document.activeElement as HTMLTextAreaElement | null;
        if (command !== 'copy' || !w.__canCopy || !area || area.tagName !== 'TEXTAREA') return false;
        w.__copied.push(area.value.slice(area.selectionStart, area.selectionEnd));
        return true;
      };
    });
    await page.goto(PATH);
    const tools = page.getByRole('group', { name: 'Share this entry' });
    await tools.getByRole('button', { name: 'Copy citation' }).click();
    await expect(tools.getByRole('status').nth(1)).toHaveText('Citation copied');
    expect(await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied)).toEqual([await citation(page)]);
    // The helper textarea is gone.
    await expect(page.locator('textarea')).toHaveCount(0);

    await page.evaluate(() => ((window as unknown as { __canCopy: boolean }).__canCopy = false));
    await tools.getByRole('button', { name: 'Copy link' }).click();
    await expect(tools.getByRole('status').first()).toHaveText(FAILED);
  });

  test('Print opens the print dialog', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __printed: number };
      w.__printed = 0;
      window.print = () => void w.__printed++;
    });
    await page.goto(PATH);
    await page.getByRole('button', { name: 'Print' }).click();
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
  });
});

test.describe('the entry page with JavaScript off', () => {
  test('is complete: styled, every section, the link and the citation as text, a working search; no dead buttons', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(`/entries/${FIXTURES.full}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Security Assessment Measures for Outbound Data Transfers');
    await expect(page.locator('.entry-header .badge')).toHaveText('In force');
    await expect(page.locator('dl.facts dt:text-is("Effective") + dd')).toHaveText('1 September 2022');
    await expect(page.locator('.prose').getByRole('heading', { name: 'When an assessment is required' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Related entries' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Key dates' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Official source/ })).toHaveAttribute('href', 'https://www.cac.gov.cn/');
    // Its dates are past: the timeline gives them as text, with nothing to add to a calendar.
    await expect(page.locator('.timeline-effective')).toContainText('Took effect');
    await expect(page.getByRole('link', { name: /Add to calendar/ })).toHaveCount(0);
    await expect(page.locator('.citation')).toContainText(`${SITE}/entries/${FIXTURES.full}`);
    await expect(page.getByRole('navigation', { name: 'Within this edition' })).toBeVisible();
    await expect(page.locator('.site-footer').getByRole('link', { name: /Atom feed/ })).toHaveAttribute('href', '/feed.xml');
    expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    // The share buttons would do nothing: they stay hidden.
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    // The header search is a plain GET form.
    await page.getByRole('searchbox', { name: 'Search the digest' }).fill('outbound');
    await page.getByRole('search', { name: 'Site search' }).getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=outbound$/);
    await context.close();
  });
});
