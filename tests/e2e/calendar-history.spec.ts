import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { chinaToday, recentDates } from '../fixtures/history-content';

// Runs against the history server: tests/fixtures/content/history (dates from 2016 to 2024, always
// past, and two in 2099, always upcoming) plus three entries dated relative to today in China,
// written when the server started (tests/fixtures/history-content.ts).

const entryLinks = (page: Page) => page.locator('.calendar-event .calendar-entry').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

/** Each event as '<uid without host> <start date>', read by ical.js (Mozilla's RFC 5545 parser). */
function events(ics: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const start = v.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    return `${String(v.getFirstPropertyValue('uid')).split('@')[0]} ${start.toString()}`;
  });
}

/** '2026-11-29' → '29 November 2026', as the site writes dates (computed here, not by the site's code). */
const longDate = (value: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));

test.describe('the calendar through time', () => {
  test('a month lists its dates, and its previous and next links lead through the months, across a year', async ({ page }) => {
    await page.goto('/calendar?month=2023-10');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('October 2023');
    await expect(page.locator('.calendar-scope')).toHaveText('2 dates in October 2023');
    expect(await entryLinks(page)).toEqual(['/entries/cac-cross-border-draft', '/entries/cac-shanghai-data-list-draft']);
    await expect(page.locator('.calendar-event').first()).toContainText('15 October 2023');
    await expect(page.locator('.calendar-event').first()).toContainText('Comments closed');
    // A past month has no today marker.
    await expect(page.locator('[aria-current="date"]')).toHaveCount(0);

    const months = page.getByRole('navigation', { name: 'Months' });
    await expect(months.locator('a[rel="prev"]')).toContainText('September 2023 · no dates');
    await months.getByRole('link', { name: 'Later dates: January 2024 (1 date)' }).click();
    await expect(page).toHaveURL(/\/calendar\?month=2024-01$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('January 2024');
    expect(await entryLinks(page)).toEqual(['/entries/miit-telecom-data-rules']);

    // Plain previous month: across the year boundary, a month without dates that says so.
    await page.getByRole('navigation', { name: 'Months' }).locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(/\/calendar\?month=2023-12$/);
    await expect(page.locator('.calendar-empty')).toContainText('No dates in December 2023.');
    await page.getByRole('navigation', { name: 'Months' }).getByRole('link', { name: 'Earlier dates: October 2023 (2 dates)' }).click();
    await expect(page).toHaveURL(/\/calendar\?month=2023-10$/);
    await page.getByRole('navigation', { name: 'Months' }).locator('a[rel="next"]').click();
    await expect(page).toHaveURL(/\/calendar\?month=2023-11$/);
    await page.getByRole('navigation', { name: 'Months' }).locator('a[rel="next"]').click();
    await page.getByRole('navigation', { name: 'Months' }).locator('a[rel="next"]').click();
    await expect(page).toHaveURL(/\/calendar\?month=2024-01$/);
  });

  test('the filters stay on through the month links, without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/calendar?month=2023-10');
    await page.getByLabel('Issuer').selectOption({ label: 'Cyberspace Administration of China (CAC)' });
    await page.getByLabel('Include local offices').uncheck();
    await page.getByRole('button', { name: 'Show dates' }).click();
    // Still October 2023, now for the CAC alone (its Shanghai office's draft is left out).
    await expect(page).toHaveURL(/[?&]month=2023-10(&|$)/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('October 2023');
    await expect(page.locator('.calendar-scope')).toContainText('1 date in October 2023 for CAC');
    expect(await entryLinks(page)).toEqual(['/entries/cac-cross-border-draft']);

    // The next CAC date is in March 2024: MIIT's January 2024 date is skipped.
    await page.getByRole('link', { name: 'Later dates: March 2024 (1 date)' }).click();
    await expect(page).toHaveURL(/\/calendar\?month=2024-03&issuer=cac$/);
    expect(await entryLinks(page)).toEqual(['/entries/cac-cross-border-provisions']);
    await expect(page.getByLabel('Issuer')).toHaveValue('cac');
    await page.getByRole('navigation', { name: 'Months' }).locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(/\/calendar\?month=2024-02&issuer=cac$/);

    // "Show all" drops the filters and keeps the month.
    await page.getByRole('link', { name: 'Show all' }).click();
    await expect(page).toHaveURL(/\/calendar\?month=2024-02$/);
    await context.close();
  });

  test('a year shows its twelve months with their counts, each linking to its month', async ({ page }) => {
    await page.goto('/calendar?year=2023');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2023');
    await expect(page.locator('.calendar-scope')).toHaveText('4 dates in 2023');
    const overview = page.getByRole('list', { name: 'Months of the year' }).getByRole('listitem');
    await expect(overview).toHaveCount(12);
    expect((await overview.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
      'Jan 2023 none',
      'Feb 2023 none',
      'Mar 2023 1 date',
      'Apr 2023 none',
      'May 2023 none',
      'Jun 2023 none',
      'Jul 2023 none',
      'Aug 2023 1 date',
      'Sep 2023 none',
      'Oct 2023 2 dates',
      'Nov 2023 none',
      'Dec 2023 none',
    ]);
    await expect(page.locator('.calendar-month h2')).toHaveText(['March 2023 1 date', 'August 2023 1 date', 'October 2023 2 dates']);
    expect(await entryLinks(page)).toEqual(['/entries/cac-app-provisions', '/entries/cac-genai-measures', '/entries/cac-cross-border-draft', '/entries/cac-shanghai-data-list-draft']);
    await expect(page.locator('.calendar-event').first()).toContainText('Repealed');

    await page.getByRole('link', { name: 'August 2023', exact: true }).click();
    await expect(page).toHaveURL(/\/calendar\?month=2023-08$/);
    expect(await entryLinks(page)).toEqual(['/entries/cac-genai-measures']);

    await page.goto('/calendar?year=2024&jurisdiction=Shanghai');
    await expect(page.locator('.calendar-scope')).toContainText('1 date in 2024 for Shanghai');
    // The previous year has a Shanghai date, so it is the way back (no separate jump to earlier dates).
    const years = page.getByRole('navigation', { name: 'Years' });
    await expect(years.locator('a[rel="prev"]')).toContainText('2023 · 1 date');
    await expect(years.getByText('Earlier dates')).toHaveCount(0);
    // Nothing in Shanghai after 2024.
    await expect(years.getByText('Later dates')).toHaveCount(0);
    await years.locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(/\/calendar\?year=2023&jurisdiction=Shanghai$/);
    await expect(page.locator('.calendar-scope')).toContainText('1 date in 2023 for Shanghai');
  });

  test('today’s view links to the latest dates when it has none, and to every year with dates', async ({ page }) => {
    await page.goto('/calendar?topic=cross-border-data');
    await expect(page.locator('.calendar-empty')).toContainText('No dates for these filters from');
    await page.locator('.calendar-empty').getByRole('link', { name: 'May 2024 (1 date)' }).click();
    await expect(page).toHaveURL(/\/calendar\?month=2024-05&topic=cross-border-data$/);
    expect(await entryLinks(page)).toEqual(['/entries/cac-shanghai-free-trade-list']);

    await page.goto('/calendar');
    const years = page.getByRole('navigation', { name: 'Years with dates' });
    for (const year of ['2016', '2023', '2024', '2099']) await expect(years.getByRole('link', { name: year, exact: true })).toBeVisible();
    await years.getByRole('link', { name: '2016', exact: true }).click();
    await expect(page).toHaveURL(/\/calendar\?year=2016$/);
    expect(await entryLinks(page)).toEqual(['/entries/cac-app-provisions']);
  });

  test('a bad month or year is a notice on the page, never an error', async ({ page }) => {
    for (const path of ['/calendar?month=2023-13', '/calendar?year=23', '/calendar?month=October']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole('status')).toContainText(/month|year/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calendar');
    }
  });
});

