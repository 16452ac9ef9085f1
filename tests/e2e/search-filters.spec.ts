import { expect, test, type Page } from '@playwright/test';

// The search page's form (issue 16, items 3-5): one full-width query box, the filters as real
// checkboxes and radio buttons in one GET form, a "Filters (n)" sheet on a phone, counts that say
// what a choice gives, and no second search box in the masthead.

const issuedDates = (page: Page) => page.locator('.result .date-issued time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
/** The query box's hint is shown whole. */
const placeholderFits = (page: Page) =>
  page.locator('#search-q').evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${style.fontSize} ${style.fontFamily}`;
    return ctx.measureText(input.placeholder).width <= input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  });
const total = async (page: Page, qs: string) => (await (await page.request.get(`/api/search?${qs}`)).json()).total as number;

test.describe('on a 390 x 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('"Filters (n)" sits beside the result count on the first screen; two filters are chosen and applied without scrolling', async ({ page }) => {
    await page.goto('/search?q=data');
    expect(await placeholderFits(page)).toBe(true);
    const toggle = page.locator('summary.filters-toggle');
    await expect(toggle).toHaveText('Filters');
    await expect(toggle).toBeInViewport({ ratio: 1 });
    const [count, box] = [await page.locator('.results-count').boundingBox(), await toggle.boundingBox()];
    expect(Math.abs(count!.y + count!.height / 2 - (box!.y + box!.height / 2))).toBeLessThan(box!.height);
    expect(box!.height).toBeGreaterThanOrEqual(44);

    await toggle.click();
    const regulation = page.getByRole('group', { name: 'Category' }).getByRole('checkbox', { name: /^Regulations & Policies/ });
    const inForce = page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: /^In force/ });
    const show = page.locator('[data-show-results]');
    for (const target of [regulation, inForce, show]) await expect(target).toBeInViewport({ ratio: 1 });
    await regulation.check();
    await inForce.check();
    // The button counts what the choices will show before they apply.
    const expected = await total(page, 'q=data&category=regulation&status=in-force');
    await expect(show).toHaveText(`Show ${expected} ${expected === 1 ? 'result' : 'results'}`);
    await expect(page).toHaveURL(/\/search\?q=data$/);
    // Nothing scrolled: neither the page nor the sheet.
    expect(await page.evaluate(() => [window.scrollY, document.querySelector('.filters-panel')!.scrollTop])).toEqual([0, 0]);
    await show.click();

    await expect(page).toHaveURL(/category=regulation/);
    await expect(page).toHaveURL(/status=in-force/);
    await expect(page.locator('.results-count')).toHaveText(new RegExp(`^${expected} entr`));
    await expect(toggle).toHaveText('Filters (2)');
    await expect(page.locator('.filters-panel')).toBeHidden();
  });

  test('every choice in the sheet is a 44 px target, and Close closes it', async ({ page }) => {
    await page.goto('/search?issuer=cac');
    await page.locator('summary.filters-toggle').click();
    const heights = await page.locator('.filters-panel label.choice').evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(10);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(44);
    for (const chip of await page.locator('.active-filters a').all()) expect((await chip.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await page.getByRole('link', { name: 'Close filters' }).click();
    await expect(page.locator('.filters-panel')).toBeHidden();
    await expect(page).toHaveURL(/\/search\?issuer=cac$/);
  });

  test('without JavaScript the sheet is a plain form: a category and a year, then "Show results"', async ({ browser, baseURL }) => {
    const expected = await (await fetch(`${baseURL}/api/search?category=standard&from=2023-01-01&to=2023-12-31`)).json();
    expect(expected.total).toBeGreaterThan(0);
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto('/search');
    await page.locator('summary.filters-toggle').click();
    await page.getByRole('group', { name: 'Category' }).getByRole('checkbox', { name: /^Standards & Guidance/ }).check();
    await page.getByRole('group', { name: 'Date issued' }).getByRole('radio', { name: /^2023/ }).check();
    await page.getByRole('button', { name: 'Show results' }).click();
    await expect(page).toHaveURL(/category=standard/);
    await expect(page).toHaveURL(/issued=2023/);
    const dates = await issuedDates(page);
    expect(dates.length).toBe(expected.total);
    for (const d of dates) expect(d).toMatch(/^2023-/);
    // The page states the choices it applied, in the count on the control and in the sheet.
    await expect(page.locator('summary.filters-toggle')).toHaveText('Filters (2)');
    await page.locator('summary.filters-toggle').click();
    await expect(page.getByRole('group', { name: 'Date issued' }).getByRole('radio', { name: /^2023/ })).toBeChecked();
    await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Issued from 1 January 2023 to 31 December 2023');
    await context.close();
  });
});

test.describe('on a 1280 px desk', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('one full-width query box whose hint fits, and no second search box in the masthead', async ({ page }) => {
    await page.goto('/search');
    const main = (await page.locator('main').locator('h1').boundingBox())!;
    const row = (await page.locator('.finder-query .query-row').boundingBox())!;
    const column = await page.locator('.search-page').evaluate((el) => el.getBoundingClientRect().width);
    expect(row.width).toBeGreaterThanOrEqual(column - 1);
    expect(row.x).toBeCloseTo(main.x, 0);
    expect(await placeholderFits(page)).toBe(true);
    // One search landmark: the page's own.
    await expect(page.getByRole('search')).toHaveCount(1);
    await expect(page.getByRole('search')).toHaveAccessibleName('Search entries');
    await expect(page.locator('.site-header').getByRole('searchbox')).toHaveCount(0);
  });

  test('the masthead is the same height on the search page as everywhere else, at 1280 and 390 px', async ({ page }) => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(viewport);
      const heights: number[] = [];
      for (const path of ['/', '/search', '/search?q=data&issuer=cac', '/authorities/cac']) {
        await page.goto(path);
        heights.push((await page.locator('.site-header').boundingBox())!.height);
      }
      expect(new Set(heights).size, `${viewport.width}: ${heights.join(', ')}`).toBe(1);
    }
  });

  test('"Date issued": From and To side by side, presets as radio buttons', async ({ page }) => {
    await page.goto('/search');
    const group = page.getByRole('group', { name: 'Date issued' });
    const [from, to] = [await group.getByLabel('From').boundingBox(), await group.getByLabel('To').boundingBox()];
    expect(Math.round(from!.y)).toBe(Math.round(to!.y));
    expect(to!.x).toBeGreaterThan(from!.x + from!.width - 1);
    const radios = await group.getByRole('radio').evaluateAll((rs) => rs.map((r) => r.closest('label')!.querySelector('.choice-label')!.textContent));
    expect(radios.slice(0, 3)).toEqual(['Any time', 'This year', 'Last 12 months']);
    expect(radios).toContain('2023');
    expect(radios.at(-1)).toBe('Between dates');
    await expect(group.getByRole('radio', { name: 'Any time' })).toBeChecked();

    // A preset applies at once, and the year it names is the range searched.
    await group.getByRole('radio', { name: /^2022/ }).check();
    await expect(page).toHaveURL(/issued=2022/);
    await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Issued from 1 January 2022 to 31 December 2022');
    const dates = await issuedDates(page);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d).toMatch(/^2022-/);
    await expect(page.getByRole('group', { name: 'Date issued' }).getByRole('radio', { name: /^2022/ })).toBeChecked();
  });

  test('facets are checkboxes and radio buttons, and their numbers say what choosing gives', async ({ page }) => {
    await page.goto('/search?category=regulation');
    for (const group of ['Category', 'Status', 'Issuing authority', 'Topic']) {
      expect(await page.getByRole('group', { name: group }).getByRole('checkbox').count(), group).toBeGreaterThan(0);
    }
    await expect(page.locator('.search-page')).not.toContainText('☐');
    const shown = (name: RegExp) => page.getByRole('group', { name: 'Category' }).locator('label', { hasText: name }).locator('.facet-count [aria-hidden]');
    // The chosen value: its entries. Another value in the same group widens the results: "+n" is what it adds.
    const regulation = await total(page, 'category=regulation');
    await expect(shown(/Regulations/)).toHaveText(String(regulation));
    const both = await total(page, 'category=regulation&category=standard');
    await expect(shown(/Standards/)).toHaveText(`+${both - regulation}`);
    await expect(page.getByRole('group', { name: 'Category' }).getByRole('checkbox', { name: /^Standards & Guidance/ })).toHaveAccessibleName(
      `Standards & Guidance (adds ${both - regulation})`,
    );
    // In a group with nothing chosen, a number is what the results would be.
    const withStatus = await total(page, 'category=regulation&status=in-force');
    await expect(page.getByRole('group', { name: 'Status' }).locator('label', { hasText: 'In force' }).locator('.facet-count [aria-hidden]')).toHaveText(String(withStatus));
  });

  test('a choice made with the keyboard applies at once and keeps the focus on the checkbox', async ({ page }) => {
    await page.goto('/search');
    const box = page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: /^In force/ });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/status=in-force/);
    await expect(page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: /^In force/ })).toBeFocused();
    await expect(page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: /^In force/ })).toBeChecked();
  });
});
