import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';

// Runs against the calendar fixture server (tests/fixtures/content/calendar, dates in 2099), so
// every fixture date is upcoming whatever the real date is.

const entryLinks = (page: Page) => page.locator('.calendar-event .calendar-entry').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

function uids(ics: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')).split('@')[0]!);
}

test.describe('the calendar', () => {
  test('lists upcoming dates by month, with today marked, and never the draft', async ({ page }) => {
    await page.goto('/calendar');
    await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
    await expect(page.locator('[aria-current="date"]')).toHaveCount(1);
    await expect(page.locator('[aria-current="date"]')).toContainText('Today');
    const months = await page.locator('.calendar-month h2').allTextContents();
    expect(months.slice(-5)).toEqual(['January 2099', 'February 2099', 'March 2099', 'April 2099', 'June 2099']);
    expect(await entryLinks(page)).toEqual([
      '/entries/miit-telecom-standard',
      '/entries/cac-shanghai-data-export-draft',
      '/entries/cac-ai-labelling-measures',
      '/entries/miit-telecom-standard',
      '/entries/cac-old-rules-repealed',
    ]);
    const march = page.locator('section', { has: page.getByRole('heading', { name: 'March 2099' }) });
    await expect(march.locator('.calendar-event')).toContainText('1 March 2099');
    await expect(march.locator('.calendar-event')).toContainText('Takes effect');
    await expect(march.locator('.calendar-event')).toContainText('CAC, MIIT');
    await expect(page.getByText('Secret Rules')).toHaveCount(0);
  });

  test('a lawyer filters by the CAC with its local offices, then follows the subscribe link', async ({ page, request }) => {
    await page.goto('/calendar');
    await page.getByLabel('Issuer').selectOption({ label: 'Cyberspace Administration of China (CAC)' });
    await page.getByLabel('Include local offices').check();
    await page.getByRole('button', { name: 'Show dates' }).click();
    await expect(page).toHaveURL(/[?&]issuer=cac(&|$)/);
    await expect(page).toHaveURL(/[?&]local=1(&|$)/);
    await expect(page.getByText('3 dates for CAC and its local offices')).toBeVisible();
    expect(await entryLinks(page)).toEqual(['/entries/cac-shanghai-data-export-draft', '/entries/cac-ai-labelling-measures', '/entries/cac-old-rules-repealed']);
    await expect(page.getByLabel('Issuer')).toHaveValue('cac');

    // An entry link leads to its permalink.
    await page.getByRole('link', { name: 'Measures for Labelling AI-Generated Content, "Synthetic" Media; and Deep Synthesis' }).click();
    await expect(page).toHaveURL(/\/entries\/cac-ai-labelling-measures$/);
    await page.goBack();

    const subscribe = page.getByRole('link', { name: 'Subscribe', exact: true });
    const href = await subscribe.getAttribute('href');
    expect(href).toBe('/calendar.ics?issuer=cac&local=1');
    await expect(page.getByRole('link', { name: 'Open in your calendar app' })).toHaveAttribute('href', /^webcal:\/\/localhost:\d+\/calendar\.ics\?issuer=cac&local=1$/);
    const response = await request.get(new URL(href!, page.url()).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(uids(await response.text())).toEqual([
      'cac-shanghai-data-export-draft-comment-deadline',
      'cac-ai-labelling-measures-effective',
      'cac-old-rules-repealed-repealed',
    ]);
  });

  test('the filter form works with JavaScript off', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/calendar');
    await page.getByLabel('Topic').selectOption({ label: 'Telecommunications' });
    await page.getByRole('button', { name: 'Show dates' }).click();
    await expect(page).toHaveURL(/topic=telecom/);
    expect(await entryLinks(page)).toEqual(['/entries/miit-telecom-standard', '/entries/miit-telecom-standard']);
    await expect(page.getByRole('link', { name: 'Subscribe', exact: true })).toHaveAttribute('href', '/calendar.ics?topic=telecom');
    await context.close();
  });

  test('an entry date downloads as a one-event calendar file; unknown ones are 404', async ({ request }) => {
    const response = await request.get('/entries/cac-ai-labelling-measures/calendar.ics?kind=effective');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(uids(await response.text())).toEqual(['cac-ai-labelling-measures-effective']);
    expect((await request.get('/entries/cac-ai-labelling-measures/calendar.ics?kind=comment-deadline')).status()).toBe(404);
    expect((await request.get('/entries/cac-unpublished-draft/calendar.ics?kind=effective')).status()).toBe(404);
  });

  test('a bad filter shows a notice on the page and a 400 from the feed', async ({ page, request }) => {
    const response = await page.goto('/calendar?issuer=cac-shangai');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('status')).toContainText("did you mean 'cac-shanghai'?");
    expect((await request.get('/calendar.ics?issuer=cac-shangai')).status()).toBe(400);
  });
});