test.describe('the iCalendar feed with history', () => {
  test('since and until give the past dates, read back by a real iCalendar parser', async ({ request }) => {
    const response = await request.get('/calendar.ics?since=2023-01-01&until=2024-12-31');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(events(await response.text())).toEqual([
      'cac-app-provisions-repealed 2023-03-15',
      'cac-genai-measures-effective 2023-08-15',
      'cac-cross-border-draft-comment-deadline 2023-10-15',
      'cac-shanghai-data-list-draft-comment-deadline 2023-10-31',
      'miit-telecom-data-rules-effective 2024-01-01',
      'cac-cross-border-provisions-effective 2024-03-22',
      'cac-shanghai-free-trade-list-effective 2024-05-20',
      'tc260-labelling-standard-draft-comment-deadline 2024-11-13',
    ]);
    const cac = await request.get('/calendar.ics?since=2016-01-01&until=2024-12-31&issuer=cac');
    expect(events(await cac.text())).toEqual(['cac-app-provisions-effective 2016-08-01', 'cac-app-provisions-repealed 2023-03-15', 'cac-genai-measures-effective 2023-08-15', 'cac-cross-border-draft-comment-deadline 2023-10-15', 'cac-cross-border-provisions-effective 2024-03-22']);
  });

  test('without since it holds the last 12 months and everything upcoming; the page says so', async ({ page, request }) => {
    const d = recentDates(chinaToday());
    await page.goto('/calendar');
    await expect(page.locator('.calendar-subscribe')).toContainText('the last 12 months and everything upcoming');
    const href = await page.getByRole('link', { name: 'Subscribe', exact: true }).getAttribute('href');
    expect(href).toBe('/calendar.ics');
    const feed = events(await (await request.get(href!)).text());
    expect(feed).toEqual([
      // The first day of the window (12 months before today in China) is in; the day before is not.
      `recent-start-rules-effective ${d.boundary}`,
      `recent-half-year-rules-effective ${d.halfYear}`,
      'tc260-labelling-standard-draft-effective 2099-09-01',
      'miit-telecom-data-rules-repealed 2099-12-31',
    ]);
    expect(feed.join('\n')).not.toContain('recent-closed-draft');
    // The page's own view reaches back three months only: six months ago is in the feed, not on the page.
    expect(await entryLinks(page)).not.toContain('/entries/recent-half-year-rules');
  });

  test('bad since or until answer 400 with what was wrong', async ({ request }) => {
    for (const qs of ['since=2023-02-29', 'until=2024-13-01', 'since=2024-02-01&until=2024-01-01', 'since=last-year']) {
      const response = await request.get(`/calendar.ics?${qs}`);
      expect(response.status(), qs).toBe(400);
      const body = (await response.json()) as { error: string; problems: { param: string; message: string }[] };
      expect(body.problems.length, qs).toBe(1);
      expect(['since', 'until']).toContain(body.problems[0]!.param);
    }
  });
});

