import { expect, test, type Page } from '@playwright/test';
import { FIXTURES, SITE } from './site';

// What a reader scanning the site notices (issue 16): full titles first, every date labelled,
// statuses with their dates, a citation a lawyer can use, the current section marked, prints that
// say when their statuses held, exports named after their search.

/** The words each date on a card is labelled with: what precedes it in its `.dated` group. */
const DATE_LABEL = /^(Issued|Decided|In force( \(trial\))? since|Not yet in force: takes effect|Draft for comment: comments closed?|Repealed)$/;

async function cardDateLabels(page: Page) {
  return page.locator('.entry-card time').evaluateAll((times) =>
    times.map((time) => {
      const group = time.closest('.dated');
      const label = group ? (group.textContent ?? '').replace(time.textContent ?? '', '').replace(/\s+/g, ' ').trim() : '';
      return { label, date: time.getAttribute('datetime') };
    }),
  );
}

test.describe('cards: the full title first, every date labelled', () => {
  for (const path of ['/', '/editions/2022-09', '/authorities/cac', '/topics/cross-border-data', '/search?q=data', `/entries/${FIXTURES.full}`]) {
    test(`${path}: every date on a card says what it is`, async ({ page }) => {
      await page.goto(path);
      const dates = await cardDateLabels(page);
      expect(dates.length).toBeGreaterThan(0);
      for (const { label, date } of dates) expect(label, `${path}: ${date}`).toMatch(DATE_LABEL);
      // No card leads with a short name: each heading link is the entry's full title.
      for (const card of await page.locator('.entry-card').all()) {
        const short = card.locator('.short-name');
        if ((await short.count()) === 0) continue;
        const name = (await short.textContent())!.replace('Short name: ', '');
        await expect(card.locator('.entry-card-title a')).not.toHaveText(name);
      }
    });
  }

  test('a status says since when, or until when comments are open', async ({ page }) => {
    await page.goto('/editions/2022-09');
    const full = page.locator('.entry-card', { has: page.locator(`a[href="/entries/${FIXTURES.full}"]`) });
    await expect(full.locator('.entry-meta')).toHaveText('Issued 7 Jul 2022 by Cyberspace Administration of China · In force since 1 Sep 2022');
    const draft = page.locator('.entry-card', { has: page.locator(`a[href="/entries/${FIXTURES.draftForComment}"]`) });
    await expect(draft.locator('.status')).toHaveText('Draft for comment: comments closed 9 Sep 2022');
    // A court judgment was decided, not issued.
    await page.goto('/');
    const judgment = page.locator('.entry-card', { has: page.locator('a[href="/entries/hangzhou-internet-court-nft-virtual-property"]') });
    await expect(judgment.locator('.date-issued')).toHaveText('Decided 5 Dec 2022');
  });

  test('one label per category: the entry, topic and authority pages use the short form of the edition’s part heading', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('#part-regulation')).toContainText('Regulations, Policies & Judicial Interpretations');
    await page.goto('/topics/cross-border-data');
    await expect(page.locator('.entry-card-kicker').first()).toHaveText(/^(Regulations & Policies|Standards & Guidance)/);
    await expect(page.getByText('Regulation or policy')).toHaveCount(0);
    await page.goto(`/entries/${FIXTURES.full}`);
    await expect(page.locator('.entry-header .eyebrow')).toHaveText('Regulations & Policies · measures');
    await expect(page.locator('dl.facts dt:text-is("Category") + dd')).toHaveText('Regulations, Policies & Judicial Interpretations');
  });
});

test.describe('the citation', () => {
  test('holds the full title, short name, Chinese title, document number, issuer, dates, URL and the day accessed', async ({ page }) => {
    await page.goto(`/entries/${FIXTURES.full}`);
    const today = await page.locator('.timeline-today time').textContent();
    expect(today).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    await expect(page.locator('.citation')).toHaveText(
      'Security Assessment Measures for Outbound Data Transfers (“Outbound Data Measures”) [数据出境安全评估办法], CAC Order No. 11, ' +
        `issued by Cyberspace Administration of China on 7 July 2022, effective 1 September 2022. China TMT Digest, ${SITE}/entries/${FIXTURES.full} (accessed ${today}).`,
    );
  });

  test('"Copy citation" copies exactly the text shown', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/entries/${FIXTURES.full}`);
    await page.getByRole('button', { name: 'Copy citation' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Citation copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('.citation').textContent());
  });
});

test.describe('the main menu marks the current section', () => {
  const cases: [string, string | null, 'page' | 'true' | null][] = [
    ['/', 'Latest edition', 'page'],
    ['/editions', 'Editions', 'page'],
    ['/editions/2022-09', 'Editions', 'true'],
    ['/authorities', 'Authorities', 'page'],
    ['/authorities/cac', 'Authorities', 'true'],
    ['/topics/data-security', 'Topics', 'true'],
    ['/calendar', 'Calendar', 'page'],
    ['/calendar?month=2023-01', 'Calendar', 'true'],
    ['/entries/twenty-data-measures', null, null],
  ];
  for (const [path, section, value] of cases) {
    test(`${path}: ${section ?? 'no section'}`, async ({ page }) => {
      await page.goto(path);
      const current = page.getByRole('navigation', { name: 'Main' }).locator('a[aria-current]');
      if (!section) return expect(current).toHaveCount(0);
      await expect(current).toHaveCount(1);
      await expect(current).toHaveText(section);
      await expect(current).toHaveAttribute('aria-current', value!);
      // Marked by more than colour: a bar under it.
      expect(await current.evaluate((a) => getComputedStyle(a).borderBottomStyle)).toBe('solid');
    });
  }
});

test.describe('print', () => {
  test('an entry prints its status as of the day, and its related entries as a list of titles', async ({ page }) => {
    await page.goto(`/entries/${FIXTURES.full}`);
    const today = await page.locator('.timeline-today time').textContent();
    const related = page.locator('section.related');
    await expect(related.locator('.entry-meta').first()).toBeVisible();
    await expect(page.locator('.entry-status')).toHaveText('In force since 1 September 2022', { useInnerText: true });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.entry-status')).toHaveText(`In force since 1 September 2022 (as of ${today})`, { useInnerText: true });
    await expect(related.locator('.entry-card-title a')).toHaveCount(2);
    await expect(related.locator('.entry-card-title a').first()).toBeVisible();
    for (const hidden of ['.entry-meta', '.short-name']) await expect(related.locator(hidden).first()).toBeHidden();
    // No "Add to calendar" for dates already past, on screen or paper.
    await expect(page.getByRole('link', { name: /Add to calendar/ })).toHaveCount(0);
  });

  test('an edition prints the day its statuses hold for', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.edition-as-of')).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.edition-as-of')).toHaveText(/^Statuses as of \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
    await expect(page.getByRole('link', { name: 'Back to contents' })).toBeHidden();
  });
});

test('a downloaded export is named after its search and the day', async ({ page }) => {
  await page.goto('/search?q=data&issuer=cac&category=regulation');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^tmt-digest-data-cac-regulation-\d{4}-\d{2}-\d{2}\.csv$/);
});
