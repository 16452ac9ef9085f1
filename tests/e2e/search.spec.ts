import { expect, test } from '@playwright/test';

const resultLinks = (page: import('@playwright/test').Page) =>
  page.locator('.result h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

// The end-to-end catalogue is the seed digest plus tests/fixtures/e2e-content (19 published entries).
test.describe('search page', () => {
  test('a lawyer filters by the CAC and a date range; the copied URL shows the same results elsewhere', async ({ page, browser }) => {
    await page.goto('/search');
    // With JavaScript on a desk, each choice applies at once.
    await page.getByRole('group', { name: 'Issuing authority' }).getByRole('checkbox', { name: /^Cyberspace Administration of China/ }).check();
    await expect(page).toHaveURL(/issuer=cac/);
    await page.getByRole('checkbox', { name: 'Include their local offices' }).check();
    await expect(page).toHaveURL(/local=1/);
    const dates = page.getByRole('group', { name: 'Date issued' });
    await dates.getByLabel('From').fill('2023-01-01');
    await expect(dates.getByRole('radio', { name: 'Between dates' })).toBeChecked();
    await dates.getByLabel('To').fill('2023-01-31');
    await expect(page).toHaveURL(/from=2023-01-01/);
    await expect(page).toHaveURL(/to=2023-01-31/);
    await expect(page.getByRole('heading', { name: /2 entries/ })).toBeVisible();
    const found = await resultLinks(page);
    expect(found.sort()).toEqual(['/entries/cac-zhejiang-outbound-data-declaration-guidelines', '/entries/data-security-industry-guiding-opinions']);

    const url = page.url();
    const other = await browser.newContext();
    const fresh = await other.newPage();
    await fresh.goto(url);
    expect((await resultLinks(fresh)).sort()).toEqual(found.sort());
    await other.close();
  });

  test('works with JavaScript disabled: the form is a plain GET form', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/search');
    await page.getByRole('searchbox', { name: 'Search entries' }).fill('网信办');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/q=%E7%BD%91%E4%BF%A1%E5%8A%9E/);
    await expect(page.getByRole('heading', { name: /6 entries/ })).toBeVisible();
    expect(await resultLinks(page)).toContain('/entries/cac-mobile-apps-clean-up-campaign');
    await context.close();
  });

  test('with JavaScript on, typing updates the results and the URL without a full reload', async ({ page }) => {
    await page.goto('/search');
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
    await page.getByRole('searchbox', { name: 'Search entries' }).pressSequentially('nft', { delay: 40 });
    await expect(page).toHaveURL(/\/search\?q=nft/);
    await expect(page.locator('.result h3 a')).toHaveCount(1);
    await expect(page.locator('.result h3 a')).toHaveAttribute('href', '/entries/hangzhou-internet-court-nft-virtual-property');
    await expect(page.locator('.result mark').first()).toHaveText(/nft/i);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
  });

  test('suggests a correction for a typo and what to remove when nothing matches', async ({ page }) => {
    await page.goto('/search?q=personl');
    await expect(page.getByText('Did you mean')).toContainText('personal');
    await page.goto('/search?q=nft&issuer=cac');
    await expect(page.getByRole('heading', { name: 'No entries found' })).toBeVisible();
    await page.getByRole('link', { name: /Remove the issuer filter/ }).click();
    await expect(page.locator('.result h3 a')).toHaveCount(1);
  });

  test('a glossary abbreviation typed in the box finds an item that only uses the full name, and the page says what it also searched', async ({ page }) => {
    await page.goto('/search');
    // "DSL" appears in no entry; the Guiding Opinions name the "Data Security Law".
    await page.getByRole('searchbox', { name: 'Search entries' }).fill('DSL');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/q=DSL/);
    expect(await resultLinks(page)).toContain('/entries/data-security-industry-guiding-opinions');
    await expect(page.locator('.also-searched')).toHaveText('Also searched: Data Security Law, 数据安全法');
    await expect(page.locator('.match-any-notice')).toHaveCount(0);
    await expect(page.getByText('Search tips:')).toBeVisible();
  });

  test('says so when no entry matches every word, and shows those that match any', async ({ page }) => {
    await page.goto('/search?q=NFT+zebra');
    await expect(page.locator('.match-any-notice')).toHaveText('No entry matches all of “NFT”, “zebra”; showing entries that match any.');
    expect(await resultLinks(page)).toContain('/entries/hangzhou-internet-court-nft-virtual-property');
    // Words that do occur together: no notice, and only the entries with both.
    await page.goto('/search?q=NFT+property');
    await expect(page.locator('.match-any-notice')).toHaveCount(0);
    expect(await resultLinks(page)).toEqual(['/entries/hangzhou-internet-court-nft-virtual-property']);
  });

  test('traditional characters find the simplified text, and the match is marked in the Chinese title', async ({ page }) => {
    await page.goto('/search?q=%E6%95%B0%E6%8D%AE%E5%AE%89%E5%85%A8'); // 数据安全
    const simplified = await resultLinks(page);
    expect(simplified.length).toBeGreaterThan(0);
    await page.goto('/search?q=%E6%95%B8%E6%93%9A%E5%AE%89%E5%85%A8'); // 數據安全
    expect(await resultLinks(page)).toEqual(simplified);
    const card = page.locator('.result', { has: page.locator('a[href="/entries/data-security-industry-guiding-opinions"]') });
    await expect(card.locator('.entry-card-zh mark')).toHaveText('数据安全');
    await expect(card.locator('.entry-card-zh')).toHaveText('关于促进数据安全产业发展的指导意见');
  });

  test('a bad parameter is ignored with a notice, never an error page', async ({ page }) => {
    const response = await page.goto('/search?category=regulations&from=2023-02-30&page=0');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('status')).toContainText("did you mean 'regulation'?");
    await expect(page.getByRole('heading', { name: /19 entries/ })).toBeVisible();
  });
});

