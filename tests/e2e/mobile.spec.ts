import { expect, test, type Page } from '@playwright/test';
import { FIXTURES } from './site';

// Runs in the 'phone' project: 360 x 740 CSS px, touch, honouring the viewport meta tag; some
// groups below set the other widths the design is checked at (320, 390 x 844, 1280 x 900).

/** How far the page scrolls sideways, and which elements stick out (inside a scrolling row is fine if the row fits). */
async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const insideFittingScroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return p.getBoundingClientRect().right <= width + 1;
      }
      return false;
    };
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !insideFittingScroller(el))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
  });
}

async function layoutShift(page: Page) {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
}

/** Every kind of page, the search with filters among them. */
const PAGES = [
  '/',
  '/editions/2023-01',
  '/editions',
  '/entries/twenty-data-measures',
  `/entries/${FIXTURES.full}`,
  '/entries/tc260-vehicle-exterior-image-anonymisation-draft',
  '/search?q=data&issuer=cac',
  '/search?q=data&issuer=cac&category=regulation',
  '/authorities/cac',
  '/topics/data-security',
  '/calendar',
  '/no-such-page',
];

const WIDTHS = [
  { width: 320, height: 640, phone: true },
  { width: 360, height: 740, phone: true },
  { width: 390, height: 844, phone: true },
  { width: 1280, height: 900, phone: false },
];

for (const { width, height, phone } of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height }, isMobile: phone, hasTouch: phone });

    test('no page scrolls sideways, and the main menu is one row that fits', async ({ page }) => {
      const menu = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
      for (const path of [...PAGES, '/editions', '/authorities', '/topics']) {
        await page.goto(path);
        const overflow = await horizontalOverflow(page);
        expect(overflow.wide, path).toEqual([]);
        expect(overflow.scrollWidth, path).toBeLessThanOrEqual(overflow.width);
        // The menu (its current section in bold): every section on one line, none cut off.
        await expect(menu).toHaveCount(5);
        const boxes = await menu.evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => ({ top: r.top, left: r.left, right: r.right, height: r.height })));
        expect(new Set(boxes.map((b) => Math.round(b.top))).size, path).toBe(1);
        for (const b of boxes) {
          expect(b.left, path).toBeGreaterThanOrEqual(0);
          expect(b.right, path).toBeLessThanOrEqual(width);
          expect(b.height, path).toBeGreaterThanOrEqual(44);
        }
        // The header's search button whole; on the search page, only the page's own box.
        if (path.startsWith('/search')) await expect(page.getByRole('search', { name: 'Site search' }), path).toHaveCount(0);
        else await expect(page.getByRole('search', { name: 'Site search' }).getByRole('button', { name: 'Search' }), path).toBeInViewport({ ratio: 1 });
      }
    });
  });
}

for (const path of ['/', '/entries/twenty-data-measures', `/entries/${FIXTURES.full}`, '/authorities/cac']) {
  test(`${path} does not shift as it loads on a phone`, async ({ page }) => {
    await page.goto(path);
    expect(page.viewportSize()?.width).toBe(360);
    expect(await layoutShift(page)).toBeLessThan(0.01);
  });
}

test('a shared permalink is readable without zooming: body text at 16 px, lines no wider than the screen', async ({ page }) => {
  await page.goto('/entries/twenty-data-measures');
  const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
  expect(viewport).toContain('width=device-width');
  expect(viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\D|$)/);

  const size = (selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size('.prose p')).toBeGreaterThanOrEqual(16);
  expect(await size('.lede')).toBeGreaterThanOrEqual(16);
  expect(await size('dl.facts dd')).toBeGreaterThanOrEqual(16);
  expect(await size('h1')).toBeGreaterThanOrEqual(24);
  const prose = await page.locator('.prose p').first().boundingBox();
  expect(prose!.width).toBeLessThanOrEqual(360);
});

test.describe('on a 390 x 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a shared entry says what it is on the first screen: title, Chinese title, status with its date, issuers, summary, official source', async ({ page }) => {
    await page.goto(`/entries/${FIXTURES.full}`);
    const header = page.locator('.entry-header');
    const firstScreen = [
      header.getByRole('heading', { level: 1 }),
      header.locator('.entry-zh'),
      header.locator('.entry-status .badge'),
      header.locator('.entry-status time'),
      header.locator('.entry-byline'),
      header.locator('.lede'),
      header.getByRole('link', { name: /^Official source/ }),
    ];
    for (const part of firstScreen) await expect(part).toBeInViewport({ ratio: 1 });
    await expect(header.locator('.entry-status')).toContainText('In force since 1 September 2022');
    await expect(header.locator('.entry-byline')).toHaveText('Issued 7 July 2022 by Cyberspace Administration of China');
    // The summary's first sentence, not the whole body.
    await expect(header.locator('.lede')).toHaveText("The CAC's rules on when and how data processors must pass a security assessment before sending data abroad.");
    // The official source is a real target to tap.
    expect((await header.getByRole('link', { name: /^Official source/ }).boundingBox())!.height).toBeGreaterThanOrEqual(44);
  });

  test('the seed’s longest titles still fit their first screen', async ({ page }) => {
    for (const slug of ['twenty-data-measures', 'tc260-vehicle-exterior-image-anonymisation-draft', 'data-security-industry-guiding-opinions']) {
      await page.goto(`/entries/${slug}`);
      for (const selector of ['h1', '.entry-zh', '.entry-status', '.entry-byline', '.lede']) {
        await expect(page.locator(`.entry-header ${selector}`), `${slug} ${selector}`).toBeInViewport({ ratio: 1 });
      }
    }
  });

  test('the header is two short rows, and marks the current section', async ({ page }) => {
    await page.goto('/');
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(120);
    await expect(page.getByRole('searchbox', { name: 'Search the digest' })).toBeInViewport({ ratio: 1 });
    const nav = page.getByRole('navigation', { name: 'Main' });
    // "Latest edition" shows as "Latest" on a phone; its name stays whole.
    await expect(nav.getByRole('link', { name: 'Latest edition' })).toHaveAttribute('aria-current', 'page');
    await page.goto('/topics/data-security');
    await expect(nav.getByRole('link', { name: 'Topics' })).toHaveAttribute('aria-current', 'true');
  });

  test('the contents of the edition are reachable from anywhere in its parts', async ({ page }) => {
    await page.goto('/');
    const back = page.getByRole('link', { name: 'Back to contents' });
    for (const part of ['regulation', 'standard', 'enforcement', 'judgment']) {
      await page.locator(`#part-${part}`).scrollIntoViewIfNeeded();
      await page.locator(`#part-${part}`).evaluate((h) => window.scrollBy(0, h.getBoundingClientRect().top + 300));
      await expect(back, part).toBeInViewport({ ratio: 1 });
    }
    await back.click();
    await expect(page).toHaveURL(/#contents$/);
    await expect(page.getByRole('navigation', { name: 'In this edition' })).toBeInViewport();
    await page.getByRole('navigation', { name: 'In this edition' }).getByRole('link', { name: 'Court Judgments' }).click();
    await expect(page.locator('#part-judgment')).toBeInViewport();
  });
});
