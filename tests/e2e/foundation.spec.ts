import { expect, test } from '@playwright/test';
import { SEED_PARTS } from './seed';

test.describe('home page: the newest edition', () => {
  test('shows the four parts in order, each with its entries numbered in the seed order', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Highlights in Recent China TMT Law and Practices');
    await expect(page.getByText('December 2022 - January 2023')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Our Observations' })).toBeVisible();

    const parts = page.locator('section.part');
    await expect(parts).toHaveCount(4);
    for (const [i, part] of SEED_PARTS.entries()) {
      const section = parts.nth(i);
      await expect(section.getByRole('heading', { level: 2 })).toContainText(part.label);
      const links = section.locator('h3 a');
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(part.slugs.map((s) => `/entries/${s}`));
      const numbers = await section.locator('.entry-number').allTextContents();
      expect(numbers).toEqual(part.slugs.map((_, n) => `${n + 1}.`));
    }
  });

  test('loads nothing from outside the site (no external fonts or scripts)', async ({ page, baseURL }) => {
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    await page.goto('/');
    await page.goto('/entries/twenty-data-measures');
    expect(outside).toEqual([]);
  });
});

test.describe('entry permalink', () => {
  test('shows the title, issuers, dates and status', async ({ page }) => {
    await page.goto('/entries/twenty-data-measures');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Opinions on Building Basic Systems for Data to Maximize the Role of Data Elements',
    );
    const facts = page.locator('dl.facts');
    await expect(facts).toContainText('Central Committee of the Communist Party of China');
    await expect(facts).toContainText('State Council');
    await expect(facts).toContainText('19 December 2022');
    await expect(page.locator('.entry-header .badge')).toHaveText('In force');
  });

  test('labels a trial measure "In force (trial)" and a draft "Draft for comment"', async ({ page }) => {
    await page.goto('/entries/miit-data-security-measures');
    await expect(page.locator('.entry-header .badge')).toHaveText('In force (trial)');
    await page.goto('/entries/samr-absolute-terms-advertising-guidelines-draft');
    await expect(page.locator('.entry-header .badge')).toHaveText('Draft for comment');
  });

  test('an issuer links to its authority page, which lists its entries', async ({ page }) => {
    await page.goto('/entries/miit-data-security-measures');
    await page.locator('dl.facts').getByRole('link', { name: 'Ministry of Industry and Information Technology' }).click();
    await expect(page).toHaveURL(/\/authorities\/miit$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Ministry of Industry and Information Technology');
    await expect(page.getByRole('link', { name: 'Measures for Data Security Management in Industry and Information Technology Sector (for Trial Implementation)' })).toBeVisible();
  });

  test('an unknown slug answers a real 404', async ({ page }) => {
    const response = await page.goto('/entries/no-such-entry');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});

test.describe('authority page', () => {
  test("the CAC's page includes its local offices' entries, marked as such", async ({ page }) => {
    await page.goto('/authorities/cac');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Cyberspace Administration of China');
    await expect(page.getByRole('link', { name: 'Guiding Opinions on Promoting the Development of the Data Security Industry', exact: true })).toBeVisible();
    const zhejiang = page.locator('li', { has: page.locator('a[href="/entries/cac-zhejiang-outbound-data-declaration-guidelines"]') });
    await expect(zhejiang.getByText('From a local office')).toBeVisible();
  });

  test('an unknown authority answers a real 404', async ({ request }) => {
    const response = await request.get('/authorities/no-such-body');
    expect(response.status()).toBe(404);
  });

  test('an address that is not valid percent-encoding answers 400, never 500', async ({ request }) => {
    for (const path of ['/entries/%ff', '/entries/%ff/calendar.ics', '/authorities/%ff', '/authorities/%E0%A4%A/feed.xml', '/topics/%ff', '/editions/%c3%28', '/%ff']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(await response.text(), path).toContain('not valid percent-encoded');
    }
    // Valid encodings of unknown names are still plain 404s.
    expect((await request.get('/authorities/%E6%95%B0')).status()).toBe(404);
  });
});