test.describe('GET /api/search', () => {
  test('answers JSON with results and facet counts', async ({ request }) => {
    const response = await request.get('/api/search?q=CAC&category=standard');
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.total).toBe(2);
    expect(body.page).toBe(1);
    expect(body.per).toBe(20);
    expect(body.results.map((r: { slug: string }) => r.slug).sort()).toEqual([
      'cac-zhejiang-outbound-data-declaration-guidelines',
      'data-security-industry-guiding-opinions',
    ]);
    const first = body.results[0];
    expect(Object.keys(first).sort()).toEqual(
      ['category', 'effective', 'issued', 'issuers', 'short', 'slug', 'snippet', 'status', 'summary', 'title', 'title_zh', 'url'].sort(),
    );
    expect(first.url).toMatch(/^http:\/\/localhost:\d+\/entries\//);
    // Each facet applies every filter but its own: the category counts ignore category=standard.
    expect(body.facets.category).toEqual({ regulation: 3, standard: 2, enforcement: 1, judgment: 0 });
    expect(Object.keys(body.facets).sort()).toEqual(['category', 'issuer', 'status', 'topic', 'year']);
  });

  test('says whether every term matched or it fell back to any, and what the glossary added', async ({ request }) => {
    const dsl = await (await request.get('/api/search?q=DSL')).json();
    expect(dsl.match).toBe('all');
    expect(dsl.also).toEqual(['Data Security Law', '数据安全法']);
    expect(dsl.results.map((r: { slug: string }) => r.slug)).toContain('data-security-industry-guiding-opinions');
    const fallback = await (await request.get('/api/search?q=NFT%20zebra')).json();
    expect(fallback.match).toBe('any');
    // The glossary's other names for NFT were searched too, whatever the fallback.
    expect(fallback.also).toEqual(['non-fungible token', '非同质化通证', '非同质化代币']);
    const excluded = await (await request.get('/api/search?q=data%20-security')).json();
    expect(excluded.total).toBeGreaterThan(0);
    // No word beginning "security" anywhere in them ("cybersecurity" is another word).
    for (const r of excluded.results) expect(`${r.title} ${r.summary}`).not.toMatch(/\bsecurity/i);
  });

  test('a repeated search answers the same body, and a client holding it revalidates with 304', async ({ request }) => {
    const first = await request.get('/api/search?q=data&category=regulation');
    const etag = first.headers()['etag'];
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers()['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=86400$/);
    const again = await request.get('/api/search?q=data&category=regulation');
    expect(again.headers()['etag']).toBe(etag);
    expect(await again.text()).toBe(await first.text());
    const revalidated = await request.get('/api/search?q=data&category=regulation', { headers: { 'If-None-Match': etag! } });
    expect(revalidated.status()).toBe(304);
    expect(await revalidated.text()).toBe('');
    // Another search is another answer.
    const other = await request.get('/api/search?q=data&category=standard');
    expect(other.headers()['etag']).not.toBe(etag);
    expect((await other.json()).total).not.toBe((await first.json()).total);
  });

  test('answers 400 naming each bad parameter and why', async ({ request }) => {
    const response = await request.get('/api/search?category=law&status=live&from=2023-13-01&page=0&issuer=cac-shangai&nonsense=1');
    expect(response.status()).toBe(400);
    const body = await response.json();
    const params = body.problems.map((p: { param: string }) => p.param).sort();
    expect(params).toEqual(['category', 'from', 'issuer', 'page', 'status']);
    expect(body.problems.find((p: { param: string }) => p.param === 'issuer').message).toContain("did you mean 'cac-shanghai'?");
  });

  test('never answers 500, whatever the input', async ({ request }) => {
    const hostile = [
      `q=${'x'.repeat(10_000)}`,
      'q=%00%01%02%1F',
      'q=%F0%9F%98%80%F0%9F%A7%A7',
      'q=(.*%2B%3F%5B',
      "q=' OR 1=1 --",
      Array.from({ length: 300 }, () => 'issuer=cac').join('&'),
      'page=1e309',
      'page=-1',
      'from=2023-02-29&to=1999-01-01',
      'q=%E0%A4%A',
    ];
    for (const qs of hostile) {
      for (const path of ['/api/search', '/search']) {
        const response = await request.get(`${path}?${qs}`);
        expect(response.status(), `${path}?${qs.slice(0, 40)}`).toBeLessThan(500);
      }
    }
  });
});