test.describe('an entry’s timeline', () => {
  test('shows its dates in order with today between the past and the upcoming, at 360 px with JavaScript off', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto('/entries/tc260-labelling-standard-draft');
    const timeline = page.locator('section', { has: page.getByRole('heading', { name: 'Key dates' }) });
    await expect(timeline).toBeVisible();
    const items = timeline.getByRole('list').getByRole('listitem');
    const today = chinaToday();
    const read = async () =>
      items.evaluateAll((lis) =>
        lis.map((li) => `${li.querySelector('.timeline-label')?.textContent} ${li.querySelector('time')?.getAttribute('datetime')} ${li.querySelector('time')?.textContent}`),
      );
    expect(await read()).toEqual([
      'Issued 2024-09-14 14 September 2024',
      'Comments closed 2024-11-13 13 November 2024',
      `Today ${today} ${longDate(today)}`,
      'Takes effect 2099-09-01 1 September 2099',
    ]);
    await expect(items.nth(2)).toHaveAttribute('aria-current', 'date');

    // Past and upcoming look different, not by colour alone: a filled marker and solid line before
    // today, a hollow marker and dashed line after it.
    const look = (i: number) =>
      items.nth(i).evaluate((li) => ({
        marker: getComputedStyle(li.querySelector('.timeline-marker')!).backgroundColor === getComputedStyle(li.querySelector('.timeline-marker')!).borderTopColor ? 'filled' : 'hollow',
        line: getComputedStyle(li, '::before').borderLeftStyle,
      }));
    expect(await look(0)).toEqual({ marker: 'filled', line: 'solid' });
    expect(await look(3)).toMatchObject({ marker: 'hollow' });
    expect((await look(2)).line).toBe('dashed');

    // In order down the page, each on the screen's width, nothing wider than the phone.
    const boxes = await items.evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect()).map((r) => ({ top: r.top, right: r.right })));
    expect(boxes.map((b) => b.top)).toEqual([...boxes.map((b) => b.top)].sort((a, b) => a - b));
    for (const b of boxes) expect(b.right).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // "Add to calendar" only for a date still ahead: the closed comment period and the issue date have none.
    const effective = page.getByRole('link', { name: 'Add to calendar (Takes effect, 1 September 2099)' });
    await expect(effective).toHaveAttribute('href', '/entries/tc260-labelling-standard-draft/calendar.ics?kind=effective');
    await expect(timeline.getByRole('link')).toHaveCount(1);
    await expect(items.nth(1)).toContainText('Comments closed');
    const ics = await page.request.get((await effective.getAttribute('href'))!);
    expect(events(await ics.text())).toEqual(['tc260-labelling-standard-draft-effective 2099-09-01']);
    await context.close();
  });

  test('a rule repealed long ago: every date past, today last', async ({ page }) => {
    await page.goto('/entries/cac-app-provisions');
    const items = page.locator('.timeline-list > li');
    await expect(items.locator('.timeline-label')).toHaveText(['Issued', 'Took effect', 'Repealed', 'Today']);
    // Nothing ahead to add to a calendar: the dates are text (the one-event files still answer).
    await expect(page.locator('.timeline-list').getByRole('link')).toHaveCount(0);
    expect((await page.request.get('/entries/cac-app-provisions/calendar.ics?kind=repealed')).status()).toBe(200);
  });
});

test.describe('accessibility of the new views (axe-core)', () => {
  for (const path of ['/calendar?month=2023-10', '/calendar?year=2024&issuer=cac&local=1', '/calendar?topic=cross-border-data', '/entries/miit-telecom-data-rules']) {
    test(`${path} has no serious or critical violations`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
      expect(serious).toEqual([]);
    });
  }
});
