import { expect, test, type Page } from '@playwright/test';

// Runs in the 'phone' project: 360 x 740 CSS px, touch, honouring the viewport meta tag.

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
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

for (const path of ['/', '/entries/twenty-data-measures', '/entries/outbound-data-security-assessment-measures', '/authorities/cac']) {
  test(`${path} fits a 360 px wide phone: no horizontal scroll, no layout shift`, async ({ page }) => {
    await page.goto(path);
    expect(page.viewportSize()?.width).toBe(360);
    const overflow = await horizontalOverflow(page);
    expect(overflow.wide).toEqual([]);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
    expect(await layoutShift(page)).toBeLessThan(0.01);
  });
}

test('a shared permalink is readable without zooming: the title and facts on the first screen, body text at 16 px', async ({ page }) => {
  await page.goto('/entries/twenty-data-measures');
  const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
  expect(viewport).toContain('width=device-width');
  expect(viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\D|$)/);

  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toBeInViewport();
  await expect(page.locator('.entry-header .badge')).toBeInViewport();
  await expect(page.locator('dl.facts')).toBeInViewport();

  const size = (selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size('.prose p')).toBeGreaterThanOrEqual(16);
  expect(await size('dl.facts dd')).toBeGreaterThanOrEqual(16);
  expect(await size('h1')).toBeGreaterThanOrEqual(24);
  // Lines of text no longer than the screen is wide.
  const prose = await page.locator('.prose p').first().boundingBox();
  expect(prose!.width).toBeLessThanOrEqual(360);
});

test('on a phone the header search and the main sections fit on screen', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('searchbox', { name: 'Search the digest' })).toBeInViewport();
  for (const name of ['Latest edition', 'Editions', 'Authorities', 'Topics']) {
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name })).toBeInViewport();
  }
});
